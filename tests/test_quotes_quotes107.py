"""Who said what, hundred-and-seventh pass: a curator's and a member of Congress's title
before a name is the speaker's role (raw validation 185's "Dark Mofo curator Jarrod Rawlins
said ...", 182's "But Democratic Congresswoman Kyrsten Sinema of Arizona told ..."); a
sentence's joining "But" before a title is no word of it (249's "But U.S. President Barack
Obama on Thursday announced ...")."""

from __future__ import annotations

from chorus.analyze.model import Quote
from chorus.language.speaker_titles import prefix_role
from tests.briefings import briefing


def _quotes(corpus: str, line: int, speaker: str) -> list[Quote]:
    analysis = briefing(corpus, line).analysis
    assert analysis is not None
    found = [q for q in analysis.quotes if q.speaker == speaker]
    assert found, speaker
    return found


def test_a_curators_title_before_the_name_is_the_role():
    rows = _quotes("raw", 185, "Jarrod Rawlins")
    assert "Dark Mofo curator" in {q.role for q in rows}
    (lomb,) = _quotes("duc", 3, "Nick Lomb")
    assert lomb.role == "Sydney Observatory astronomy curator"


def test_a_congresswomans_title_after_an_opening_but_is_the_role():
    # the article writing "Congresswoman"; the other's "U.S. Rep." is not read (left)
    rows = [
        q
        for q in _quotes("raw", 182, "Kyrsten Sinema")
        if "Democratic Congresswoman Kyrsten Sinema" in q.sentence.article.text
    ]
    assert rows
    assert {q.role for q in rows} == {"Democratic Congresswoman"}
    written = [
        q
        for q in _quotes("raw", 249, "Barack Obama")
        if "But U.S. President Barack Obama" in q.sentence.article.text
    ]
    assert written
    assert {q.role for q in written} == {"U.S. President"}


def test_a_congressman_alone_is_no_speakers_name_form_given_away():
    # "Congressman" is read before a name only: raw 208's "Goodlatte said" after "Congressman
    # Goodlatte asked ..." is the congressman's, not his son Bobby's, named nearer
    rows = _quotes("raw", 208, "Congressman Goodlatte")
    assert any("acceptable state of affairs" in q.words for q in rows)
    assert prefix_role("Congressman Goodlatte", 12) == "Congressman"
