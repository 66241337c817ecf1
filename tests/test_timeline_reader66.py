"""The timeline's sixty-sixth pass (reader71, reader72; raw validation by 0-based line,
documents 0-based): a weekday's event a present sentence tells the run-up to lies ahead
(27 [1]: "in the run-up to Thursday's general election", the election of 8 June 2017); a
year after a comparison with a time ago and the cause of the difference dates no row (112
[0]: "than they did two years ago thanks the destruction of ... Blue Dogs in the 2010
election"). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chorus.analyze.timeline import Timeline, timeline
from chorus.analyze.timeline_asides import not_an_event
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Article
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


def _timeline(articles: list[Article]) -> Timeline:
    return timeline([s for a in articles for s in split(clean(a))], frozenset())


def _dated(documents: list[str], index: int, published: dt.date) -> list[Article]:
    """The cluster's articles with document `index` alone dated `published`."""
    articles = as_articles(documents)
    articles[index] = replace(articles[index], published=published)
    return articles


def test_the_run_up_to_a_weekday_s_event_is_the_coming_one():
    # 27 [1], AP of Tuesday 6 June 2017 (the day after the vigil of its caption): "The issue
    # has become a key one in the run-up to Thursday's general election." Britain voted on
    # Thursday 8 June; it stood on the past Thursday, 1 June.
    documents = _raw({27})[27]["documents"]
    rows = _timeline(_dated(documents, 1, dt.date(2017, 6, 6))).entries
    run_up = [e for e in rows if "the run-up to Thursday's" in e.sentence.text]
    assert [(e.date, e.planned) for e in run_up] == [(dt.date(2017, 6, 8), True)]
    # The story's own weekdays stay in the past: the attack of Saturday 3 June.
    attack = [e for e in rows if e.sentence.text.startswith("Saturday's attack was the third")]
    assert [e.date for e in attack] == [dt.date(2017, 6, 3)]


def test_a_run_up_told_in_the_past_keeps_the_past_weekday():
    # DUC 23 [6], AP of Sunday 25 October 1998: "most moderates had been dropped from the
    # ballot in advance of Friday's election" (Iran's Assembly of Experts vote of Friday 23
    # October; "official results showed Sunday").
    documents = dict(_lines(FILES["duc"], {23}))[23]["documents"]
    rows = _timeline(_dated(documents, 6, dt.date(1998, 10, 25))).entries
    dropped = [e for e in rows if "in advance of Friday's election" in e.sentence.text]
    assert [(e.date, e.planned) for e in dropped] == [(dt.date(1998, 10, 23), False)]


def test_a_year_naming_the_cause_of_a_change_since_a_time_ago_dates_no_row():
    # 112 [0], The Fix: "liberals comprise an even larger chunk of the Democratic caucus in
    # the House than they did two years ago thanks the destruction of moderate and
    # conservative Blue Dogs in the 2010 election" compares today's caucus with 2009's.
    rows = timeline(_own_dated(_raw({112})[112]), frozenset()).entries
    assert not [e for e in rows if "than they did two years ago" in e.sentence.text]
    # The same article's event of 2010 stays: "after Democrats lost the majority in 2010".
    lost = [e for e in rows if "lost the majority in 2010" in e.sentence.text]
    assert [e.when for e in lost] == ["2010"]


def test_a_deed_told_after_a_comparison_with_a_time_ago_is_still_read():
    # 144 [0]: "... are not better off than they were four years ago -- the test Ronald
    # Reagan famously used to defeat incumbent Jimmy Carter in the 1980 presidential
    # election": the dash opens an apposition telling Reagan's deed, no cause of a change.
    before = (
        "The president said yesterday that the American people are not better off than they"
        " were four years ago -- the test Ronald Reagan famously used to defeat incumbent"
        " Jimmy Carter in the "
    )
    assert not not_an_event(before, " presidential election.")
    # The comparison's "than" stands more than 80 characters before the year it explains.
    cause = (
        "liberals comprise an even larger chunk of the Democratic caucus in the House than they"
        " did two years ago thanks the destruction of moderate and conservative Blue Dogs in the "
    )
    assert not_an_event(cause, " election.")
