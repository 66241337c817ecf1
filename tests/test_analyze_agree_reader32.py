"""The thirty-second agreement pass (fixtures/agreement_reader32.json): the blind wrong pairs
agree29-31 left, read for their causes. A verb that attributes ("saying"), a subject "Such"
and its noun standing for the sentence before, and an aside on someone set off by dashes
carry no fact two sentences share; 20 agreed items drawn at random and judged first are the
blind half."""

from __future__ import annotations

import pytest

from chorus.analyze.aside_words import aside_stems
from chorus.analyze.lead_ins import stands_for_before
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader32")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (f8faf036): the 3 wrong pairs shown (58's Plaskett statement on her thanks to the
    # police, linked by "saying"; 68's "Such knowledge"; 34's $130,000 payment, linked by
    # the campaign of a dashed aside on Cohen), 1 of 2 right; now none wrong, 58's two
    # statements each with its own right support
    assert tally["pair", "wrong", True] == 0, tally
    assert tally["pair", "right", True] == 2, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule; scored once at the end: main and the branch alike, 17 right
    # pairs and 7 wrong (14 of 20 items right). Stop 48 (offtopic21): raw 134's DHS
    # BioWatch page is set aside as not news, and its right pair with CNN goes: 16
    assert tally["pair", "right", True] == 16, tally
    assert tally["pair", "wrong", True] <= 7, tally


def test_such_and_its_noun_stands_for_the_sentence_before():
    # raw 68: what knowledge is told in the sentence before
    assert stands_for_before(
        "Such knowledge was critical to ensuring students understand that greenhouse gases "
        "cause climate change, and that such emissions must be cut to prevent the worst "
        "effects of climate change."
    )
    # "such as" lists; "Such" before a name or a verb is no subject standing for anything
    assert not stands_for_before("Such as the bridges over the Wabash River.")
    assert not stands_for_before("Such was the case in Delphi on Monday.")


def test_an_aside_set_off_by_dashes_is_the_writers():
    # raw 34: the campaign is in what the writer recalls of Cohen
    aside = aside_stems(
        "Tuesday's lawsuit says that Trump attorney Michael Cohen — who brokered the agreement "
        'with Clifford during the presidential campaign — attempted to "intimidate" Clifford.'
    )
    assert {"campa", "broke"} <= aside
    assert "intim" not in aside
