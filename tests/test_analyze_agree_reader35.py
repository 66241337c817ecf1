"""The thirty-fifth agreement pass (fixtures/agreement_reader35.json): agreements the
readers found missed, and pairs scoring below the agreement threshold linked by three own
words or a sum of money; 20 agreed items drawn at random and judged first are the blind
half."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import links_below
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader35")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (d0aaa5a9): none of the 13 right pairs shown; now 230's teen mother and seven
    # others below 0.34 (raw 25, 51 ×2, 144, 147, 181, 209). Still missed: 146's $300
    # billion (the AP lead supports another item), 207's Sprint (0.27, no own word), 6's
    # nonfood / non-edible, 41's "do not disturb" and 95's third floor (one own word).
    # The six wrong pairs three own words would link (70 ×2, 107, 158, 191,
    # 37) stay out: compounds, number words, the floor, and sentences already used.
    # The thirty-eighth pass: 25's park staff's "we want to honor him" / Eberhart's quotation,
    # judged right here, is two voices to reader35 and goes (statements.speakers_apart): 7.
    # The seventy-eighth (agree80): 146's $300 billion, its AP lead freed of the listed sums'
    # row (agreement_sums_apart.py): 8.
    assert tally["pair", "right", True] == 8, tally
    assert tally["pair", "wrong", True] == 0, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule: main (d0aaa5a9) shows all 20, 19 right and 108's Sanders in
    # the chamber / Sanders lauding the pope wrong
    assert tally["pair", "right", True] == 19, tally
    assert tally["pair", "wrong", True] <= 1, tally


def test_three_own_words_link_below_the_threshold():
    # raw 230 (0.263): one life told twice
    mother = (
        "Davis has said that her experience going from being a single teen mother living in "
        "a trailer to a successful Harvard-trained attorney in the Texas Senate informed her "
        "political views."
    )
    story = (
        "It's not just because her own personal story – an absent father, a "
        "sixth-grade-educated mother, a teen pregnancy, followed by life as a single mom in a "
        "mobile home, then community college and, at last, Harvard Law School"
    )
    assert links_below(mother, story, {"mothe", "singl", "teen"}, frozenset({"harva"}))
    # raw 158 (0.259 < LOW_FLOOR, read here alone): "state-owned" is one word, so two
    founded = (
        "Founded in 1900 and midwifed by a state-owned mining company, Kiruna has been an "
        "industry town for over a century."
    )
    paying = (
        "But LKAB, the state-owned company responsible for the mine, is footing the entire "
        "bill until the year 2033."
    )
    assert not links_below(founded, paying, {"compa", "owned", "state"}, frozenset())
    # Multi-News+ text is lower-cased: names cannot be told from words
    lower = mother.lower().replace("davis", "Davis", 1)
    assert not links_below(lower, story.lower(), {"mothe", "singl", "teen"}, frozenset())


def test_a_scaled_sum_links_below_the_threshold():
    # raw 146 (0.299): the deal's size in both, "roughly" / "almost"
    deal = (
        "The deal is expected to increase defense and domestic spending by roughly $300 "
        "billion over two years, according to administration and congressional sources."
    )
    pact = (
        "WASHINGTON (AP) — The Senate's top leaders announced Wednesday they have sealed "
        "agreement on a two-year budget pact that would shower both the Pentagon and domestic "
        "programs with almost $300 billion above existing limits."
    )
    assert links_below(deal, pact, {"300"}, frozenset())
    assert not links_below(deal, pact.replace("$300 billion", "$300 million"), {"300"}, frozenset())
