"""The timeline's eighty-sixth pass (reader109, reader110; raw validation by 0-based line).

Raw 127 [1] (Amnesty): "She is also appealing three other convictions against her, including
a four-month sentence ... for ripping up photos of the King of Bahrain in May 2012 and a
one-year sentence ... in June 2013." is shown under June 2013; its May 2012, the story's
ripping in a line of a later step of the law (timeline_trials), was named in the note as
dating no event while [0]'s "another photo-ripping protest in 2012" stands as a row. A date
whose line is shown and whose crime is the story's is no "no event". Expectations from
reading the articles.

A relative clause's dated deed that another row of its date tells as its own gives no row of
its own. Raw 124 [2]'s "Lehmkuhl, who was elected in 2012, emailed a brief but scathing resignation
letter ..." stood under 2012 beside [1]'s "Lehmkuhl was elected in 2012 and ..." (the
resignation read as 2012's); raw 193 [0]'s "Harry Reid, who is retiring in 2016, won his own
reelection that year ..." under 2016 beside "Reid is retiring in 2016, leaving ..." (his 2010
reelection read as 2016's). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt

from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.briefings import as_read


def test_raw_127_may_2012_is_not_called_no_event():
    rows = as_read(127).analysis.timeline
    june_2013 = [e.sentence.text for e in rows if e.date == dt.date(2013, 6, 1)]
    assert len(june_2013) == 1 and "in May 2012 and a one-year sentence" in june_2013[0]
    # [0]'s own telling of the 2012 ripping stays a row.
    assert any("another photo-ripping protest in 2012" in e.sentence.text for e in rows)
    reason = as_read(127).analysis.reasons["timeline"]
    assert "'May 2012'" not in reason
    assert "2 date(s) ('2011', 'December 2011') read as dating no event" in reason


def _texts(number: int, year: int) -> list[str]:
    return [e.sentence.text for e in as_read(number).analysis.timeline if e.date.year == year]


def test_raw_124_the_election_is_one_row_and_the_resignation_is_not_2012_s():
    rows = _texts(124, 2012)
    assert len(rows) == 1 and rows[0].startswith("Lehmkuhl was elected in 2012 and")


def test_raw_193_reid_s_retirement_is_one_row_and_his_reelection_not_2016_s():
    rows = _texts(193, 2016)
    assert rows == ["Reid is retiring in 2016, leaving a competitive open Senate seat behind him."]


def test_a_clause_s_deed_with_no_twin_stays():
    # The house keeps a clause's own dated deed: raw 136 [0]'s "Poole, who has had no other
    # legal troubles since being released from prison in 2006, insists he is innocent." has
    # no row of its clause's own beside it.
    poole = "Poole, who has had no other legal troubles"
    assert any(t.startswith(poole) for t in _texts(136, 2006))
    rows = as_read(124).analysis.timeline
    assert [e.date for e in rows if "January 8, 2014" in e.sentence.text] == [dt.date(2014, 1, 8)]


def _rows_of(*texts: str) -> list[tuple[str, str]]:
    sentences = [s for a in as_articles(list(texts)) for s in split(clean(a))]
    return [(e.when, e.sentence.text[:20]) for e in timeline(sentences, frozenset()).entries]


def test_the_edges():
    twin = "Lehmkuhl was elected in 2012 and failed to produce the minutes."
    clause = "Lehmkuhl, who was elected in 2012, emailed a letter to the mayor."
    assert _rows_of(twin, clause) == [("2012", "Lehmkuhl was elected")]
    # Another deed the same year, or a clause with no comma after its date, stays.
    other = "Lehmkuhl, who was hired in 2012, emailed a letter to the mayor."
    assert len(_rows_of(twin, other)) == 2
    restrictive = "The clerk who was elected in 2012 emailed a letter to the mayor."
    assert len(_rows_of(twin, restrictive)) == 2
    # Another subject's clause of the same words is no twin.
    someone = "Flaherty, who was elected in 2012, emailed a letter to the clerk."
    assert len(_rows_of(twin, someone)) == 2
