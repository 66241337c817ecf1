"""The timeline's eighteenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text18.json: 40 Multi-News+ validation lines no timeline fixture or test
named); stamps opening a line with no cue word, a period's last day and a total on a day, a
lower-case month after "a" or a verb in the past, a likening by "similar to", a thing's plan
told by a passive infinitive. Only the sample's design half is asserted on; its blind half was
scored once (docs/decisions.md).
"""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_new_text import (
    read_not_shown,
    sample,
    shown_on,
)

READ = {"mn+val": {24, 1235, 1450, 1901, 2155, 2916, 3540, 3580, 4027, 5472}}
"""Clusters the cases below read, besides the sample's design half. 1235's "a june 2016 meeting"
was a miss of the seventeenth pass's blind half, 2155's plan a leftover of the sixteenth."""


SAMPLE = sample("timeline_new_text18.json", READ)
_one = SAMPLE.sentences


def test_the_new_sample_s_design_entries_are_events():
    tally = SAMPLE.judged_tally()
    # Main showed 9: 6 events and 3 noise (a sky map's 2019, a quarter's last day, a total on
    # a day); the last two go. Its one miss, a date in figures ("11/21/2013"), is left.
    assert tally["noise"] <= 1, tally
    assert tally["event"] >= 6, tally


@pytest.mark.parametrize(
    ("number", "words", "expression"),
    [
        # a stamp opening its line with no cue word: a machine's date, a dash, an outlet's
        # name in brackets after it
        (24, "vatican radio ( vatican radio )", "2015-12-10"),
        (3540, "you can't walk far on the grounds", "September 7, 2010"),
        (3580, "( cbs chicago ) it's another sign", "Aug. 28, 2015"),
        # a period's last day; a total on a day
        (3317, "for its second quarter ended june 30, 2015", "june 30, 2015"),
        (3317, "totaled 488 million on june 30, 2015", "june 30, 2015"),
        # another event likened to the story's
        (2916, "with a device similar to one used in the 1995", "1995"),
        (1450, "similar to a july 2012 inspection", "july 2012"),
    ],
)
def test_stamps_periods_totals_and_likenings_are_read_not_shown(number, words, expression):
    read_not_shown(_one("mn+val", number), words, expression)


@pytest.mark.parametrize(
    ("number", "words", "date"),
    [
        # a lower-case month and year used as an adjective after "a"
        (1235, "released documents on a june 2016 meeting", "2016-06"),
        (4027, "Bin laden was killed in a may 2011 u.s. Raid", "2011-05"),
        (5472, "Allende died during a september 1973 military attack", "1973-09"),
        # after a verb in the past
        (1901, "was shot and killed december 2017", "2017-12"),
    ],
)
def test_lower_case_months_after_a_or_a_past_verb_are_shown(number, words, date):
    shown_on(_one("mn+val", number), words, date)


def test_a_thing_s_plan_told_by_a_passive_infinitive_is_marked_planned():
    shown = timeline(_one("mn+val", 2155), frozenset()).entries
    plan = [e for e in shown if "to be released december 2012" in e.sentence.text]
    assert [(e.when, e.planned) for e in plan] == [("2012-12", True)]
