"""The timeline's sixtieth pass (reader57, reader58; raw validation by 0-based line): a work's
year after its quoted title and a thing's year in a clause hanging from an apposition date no
event of their line (raw 227's "Triumph of the Will," the 1935 ode; McRaven's "2011 raid"; a
quote's speaker's "a Renaissance co-founder ... who recruited Mercer ... in 1993"); a year's
rows stand before its first month's, and two outlets' lines of one year one word apart are
one row (242's closure); "Davis rose to national prominence in June" is read
in the past (230). Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import Timeline, timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.article_dates import with_dates
from chorus.model import Article
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw


def _timeline(articles: list[Article]) -> Timeline:
    return timeline([s for a in articles for s in split(clean(a))], frozenset())


@pytest.fixture(scope="module")
def clusters() -> dict[int, list[Article]]:
    return {n: as_articles(c["documents"]) for n, c in _raw({227, 230, 242}).items()}


def test_a_work_s_year_and_a_raid_named_to_say_who_someone_is_are_no_rows(clusters):
    # [2]: "its opening imitated that of “Triumph of the Will,” the 1935 ode to Hitler" (the
    # film's year, not when Caddell pointed it out); "William McRaven, the retired Navy admiral
    # who commanded the 2011 raid that killed Osama bin Laden, called Trump's statement a
    # “threat to democracy.”" (the call was not in 2011).
    dated = _timeline(clusters[227])
    assert dated.entries[0].when == "1964"  # the Civil Rights Act's, no longer 1935
    shown = {(e.when, e.sentence.text[:16]) for e in dated.entries}
    assert ("1935", "After Caddell sa") not in shown
    assert ("2011", "William McRaven,") not in shown
    assert ("2011", "In 2011, the Mer") in shown  # the story's own 2011
    assert "12 date(s) ('2013', '2015', 'Dec. 31, 2016' ...) read as dating no event" in (
        dated.reason
    )


def test_the_recruitment_told_by_a_quote_s_speaker_s_clause_is_no_row(clusters):
    # [1]'s body: "“Bob (Mercer) has always been ...” in both business and politics, said Nick
    # Patterson, a Renaissance co-founder and former intelligence code-breaker who recruited
    # Mercer to the hedge fund in 1993": under 1993 the line reads as his words of that year.
    # Its pull quote ("Renaissance co-founder Nick Patterson, who recruited Mercer to the hedge
    # fund in 1993") is cleaned away since cleaning's thirty-fourth pass; [2]'s offer and hiring
    # and its spring of 1993 (the deaths) stay.
    articles = clusters[227]
    rows = [e for e in _timeline(articles).entries if e.when == "1993"]
    assert [(articles.index(e.sentence.article) + 1, e.sentence.text[:30]) for e in rows] == [
        (2, "In 1993, Patterson, at that ti"),
        (2, "In 1993, when Nick Patterson m"),
        (2, "In the spring of 1993, Mercer "),
    ]


def test_the_bakery_s_closure_is_one_row_citing_both_and_before_january(clusters):
    # [2] (KOIN): "The Kleins closed their Gresham store in 2013 and operate the business from
    # home."; [1] (The Oregonian): "The Kleins closed their Gresham bakery in 2013 and now
    # operate out of their home in Sandy." One closure, one word apart; [3]'s background page
    # tells it in its own words ("forced to close the doors of their bakery in 2013") and stays
    # its own row. The 2013 rows were split by [1]'s January 2013.
    articles = clusters[242]
    entries = _timeline(articles).entries
    (closure,) = [e for e in entries if "closed their Gresham" in e.sentence.text]
    cited = {articles.index(s.article) + 1 for s in (closure.sentence, *closure.copies)}
    assert cited == {1, 2}
    assert [e.when for e in entries[:3]] == ["2013", "2013", "2013-01"]


def test_the_filibuster_s_month_is_read_in_the_past(clusters):
    # [1], dated 3 October 2013 by its captions: "Davis rose to national prominence in June
    # for her nearly 13-hour filibuster against new abortion restrictions in Texas, but she
    # didn't mention the subject Thursday." The filibuster was in June 2013; "Davis" ends in
    # "is", which is no verb before "rose".
    articles = with_dates(clusters[230], None, [])
    filibuster = [e for e in _timeline(articles).entries if "filibuster" in e.sentence.text]
    assert [(e.when, e.expression.text) for e in filibuster] == [
        ("2013-06", "June"),
        ("2013-10-03", "Thursday"),
    ]


def test_a_mourner_s_clause_hanging_from_her_apposition_dates_no_line():
    # DUC 16: "Ginn Fourie, a physiotherapist whose student daughter was gunned down by black
    # activists in a 1993 attack on a Cape Town bar, said it was necessary ..." (what she said
    # is the report's week's, not 1993's).
    cluster = dict(_lines(FILES["duc"], {16}))[16]
    entries = _timeline(as_articles(cluster["documents"])).entries
    assert not [e for e in entries if e.sentence.text.startswith("Ginn Fourie")]
