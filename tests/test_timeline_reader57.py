"""The timeline's fifty-seventh pass (reader50, reader52, reader53; raw validation by 0-based
line): "last week|month|year" read against the writing's date, only as precisely as it fixes
them; an undated article's weekday printed alike by a row of another article is that row's;
a row read against an undated article's own stamp says so; a rule's year is no event (raw
197). Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.render import to_markdown
from chorus.render.analysis_json import to_dict
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({7, 102, 103, 117, 182, 197, 203})


def _rows(cluster: dict, words: str) -> list[tuple[str, str]]:
    entries = timeline(_own_dated(cluster), frozenset()).entries
    return [(e.when, e.expression.text) for e in entries if words in e.sentence.text]


def test_last_year_and_last_week_against_the_writing_s_date(clusters):
    # [1] is of Sunday, 27 August 2017 (the VMAs): Camila Cabello left Fifth Harmony in
    # December 2016 ("last year"); "7/27" came out on 25 August ("last week": 14 to 26
    # August, one month).
    rows = _rows(clusters[117], "Fifth Harmony, who lost a group member last year")
    assert rows == [("2016", "last year"), ("2017-08", "last week")]


def test_a_week_across_two_months_is_only_its_year(clusters):
    # [3] is of Thursday, 9 June 2016: "last week" is some day from 30 May to 8 June (Turner
    # was sentenced on 2 June): no month, and never a day.
    rows = _rows(clusters[103], "denied prosecutors' request for a six-year prison sentence")
    assert [r for r in rows if r[1] == "last week"] == [("2016", "last week")]


def test_a_copy_s_last_week_is_the_same_row(clusters):
    # [1] and [2] print one AP story of Tuesday, 19 February 2013.
    entries = timeline(_own_dated(clusters[182]), frozenset()).entries
    rallied = [e for e in entries if e.sentence.text.startswith("Last week, some college")]
    assert [(e.when, e.precision) for e in rallied] == [("2013-02", "month")]
    assert len(rallied[0].copies) == 1


def test_a_thing_s_last_year_and_the_last_week_give_no_row(clusters):
    # Raw 7 [2]: "the site of last year's major disaster" tells the route's damage since;
    # raw 102 [4] (Obama): "over the course of the last week" is the seven days before.
    assert _rows(clusters[7], "last year's major disaster") == []
    assert [r for r in _rows(clusters[102], "the course of the last week") if "ast" in r[1]] == []


def test_an_undated_article_s_last_week_is_named_in_the_note(clusters):
    # Raw 203: no article has a date; "Last week" and "last week" are named once, in lower
    # case, where the note said "no dated events found".
    result = timeline(_own_dated(clusters[203]), frozenset())
    assert result.entries == ()
    assert result.reason.startswith("2 date expression(s) that name no year ('last week' twice)")


def test_rows_read_against_an_undated_article_s_stamp_say_so(clusters):
    # Through the API no date is read from lines: the header and Sources say "dates
    # unknown". [1] opens "Associated Press Tue Feb 19, 2013 7:44 PM", which dates its
    # Tuesdays; [2] prints the same sentences, so its Tuesdays are those rows' and no
    # longer "could not be resolved".
    briefing = brief(clusters[182]["documents"])
    markdown = to_markdown(briefing)
    assert "dates unknown" in markdown
    section = markdown.split("## Timeline", 1)[1].split("\n## ", 1)[0]
    assert (
        "- 19 February 2013 (Tuesday, read against its article's own dated line): Arizona "
        "took center stage"
    ) in section
    assert "'Tuesday'" not in section
    rows = to_dict(briefing.analysis)["timeline"]
    napolitano = [r for r in rows if r["sentence"]["text"].startswith("Napolitano toured the")]
    assert [(r["date"], r["own_line"], len(r["copies"])) for r in napolitano] == [
        ("2013-02-19", True, 1)
    ]


def test_a_rule_s_year_is_no_event(clusters):
    # Raw 197 [2], the poverty guidelines' table page: "Eligibility for Medicaid and CHIP in
    # 2018 is determined by the 2018 poverty guidelines" says which rule holds, no event.
    result = timeline(_own_dated(clusters[197]), frozenset())
    assert [e for e in result.entries if "Eligibility for Medicaid" in e.sentence.text] == []
    assert "'2018' 4 times" in result.reason
