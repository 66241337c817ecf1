"""The thirty-fourth agreement pass (fixtures/agreement_reader34.json): pairs linked only by
"someone", by the asides on the subjects both open with, or by a number word counting two
things, read over the readers' wrong pairs (reader27-29) and agree33's blind ones; 20
agreed items drawn at random and judged first are the blind half."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import counts_apart
from chorus.analyze.aside_words import described_alike
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader34")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (e5a6a537): 14 wrong pairs shown and 4 right of 6; now 14's lawsuit, 94's gun,
    # 98's CBD (asides alike), 171's Google+ ("someone"), 18's "five", 142's "three" and
    # 191's "almost half" go, and 18's Manhattan pair forms; 207's Sprint pair is still
    # missed (the fact is an aside of a sentence on another thing, 0.27)
    assert tally["pair", "wrong", True] <= 7, tally
    assert tally["pair", "right", True] == 5, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule; scored once at the end: main and the branch alike, 20 right
    # pairs and 3 wrong (17 of 20 items right). 19 since agree48: raw 185's Sculthorpe
    # "insult" / "with some calling it "insulting"" (multi_news-val-2053), judged right
    # here, wrong by reader51 (her words, not the "some" of a community ABC calls divided)
    assert tally["pair", "right", True] == 19, tally
    assert tally["pair", "wrong", True] <= 3, tally


def test_asides_on_the_subjects_alike_link_nothing():
    # raw 14: both recall the murder charge; one tells the lawsuit, the other the escape plan
    lawsuit = (
        "George Zimmerman, the neighborhood watch volunteer facing second-degree murder "
        "charges for the shooting death of Trayvon Martin, is being sued by an Orlando "
        "private company claiming they are owed $27,000 for private security services."
    )
    plan = (
        "Zimmerman, facing second-degree murder charges for the shooting death of Trayvon "
        "Martin, would then walk to a different vehicle and be driven to a safe house."
    )
    assert described_alike(lawsuit, plan, {"degre", "facin", "murde", "secon"})
    # raw 122: one spokesman quoted in each; his words, not his title, are what they share
    statement = (
        "Christopher R. Miller, a spokesman for the Department of Health and Mental Hygiene, "
        "said in a statement: “There is nothing more important than the safety of our "
        "children and we are deeply saddened by this tragedy.”"
    )
    emailed = (
        '"There is nothing more important than the safety of our children and we are deeply '
        'saddened by this tragedy," Miller said in an emailed statement.'
    )
    assert not described_alike(statement, emailed, {"deepl", "impor", "nothi", "sadde"})


def test_a_number_word_counting_two_things_links_nothing():
    # raw 191: "two weeks" of the estates, "two years" since the shooting
    estates = (
        "Parents of at least 13 of the 20 young children killed in the December 2012 shooting "
        "have in the past two weeks opened estates in their names at the regional probate court"
    )
    steps = (
        "Parents of almost half the young children killed by a gunman at an elementary school "
        "in Newtown, Connecticut, two years ago on Sunday have taken initial steps toward "
        "filing lawsuits"
    )
    assert counts_apart(estates, steps, {"two"})
    # raw 110: "one or two churches" in both is the plot
    arrested = (
        'French police have arrested a man suspected of planning an attack on "one or two '
        "churches\" in a Paris suburb, the country's interior minister has said."
    )
    documents = (
        '"Detailed documents that were found established beyond doubt that the individual was '
        'planning an imminent attack, probably on one or two churches," said Cazeneuve.'
    )
    assert not counts_apart(arrested, documents, {"two"})
    # Multi-News+ 3637: three people named two ways, no span
    sons = "The three men are the sons of hitler's nephew, william patrick hitler."
    grandsons = "alexander, 68, is the oldest of three surviving grandsons of alois hitler"
    assert not counts_apart(sons, grandsons, {"three"})
