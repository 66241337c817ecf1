"""The timeline's seventeenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text17.json: 40 Multi-News+ validation lines no timeline fixture or test
named); lower-case dates written day first, two months sharing a year, a listing's notes in
brackets, a paper's history, a caption told in the past, two dated events set against each
other. Only the sample's design half is asserted on; its blind half was scored once
(docs/decisions.md).
"""

from __future__ import annotations

import pytest

from tests.test_analyze_timeline_new_text import (
    read_not_shown,
    sample,
    shown_on,
)

READ = {"mn+val": {1235, 1283, 1559, 4715, 5551}, "mn+train": {44613}}
"""Clusters the cases below read, besides the sample's design half. 1235 is of the blind half:
its listed interview dates were left by the sixteenth pass, before this sample was drawn."""


SAMPLE = sample("timeline_new_text17.json", READ)
_one = SAMPLE.sentences


def test_the_new_sample_s_design_entries_are_events():
    tally = SAMPLE.judged_tally()
    # Main showed 14: 12 events and 2 noise (a film's imagined 2019, a picture's caption), and
    # missed 4 events a reader wants; three of them are shown now.
    # The sixty-first pass lists a span of years once, under its first year (`until` its
    # last): 2298's "excavations in 1920-1937" no longer stands under 1937 too (the gold
    # judged each end an event): 14.
    assert tally["noise"] <= 2, tally
    assert tally["event"] >= 14, tally


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a lower-case date written day first, after "on"
        ("mn+val", 1354, "window opened on 12 january 2012", "2012-01-12"),
        ("mn+val", 1354, "and closed on 30 may 2012", "2012-05-30"),
        ("mn+val", 5551, "Elsie frost was murdered on 9 october 1965", "1965-10-09"),
        # two lower-case months sharing their year: the first names the date
        ("mn+val", 386, "In february and march 2017, four more shearers", "2017-02"),
        # two dated events set against each other
        ("mn+train", 44613, "than president donald trump in 2017", "2017"),
    ],
)
def test_day_first_dates_shared_years_and_dated_rivals_are_shown(source, number, words, date):
    shown_on(_one(source, number), words, date)


@pytest.mark.parametrize(
    ("number", "words", "expression"),
    [
        # a listing's notes in brackets
        (1235, "glenn simpson ( interviewed august 22, 2017 )", "august 22, 2017"),
        (1235, "kaveladze ( interviewed november 3, 2017 )", "november 3, 2017"),
        # a journal paper's history
        (4715, "republic of korea received 12 october 2015", "12 october 2015"),
        (4715, "accepted 29 december 2015", "29 december 2015"),
        # a caption told in the past
        (1559, "captured this photo of the full moon", "may 26, 2013"),
        # a comparison's measure, not a second event
        (1283, "than those first using it in 1996", "1996"),
    ],
)
def test_listings_histories_past_captions_and_measures_are_read_not_shown(
    number, words, expression
):
    read_not_shown(_one("mn+val", number), words, expression)
