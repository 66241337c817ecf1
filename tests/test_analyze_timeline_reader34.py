"""The timeline's thirty-fourth pass: lines that date what follows them. A list's heading,
a month, day and year and a colon alone on its line ("Feb. 5, 2018:", the typo "Jan. 24.
2018:"), is the day of the paragraph below it, whose relative dates are read against it
("didn't stop Trump from lauding the economy Monday"); a stamp writing its weekday and year
("Associated Press Tue Feb 19, 2013 7:44 PM") dates its undated article when the weekday is
that day's. The gold (fixtures/timeline_reader34.json) was judged before the pass's rules
ran on its clusters; its blind half was scored once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_headings import list_heading, stamp_day
from tests.test_analyze_timeline_reader25 import _raw, _sentences, _shown, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader34.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    items = _GOLD["design"] + _GOLD["blind"]
    return {("raw", n): c for n, c in _raw({i[1] for i in items} | {112, 165}).items()}


def test_the_design_half_finds_more_and_is_never_more_wrong(clusters):
    # Main (285fca2): 6 of 14 found, 2 wrong (19's comparisons, 1987 and 2008, left: no rule
    # parts them from the story's own past). Branch: 19's Monday and two yesterdays under
    # their headings, 182's two Tuesdays under the stamp. The thirty-seventh pass reads a
    # quotation's "today" under a heading as the day it was said: "way up again today".
    # Timeline64: "raced ahead in 2017 and early 2018" is one row under 2017 running until
    # 2018 (a span's end is no row of its own, as the sixty-first pass's): 11 found.
    assert score(_GOLD["design"], clusters) == (11, 2, 14)


def test_the_blind_half_as_scored_once(clusters):
    # Scored once, rules frozen: raw 65 and 80 tell no dated event; main and branch show
    # none of their dates.
    assert score(_GOLD["blind"], clusters) == (0, 0, 0)


def _read(clusters: dict, index: int, words: str, expression: str, published=None) -> list:
    return _shown(_sentences(clusters["raw", index], published), words, expression)


@pytest.mark.parametrize("published", [None, "2018-02-05"])
def test_a_list_heading_dates_the_paragraph_below_it(clusters, published):
    # "Nov. 7, 2017:" above '"Stock market hit yet another all-time record high yesterday,"
    # Trump tweeted.': the day before the heading's, in a dated article too (main read it
    # against the publication date: 2018-02-04).
    high = "Stock market hit yet another all-time record high"
    assert _read(clusters, 19, high, "yesterday", published) == ["2017-11-06"]
    monday = "The Dow's plunge didn't stop Trump from lauding the economy Monday"
    assert _read(clusters, 19, monday, "Monday", published) == ["2018-02-05"]


def test_a_list_heading_s_reach_ends_with_its_paragraph(clusters):
    # After the list, '"... plunging today," Trump tweeted on Nov. 7, 2012' is no item of
    # the last heading ("July 15, 2017:"): its "today" stays unread, its date shown.
    plunging = "The stock market and US dollar are both plunging today"
    assert _read(clusters, 19, plunging, "today") == []
    assert _read(clusters, 19, plunging, "Nov. 7, 2012") == ["2012-11-07"]


def test_a_heading_is_no_entry_of_its_own(clusters):
    # Dated, main showed the typo's heading line "Jan. 24. 2018:" under 2018-01-24.
    shown = timeline(_sentences(clusters["raw", 19], "2018-02-05"), frozenset()).entries
    assert [e.when for e in shown if e.sentence.text.endswith("2018:")] == []


def test_a_stamp_with_its_weekday_dates_its_undated_article(clusters):
    sinema = "But Democratic Congresswoman Kyrsten Sinema of Arizona told"
    assert _read(clusters, 182, sinema, "Tuesday") == ["2013-02-19"]


def _line(clusters: dict, index: int, words: str) -> str:
    """The line of a raw cluster's article holding `words`."""
    for document in clusters["raw", index]["documents"]:
        for line in document.splitlines():
            if words in line:
                return line
    raise AssertionError(words)


@pytest.mark.parametrize(
    ("index", "words", "day"),
    [
        (182, "Associated Press Tue Feb 19, 2013", dt.date(2013, 2, 19)),
        (112, "Sunday, July 31, 2011", dt.date(2011, 7, 31)),
        (165, "Thursday, Apr 22, 2010", dt.date(2010, 4, 22)),
    ],
)
def test_a_stamp_s_day_needs_its_weekday(clusters, index, words, day):
    line = _line(clusters, index, words)
    assert stamp_day(line) == day
    # The same line a day off: its weekday no longer fits, no sign of whose day it is.
    assert stamp_day(line.replace(f" {day.day},", f" {day.day + 1},")) is None


def test_list_headings_are_lines_ending_in_a_colon(clusters):
    assert list_heading(_line(clusters, 19, "Jan. 24. 2018:")) == dt.date(2018, 1, 24)
    assert list_heading(_line(clusters, 19, "Aug. 3, 2017:")) == dt.date(2017, 8, 3)
    # A tweet's signature ending in its day is no heading.
    assert list_heading(_line(clusters, 19, "(@realDonaldTrump) August 3, 2017")) is None
