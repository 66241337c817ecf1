"""The timeline's fourteenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text14.json: Multi-News+ validation lines 5300-5621, train lines
40000-41999, raw validation clusters no timeline fixture named); what a year labels, aims at
or is owed for, a size compared with, a plan's year and the first time known. Only the sample's
design half is asserted on; its blind half was scored with the rules frozen (docs/decisions.md).
"""

from __future__ import annotations

import pytest

from tests.test_analyze_timeline_new_text import (
    read_not_shown,
    sample,
    shown_on,
)

READ = {"mn+val": {395, 912, 1210, 5472}, "mn+train": {124, 439, 990, 20051}}
"""Clusters the cases below read, besides the sample's design half."""


SAMPLE = sample("timeline_new_text14.json", READ)
_one = SAMPLE.sentences


def test_the_new_sample_s_design_entries_are_events_more_often():
    tally = SAMPLE.judged_tally()
    # Main showed 86: 78 events, 8 noise. A role's, a target's and unpaid taxes' years and a
    # size compared with go; "scheduled for 2022" and "as early as 2003" bring in two events
    # the gold had listed as missed. Cleaning's fifth pass removes AP's captions in
    # Multi-News+: 5483's "... carolyn tousignant speaks while going through clippings about
    # the 1982 disappearance ..." (judged an event for its date) was shown twice, once alone
    # and once glued before a story sentence; the story's own "who went missing in 1982"
    # stays: 78.
    assert tally["noise"] <= 3, tally
    assert tally["event"] >= 78, tally


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # what a year labels, aims at or is owed for; a size compared with
        ("mn+val", 5611, "land his 2018 role as skell", "2018"),
        ("mn+train", 41787, "for unpaid taxes in 2009", "2009"),
        ("mn+train", 41787, "for unpaid taxes from 2012", "2012"),
        ("raw", 555, "failure to hit budget targets in 2011", "2011"),
        ("raw", 555, "less than half its size when it was created in", "2009"),
        ("mn+train", 990, "owed $ 149,511 in unpaid state taxes from 2013", "2013"),
        # a figure a change runs from, in Multi-News+'s spacing
        ("mn+train", 124, "down 11.5 % from $ 52 million in 2015", "2015"),
        ("mn+val", 1210, "jump in revenue from $ 17.8 million in 2013", "2013"),
        # a caption's picture: "picture taken", a dateline after a lower-case place (the
        # blind half's 5472, asserted on only after it was scored)
        ("mn+val", 5472, "getty images picture taken in 1970", "1970"),
        # a line that is only "In" and its year (the eleventh pass's blind 20051, scored)
        ("mn+train", 20051, "In 1947.", "1947"),
    ],
)
def test_labels_aims_figures_and_the_page_s_dates_are_read_not_shown(source, number, words, date):
    read_not_shown(_one(source, number), words, date)


@pytest.mark.parametrize(
    ("number", "words"),
    [(395, "schools in anthem, arizona, u.s."), (912, "rally in southaven, mississippi, u.s.")],
)
def test_reuters_captions_dated_after_u_s_no_longer_reach_a_sentence(number, words):
    # these two were read and not shown; cleaning's eighth pass removes the captions
    # ("... u.s. January 9, 2013. Reuters/laura segall/file photo") before any date is read
    assert not [s for s in _one("mn+val", number) if words in s.text]


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a plan's year, the first time known
        ("mn+val", 5337, "Departure for the red planet is scheduled for 2022", "2022"),
        ("raw", 555, "learned as early as 2003 of extensive foreclosure abuses", "2003"),
        ("mn+train", 439, "about fogle's sexual interest in children as early as 2008", "2008"),
    ],
)
def test_the_story_s_dates_are_shown(source, number, words, date):
    shown_on(_one(source, number), words, date)
