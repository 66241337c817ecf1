"""The timeline's fifty-third pass (reader46, raw validation by 0-based line): a biography's
career years date no event of the story (raw 142's press release on its counsel, raw 116's
"Lerner is an attorney who joined the IRS in 2001"), while an obituary's past tense still
tells the life (raw 229); a coarser date of a crime a row already shows is not called "no
event" by the note (raw 127's "in 2014", DUC d30042t's 1988 bombing); a month alone after a
figure's comma is read in a dated article (raw 129's "$50,000 ... in August").
Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({116, 127, 129, 142, 229})


def _rows(sentences: list) -> list[tuple[str, str]]:
    return [(e.when, e.sentence.text) for e in timeline(sentences, frozenset()).entries]


def test_a_counsel_s_deanship_is_no_row(clusters):
    # Raw 142 [2], the plaintiffs' law firm's release: "Robert Klonoff is the Jordan D.
    # Schnitzer Professor of Law ... and served as Dean of the Law School from 2007-2014."
    # The story is a Fitbit study and lawsuit of 2016; his deanship dates none of it.
    sentences = _own_dated(clusters[142])
    rows = _rows(sentences)
    assert not any(t.startswith("Robert Klonoff is") for _, t in rows)
    assert any(w == "2016-02" and "Ball State" in t for w, t in rows)  # the study's peer
    # The deanship's line is gone in cleaning now, a release's closing about section (clean59).
    assert "'2007'" not in timeline(sentences, frozenset()).reason


def test_a_present_biography_s_joining_is_no_row(clusters):
    # Raw 116: "Lerner is an attorney who joined the IRS in 2001." The story is the IRS's
    # scrutiny of Tea Party groups in 2010-2012; her hiring is her career's.
    rows = _rows(_own_dated(clusters[116]))
    assert not any(t.startswith("Lerner is an attorney") for _, t in rows)


def test_an_obituary_s_career_stays(clusters):
    # Raw 229, the singer's obituary: "He joined the band as a full member in 1975 ... before
    # leaving in 1978." The life is the story: told in the past, not a biography's present.
    rows = _rows(_own_dated(clusters[229]))
    joined = [w for w, t in rows if t.startswith("He joined the band as a full member")]
    assert joined == ["1975", "1978"]


def test_the_same_crime_told_coarser_is_not_called_no_event(clusters):
    # Raw 127 [0]: "sentenced ... for ripping up a photo of the king in court in 2014"; the
    # ripping is shown at [1]'s "October 2014". The note names the rest, not that "2014".
    # Since timeline86 (stop 57, judged by the lead) 'May 2012' is not named either: its
    # line, [1]'s appeals sentence, is shown under June 2013 and its crime is the story's.
    reason = timeline(_own_dated(clusters[127]), frozenset()).reason
    assert "2 date(s) ('2011', 'December 2011') read as dating no event" in reason


def test_a_bombing_shown_at_its_year_is_not_no_event_again():
    # DUC d30042t (line 10): seven lines of the sanctions name "the 1988 bombing" of Pan Am
    # 103; the row "Koussa was in charge of its foreign operations during the 1988 bombing"
    # shows it. Only the other 1988 lines, of no bombing, stay in the note.
    ((_, cluster),) = _lines(FILES["duc"], {10})
    sentences = _sentences(cluster, None)
    rows = _rows(sentences)
    assert any(w == "1988" and "during the 1988 bombing" in t for w, t in rows)
    assert not any("wanted for the 1988 bombing" in t for _, t in rows)
    assert "'1988' twice" in timeline(sentences, frozenset()).reason


def test_a_month_after_a_prize_s_figure_is_read(clusters):
    # Raw 129 [0]: "Kenneth Shinozuka ... won the $50,000 Scientific American Science in
    # Action Award in August"; in a page of September 2014 that is August 2014. The comma
    # inside "$50,000" cuts no clause.
    rows = _rows(_sentences(clusters[129], "2014-09-10"))
    assert [w for w, t in rows if "won the $50,000" in t] == ["2014-08"]
