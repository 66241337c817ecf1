"""The timeline's seventy-sixth pass (reader89, reader90; raw validation by 0-based line): a
year named by a part of it ("has sold 4.5 million of the Apple devices in the first half of
2011", raw 207 [0]) dates its clause as "early 2013" does; the note named it "a year naming
a thing". Its checks read the words before the part: "worth $208,700 in the fourth quarter
of 2014" (raw 18 [0]) is a value's year, no row. Expectations from reading the articles."""

from __future__ import annotations

from chorus.analyze.model import TimelineEntry
from tests.briefings import briefing


def _rows(corpus: str, line: int, words: str) -> list[TimelineEntry]:
    """The timeline rows of a cluster whose sentence holds `words`."""
    return [e for e in briefing(corpus, line).analysis.timeline if words in e.sentence.text]


def test_a_year_named_by_a_part_of_it_dates_its_clause():
    rows = _rows("raw", 207, "in the first half of 2011")
    assert [(e.when, e.precision) for e in rows] == [("2011", "year")]
    assert "'2011'" not in briefing("raw", 207).analysis.reasons["timeline"]
    # Raw 112 [0]'s super PAC "raised $3.2 million in the first half of 2011".
    assert [e.when for e in _rows("raw", 112, "in the first half of 2011")] == ["2011"]
    # DUC 20's drought "which hit coconut farms during the latter part of 1997".
    assert [e.when for e in _rows("duc", 20, "during the latter part of 1997")] == ["1997"]


def test_a_part_of_a_year_ahead_is_a_plan():
    rows = _rows("raw", 169, "expected to close in the second quarter of 2014")
    assert [(e.when, e.planned) for e in rows] == [("2014", True)]


def test_a_value_s_part_of_a_year_dates_no_event():
    assert not _rows("raw", 18, "in the fourth quarter of 2014")
    reason = briefing("raw", 18).analysis.reasons["timeline"]
    # 31 since the eighty-fourth pass: an average's year, a figure's source's year and a
    # date under the release's "About ..." heading joined the 28 (test_timeline_timeline84).
    assert "31 date(s)" in reason and "read as dating no event" in reason
