"""The timeline's sixty-first pass (reader60, reader61; raw validation by 0-based line): a
span of years is one row, under its first end ("in 2000-2001", raw 192; "in 1920-1937", 194);
"March this year" is read against the writing's date (192); a year in the apposition of what a
first is measured since dates no event, as the year after "since" does (213's 2004 special);
and a date expression no form reads is named in the note, never dropped silently (213's
"2011 album" and "the 1930s"). Expectations from reading the articles."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.analyze.timeline import Timeline, timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.article_dates import with_dates
from chorus.model import Article
from chorus.render import to_json, to_markdown
from chorus.sentences import split
from tests.test_analyze_timeline_reader25 import _raw


def _timeline(articles: list[Article]) -> Timeline:
    return timeline([s for a in articles for s in split(clean(a))], frozenset())


@pytest.fixture(scope="module")
def clusters() -> dict[int, list[Article]]:
    return {n: as_articles(c["documents"]) for n, c in _raw({110, 192, 194, 213}).items()}


def test_the_wedding_s_dates_read_march_this_year_and_list_a_span_once(clusters):
    # [1] (Reuters, 8 December 2018 by its caption's dateline): "In March this year, when
    # Hillary Clinton visited India ..., she dined with the Ambanis" (March 2018); "Bill
    # Clinton held meetings ... just before and after he left the presidency in 2000-2001"
    # (one span, one line); the festivities "on Saturday", the wedding "next Wednesday".
    articles = with_dates(clusters[192], None, [])
    rows = [(e.when, e.expression.text, e.planned) for e in _timeline(articles).entries]
    assert rows == [
        ("2000", "2000", False),
        ("2018-03", "March this year", False),
        ("2018-12-08", "Saturday", False),
        ("2018-12-12", "next Wednesday", True),
    ]
    briefing = brief(articles)
    markdown = to_markdown(briefing)
    assert "\n- 2000 (2000-2001): Then President Bill Clinton held meetings" in markdown
    assert "\n- 2001" not in markdown
    assert "\n- March 2018 (March this year): In March this year, when Hillary" in markdown
    rows = json.loads(to_json(briefing))["analysis"]["timeline"]
    assert [(r["date"], r["until"]) for r in rows] == [
        ("2000", "2001"),
        ("2018-03", None),
        ("2018-12-08", None),
        ("2018-12-12", None),
    ]


def test_march_this_year_of_an_undated_article_is_named_in_the_note(clusters):
    # The API reads no date from [1]'s lines: its relative dates cannot be placed.
    dated = _timeline(clusters[192])
    assert [e.when for e in dated.entries] == ["2000"]
    assert "3 date expression(s) that name no year ('next Wednesday', 'March this year', " in (
        dated.reason
    )


def test_the_excavations_span_is_one_row(clusters):
    # [1]: "archaeological remains, unearthed by major excavations in 1920-1937 by teams
    # from France and Yale University": one dig, under 1920 with its span.
    entries = _timeline(with_dates(clusters[194], None, [])).entries
    excavations = [e for e in entries if "excavations in 1920-1937" in e.sentence.text]
    # the same line under the siege's AD 256 (the fifty-ninth pass), and once for the dig
    assert [(e.when, e.expression.text) for e in excavations] == [
        ("0256", "256 A.D."),
        ("1920", "1920"),
    ]


def test_two_years_joined_by_and_stay_two_rows(clusters):
    # raw 110: "Police had made checks on him in 2014 and 2015": checks in each year, no span.
    entries = _timeline(with_dates(clusters[110], None, [])).entries
    checks = [e.when for e in entries if e.sentence.text.startswith("Police had made checks")]
    assert checks == ["2014", "2015"]


def test_popeye_s_earlier_cartoons_date_no_row_and_every_year_is_accounted_for(clusters):
    # [2]: "introduced in 1933 by Fleischer Studios" (Popeye's first cartoon: a row); "the
    # first new Popeye cartoon since “Popeye’s Voygage: The Quest for Pappy,” the 3-D CGI
    # primetime TV special ... for Popeye’s 75th Anniversary in 2004" and "the first
    # hand-drawn ... since the Popeye and Son series from 1987" date the cartoons the video
    # is measured against, as [1]'s "the first hand-drawn Popeye cartoon since 1987" does;
    # "one of the first music videos Wilco has released since 1999" too. "the band's
    # Grammy-nominated 2011 album" and "comic strip in the 1930s" are read by no form:
    # named, not dropped, and so is [1]'s "in the midst of a three-night stand in Los
    # Angeles this week".
    dated = _timeline(clusters[213])
    assert [(e.when, e.expression.text) for e in dated.entries] == [("1933", "1933")]
    assert dated.reason == (
        "not shown: 4 date(s) ('1987' twice, '1999', '2004') read as dating no event of the "
        "story (such as a comparison, a figure's year or an example); 3 date expression(s) "
        "the timeline does not read ('this week', '2011', '1930s'): a year naming a thing, a "
        "decade, a period such as 'this year'"
    )
