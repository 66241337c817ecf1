"""The thirtieth agreement pass (fixtures/agreement_reader30.json): a twenty-fifth reader's
findings. A comparison run the other way, a span or a breakdown in figures against none, a
thing converted into another product and a box's heading support nothing; an outlet quoting
someone's own document word for word relays that report; "Mr Graham" after "Steven Graham"
gets its lead-in."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.agreement_readings import (
    breakdown_unsupported,
    compared_apart,
    converted_apart,
    span_unsupported,
)
from chorus.analyze.model import Analysis
from chorus.analyze.statements import can_support
from tests.gold import inputs, load, reader_analyses, reader_tally

GOLD = load("agreement_reader30")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (89549cf): 9 of the 13 wrong pairs shown, 4 of 6 right; now 68's "more detail" /
    # "less explicit", 56's conventional cell and "It will take years", 145's "32.1 percent"
    # / "since at least 1880" and 125's box heading go; the thirty-second pass: 68's "Such
    # knowledge ..." (3)
    assert tally["pair", "wrong", True] <= 3, tally
    assert tally["pair", "right", True] == 4, tally
    # "Mr Graham answers yes ..." shown with "Another Canadian patient, Steven Graham, ..."
    assert tally["unique", "right", True, True] == 1, tally


def test_the_blind_clusters(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # scored once with the rules frozen, main and the branch alike: 245's blog retells
    # Asahi's story (one report, no pair shown); 247's two opinion pieces share no item shown
    assert tally["pair", "wrong", True] == 0, tally
    assert tally["unique", "wrong", True, False] == 0, tally


def test_a_comparison_run_the_other_way_supports_nothing():
    # raw 68: the standards teach the human role in more detail / name it less explicitly
    assert compared_apart(
        "In high school, students would learn in more detail about the human role in "
        "generating emissions that are altering the planetary climate.",
        "They are also less explicit than earlier drafts about the human role as a driver for "
        "climate change.",
    )
    # raw 145: two things compared, one fact (marriage delayed)
    assert not compared_apart(
        "Young people are also living with their parents in higher numbers in part because "
        "they’re delaying marriage.",
        "And then fewer young people are married than in decades past.",
    )


def test_another_product_supports_nothing():
    # raw 56: the new cell makes ethanol; a conventional one splits water
    made = (
        "When voltage was applied across the electrodes, the carbon monoxide gas was "
        "converted into ethanol, they said."
    )
    assert converted_apart(
        made,
        "When a voltage is applied across the electrodes of a conventional cell, a current "
        "flows and water is converted to oxygen gas at one electrode (the anode) and hydrogen "
        "gas at the other electrode (the cathode).",
    )
    assert not converted_apart(
        made,
        "Then the carbon monoxide would be converted to ethanol or other carbon-based "
        "compounds electrochemically.",
    )


def test_a_span_or_shares_in_figures_against_none_support_nothing():
    # raw 56
    assert span_unsupported(
        "Kanan said a prototype device could be ready in two to three years, enabling an "
        "assessment on whether the process can become commercially viable.",
        "It will take years to know whether a device based on this chemistry would be "
        "commercially viable.",
    )
    # raw 145, read both ways: "It was also ..." stood as the statement
    shares = (
        "In that age group, 32.1 percent of people live in their parents' house, while 31.6 "
        "live with a spouse or partner in their own homes and 14 percent live alone, as single "
        "parents or in a home with roommates or renters."
    )
    since = (
        "It was also the first time since at least 1880 that young adults were more likely to "
        "live in their parents’ homes than in their own households with a spouse or other "
        "romantic partner."
    )
    assert breakdown_unsupported(shares, since) and breakdown_unsupported(since, shares)
    # raw 177: "49-45 percent", which numbers.figures does not read, is a figure
    assert not breakdown_unsupported(
        "The poll of registered voters shows Romney at 49 percent and Obama at 45 percent in "
        "the rematch, a mirror image of Romney's four-point (51-47) popular-vote loss in 2012.",
        "And perhaps adding insult to injury, registered voters divide numerically in Mitt "
        "Romney's favor, 49-45 percent, if they had a mulligan for the 2012 presidential "
        "election.",
    )


def test_a_box_heading_supports_nothing():
    # raw 125
    assert not can_support(
        "FMRI SCANNING Functional Magnetic Resonance Imaging measures the real-time activity "
        "of the brain by tracking the flow of oxygen-rich blood"
    )
    assert can_support("WASHINGTON (AP) — The Senate voted on Tuesday to end the shutdown.")


def test_a_memo_quoted_by_outlets_is_one_report():
    # raw 231: document 0 is Universal's memo, documents 1 and 2 quote it; main showed four
    # of its lines "agreed" by all or two outlets
    documents = inputs(["multi_news-val-5124"])["multi_news-val-5124"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    memo = ("only franchise of its kind", "At Universal we have had", "Paul Walker tragically")
    shown = [f.statement.text for f in analysis.agreed]
    assert shown and not any(line in text for text in shown for line in memo), shown
