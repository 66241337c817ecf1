"""Who said what, hundred-and-seventh pass: a curator's and a member of Congress's title
before a name is the speaker's role (raw validation 185's "Dark Mofo curator Jarrod Rawlins
said ...", 182's "But Democratic Congresswoman Kyrsten Sinema of Arizona told ..."); a
sentence's joining "But" before a title is no word of it (249's "But U.S. President Barack
Obama on Thursday announced ...")."""

from __future__ import annotations

from chorus.language.speaker_titles import prefix_role
from tests.briefings import briefing, quotes_of


def _roles(corpus: str, line: int, speaker: str, written: str = "") -> set[str | None]:
    """The roles of the speaker's rows in the cluster's articles that write `written`."""
    rows = [
        q
        for q in quotes_of(corpus, line)
        if q.speaker == speaker and written in q.sentence.article.text
    ]
    assert rows, speaker
    return {q.role for q in rows}


def test_a_curators_title_before_the_name_is_the_role():
    assert "Dark Mofo curator" in _roles("raw", 185, "Jarrod Rawlins")
    assert _roles("duc", 3, "Nick Lomb") == {"Sydney Observatory astronomy curator"}


def test_a_congresswomans_title_after_an_opening_but_is_the_role():
    # the article writing "Congresswoman"; the other's "U.S. Rep." is not read (left)
    written = "Democratic Congresswoman Kyrsten Sinema"
    assert _roles("raw", 182, "Kyrsten Sinema", written) == {"Democratic Congresswoman"}
    written = "But U.S. President Barack Obama"
    assert _roles("raw", 249, "Barack Obama", written) == {"U.S. President"}


def test_a_congressman_alone_is_no_speakers_name_form_given_away():
    # "Congressman" is read before a name only: raw 208's "Goodlatte said" after "Congressman
    # Goodlatte asked ..." is the congressman's, not his son Bobby's, named nearer
    analysis = briefing("raw", 208).analysis
    assert analysis is not None
    (row,) = [q for q in analysis.quotes if "acceptable state of affairs" in q.words]
    assert row.speaker == "Congressman Goodlatte"
    assert prefix_role("Congressman Goodlatte", 12) == "Congressman"
