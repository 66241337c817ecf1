"""The timeline's thirty-seventh pass: what the thirty-fourth to thirty-sixth passes left. An
undated article's month and day, its sentence's only date, lies in the year one of the two
sentences before wrote with a month ("by July 1955 ... On July 25"); a quote's speaker's
clause reads past a comma between compound adjectives ("said Barnes, who ... the
record-breaking, rocket-powered X-15 in 1964"); a quotation's "today" under a list's heading
is the day it was said; a month alone in a dated article, told in the past within a season
of the writing, is that month ("married in a lavish wedding in August"). The gold
(fixtures/timeline_reader37.json) was judged before the pass's rules ran on its clusters;
its blind half was scored once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_analyze_timeline_reader25 import _raw, _sentences, _shown, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader37.json").read_text(encoding="utf-8")
)
_READ = {23, 30, 76, 117, 191}
"""Raw clusters the rules' tests read besides the gold's: a month and day told after its year
(23), one the story had moved on from (30), one beside another date (191); months alone (76,
117)."""


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    items = _GOLD["design"] + _GOLD["blind"]
    return {("raw", n): c for n, c in _raw({i[1] for i in items} | _READ).items()}


def _read(clusters: dict, index: int, words: str, expression: str, published=None) -> list:
    return _shown(_sentences(clusters["raw", index], published), words, expression)


def test_the_design_half_finds_more_and_is_never_wrong(clusters):
    # Main (915e735): 1 of 6 found (19's "Nov. 7, 2012"), 1 wrong (138's 1964). Left:
    # '"... plunging today," Trump tweeted on Nov. 7, 2012', whose sentence is shown under
    # that day by its own date.
    assert score(_GOLD["design"], clusters) == (5, 0, 6)


def test_the_blind_half_as_scored_once(clusters):
    # Scored once, rules frozen: main and branch alike, no date shown where the gold has
    # none (every expression of 214 and 233 names no date the text tells).
    assert score(_GOLD["blind"], clusters) == (0, 0, 0)


def test_a_month_and_day_lies_in_the_year_the_sentences_before_told(clusters):
    assert _read(clusters, 138, "On July 25, the first prototype", "July 25") == ["1955-07-25"]
    assert _read(clusters, 138, "its first flight on Aug. 4", "Aug. 4") == ["1955-08-04"]
    # "He was hanged at about midnight on 31 May." after "Jerusalem, May 29, 1962."
    assert _read(clusters, 23, "hanged at about midnight on 31 May", "31 May") == ["1962-05-31"]


def test_a_year_told_farther_back_or_beside_another_date_carries_nothing(clusters):
    # Eighteen sentences after a 2009 date, Tony Scott's last meeting (2012).
    assert _read(clusters, 30, "As late as Aug. 17, Scott met", "Aug. 17") == []
    # Two sentences after "December 2012", the killings' second anniversary (2014).
    assert _read(clusters, 191, "Sunday 14 December, the second", "14 December") == []


def test_a_year_in_a_quote_s_speaker_s_clause_past_a_comma_between_adjectives(clusters):
    words = "who worked on a radar project in Beatty"
    assert _read(clusters, 138, words, "1964") == []
    # His own deed, told as the main verb's, stays.
    assert _read(clusters, 138, "Barnes arrived at Area 51 in 1968", "1968") == ["1968"]


def test_a_quotation_s_today_under_a_list_heading_is_the_day_it_was_said(clusters):
    words = "The stock market is way up again today"
    assert _read(clusters, 19, words, "today") == ["2018-01-16"]
    words = "Dow goes from 18,589 on November 9, 2016, to 25,075 today"
    assert _read(clusters, 19, words, "today") == ["2018-01-05"]
    # Dated, the heading still dates it, not the page.
    assert _read(clusters, 19, "way up again today", "today", "2018-02-05") == ["2018-01-16"]


def test_a_month_alone_told_in_the_past_within_a_season_of_the_writing(clusters):
    words = "who married in a lavish wedding in August"
    assert _read(clusters, 28, words, "August", "2011-10-20") == ["2011-08"]
    assert _read(clusters, 117, "who hanged himself in July", "July", "2017-08-28") == ["2017-07"]
    assert _read(clusters, 117, "who hanged himself in May", "May", "2017-08-28") == ["2017-05"]


def test_a_month_alone_of_no_year_the_text_or_the_writing_gives_is_none(clusters):
    words = "who married in a lavish wedding in August"
    assert _read(clusters, 28, words, "August") == []  # undated
    assert _read(clusters, 28, words, "August", "2012-03-20") == []  # seven months back
    # Since timeline57 "March last year" is read whole: the year before the writing's, March
    # 2011, when the Syrian uprising began.
    words = "since the uprising against Assad began in March last year"
    assert _read(clusters, 76, words, "March", "2012-03-19") == ["2011-03"]
