"""The timeline's sixteenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text16.json: Multi-News+ train lines 44500-44971); Multi-News+'s
lower-case dates with a day read after "on" or a verb in the past, a caption's in the present
and a tokenised stamp's left as the page's; a journal's issue; "it was march 1982 when"; a
wish's "should"; a quotation's cue and a plan since changed kept from marking a date
planned; the last day of a month-day range with no year named in the entry's note. Only the
sample's design half is asserted on; its blind half was scored once (docs/decisions.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.render.timeline_notes import timeline_note
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import (
    read_not_shown,
    sample,
    shown_on,
)

READ = {
    "mn+val": {181, 827, 1069, 1191, 1528, 3899, 4238, 5338, 5483, 5516, 5562},
    "raw": {907},
}
"""Clusters the cases below read, besides the sample's design half."""


SAMPLE = sample("timeline_new_text16.json", READ)
_one = SAMPLE.sentences


def test_the_new_sample_s_design_entries_are_events():
    tally = SAMPLE.judged_tally()
    # Main showed 10: 9 events and 1 noise (44616's "12 things the tsa should stop doing in
    # 2012", a wish), and missed none of the 9 events a reader wants. "should" takes the wish.
    assert tally["noise"] == 0, tally
    assert tally["event"] >= 9, tally


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a lower-case month with its day and year after a verb in the past or "on"
        ("mn+val", 5338, "Flight 370 vanished on march 8, 2014", "2014-03-08"),
        ("mn+val", 827, "Armstrong died aug. 25, 2012, at age 82", "2012-08-25"),
        # a lower-case month with its year after "was"
        ("mn+val", 5483, "It was march 1982 when tousignant got a call", "1982-03"),
    ],
)
def test_lower_case_dates_after_a_past_or_on_are_shown(source, number, words, date):
    shown_on(_one(source, number), words, date)


@pytest.mark.parametrize(
    ("source", "number", "words", "expression"),
    [
        # a caption tells its picture in the present
        ("mn+val", 5562, "Iraqi government forces patrol in southern falluja", "june 10, 2016"),
        # a page's stamps as Multi-News+ tokenises them
        ("mn+val", 181, "posted at 4: 17 pm on august 24, 2012", "august 24, 2012"),
        ("mn+val", 5516, "page modified june 24, 2011 at 1: 55 pm", "june 24, 2011"),
        ("mn+val", 4238, "answered jan. 27, 2014 at 4: 27 am et", "jan. 27, 2014"),
        # a journal's issue
        ("mn+val", 3899, "published in the april 2014 issue of the journal", "april 2014"),
        # a wish
        ("mn+train", 44616, "12 things the tsa should stop doing in 2012", "2012"),
    ],
)
def test_captions_stamps_issues_and_wishes_are_read_not_shown(source, number, words, expression):
    read_not_shown(_one(source, number), words, expression)


@pytest.mark.parametrize(
    ("number", "words", "date"),
    [
        # a quotation's "will" glued before the date: "' we will not forget ' in october 2010"
        (1191, "the runner is reported to have moved to ethiopia", "2010-10"),
        # '... said he "will do every single thing in his power " to prevent ... the 2014 deadly'
        (1069, "over walmart's multi-million dollar payout to morgan over the 2014", "2014"),
        # a plan since changed
        (1528, "was originally scheduled to launch on january 11, 2001", "2001-01-11"),
    ],
)
def test_a_cue_in_a_closed_quotation_or_a_changed_plan_marks_no_plan(number, words, date):
    shown = timeline(_one("mn+val", number), frozenset()).entries
    assert [e.planned for e in shown if words in e.sentence.text and e.when == date] == [False]


def test_a_month_day_range_with_no_year_is_one_entry_named_by_its_span():
    # The hand gold's publication date of multi_news-val-907, a Grateful Dead reunion.
    articles = as_articles(SAMPLE.clusters("raw")[907]["documents"])
    dated = [dataclasses.replace(a, published=dt.date(2015, 1, 16)) for a in articles]
    shown = timeline([s for a in dated for s in split(clean(a))], frozenset()).entries
    shows = [e for e in shown if "shows July 3-5 at Soldier Field" in e.sentence.text]
    assert [(e.when, timeline_note(e)) for e in shows] == [("2015-07-03", " (July 3-5, planned)")]
    sale = [e for e in shown if "first-served basis from Feb. 9 to 11" in e.sentence.text]
    assert [(e.when, timeline_note(e)) for e in sale] == [
        ("2015-02-09", " (from Feb. 9 to 11, planned)")
    ]
