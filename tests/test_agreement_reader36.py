"""The thirty-sixth agreement pass (fixtures/agreement_reader36.json): supports linked by a
page's instruction to its reader, by a speakerless quotation's "I" set against an unnamed
"She", or by a lone word that names the story's thing after a name; 12 agreed pairs drawn
at random and judged first are the blind half."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import names_a_kind
from chorus.analyze.model import Analysis
from chorus.analyze.statements import can_state, instructs_reader, voices_apart
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader36")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (2a00d98d): 20 right and 9 wrong of 29 shown. Gone: 55's "click here" and
    # "She had sores" supports, 40's "Klingon, as you're likely aware". Left: 40's
    # Paramount support, 47's Juppe, 63's blogger's disclaimer, 71's Onion opening, 122's
    # relayed page, 171's "I don't think it'll be a shocking change". Thirty-seventh pass:
    # 122's quotation of two of the page's sentences relays it (copies.Relays): 5 wrong.
    # Forty-first: 63's disclaimer ("CRAYOLA was not involved") negates the one word it
    # shares with the fad's "involves" (agreement_negated.py): 4 wrong. Forty-fourth: 71's
    # Onion opening ("We're not here to debate whether or not ...") negates the one word it
    # shares with "The Onion has named ..."; the headline its article opens with supports it
    # now (unjudged, as wrong): 3 wrong.
    assert tally["pair", "right", True] == 20, tally
    assert tally["pair", "wrong", True] == 3, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule ran on them: main shows all 12, 9 right; the branch the same
    assert tally["pair", "right", True] == 9, tally
    assert tally["pair", "wrong", True] <= 3, tally


def test_an_instruction_to_the_reader_states_and_supports_nothing():
    # raw 55: the page's link to Dr. Kolb's book agrees only by the title
    link = 'To see more about her book, "The Naked Truth About Breast Implants," click here.'
    assert instructs_reader(link)
    assert not can_state(link)
    diagnosis = (
        "The diagnosis that Anne believes saved her life came from Dr. Susan Kolb, author of "
        '"The Naked Truth About Breast Implants."'
    )
    assert not instructs_reader(diagnosis)
    assert can_state(diagnosis)
    # Multi-News+ 887: the prompt glued after the ruling leaves the ruling a support
    ruling = (
        "Although the judge ruled dalton fit to stand trial, defense lawyers can still enter a "
        "not guilty by reason of insanity plea for dalton. >>scroll down to watch jason "
        "dalton's hearing; app users click here."
    )
    assert not instructs_reader(ruling)


def test_a_speakerless_i_and_an_unnamed_she_are_apart():
    # raw 55: Paula Blades' words and Ziegenhorn's sores (0.43, no own word in common)
    sores = '"I got these sores all over my upper torso that wouldn\'t heal."'
    assert voices_apart(sores, "She had sores all over her body.")
    assert voices_apart("She had sores all over her body.", sores)
    # raw 248: "He said ..." reports the quotation's speech, one voice
    confident = (
        "He said he was confident Sinema would prevail once the remaining half a million "
        "votes are counted."
    )
    counted = (
        '"Once they are counted, we are confident that Kyrsten Sinema will be the next '
        'Senator for the state of Arizona."'
    )
    assert not voices_apart(confident, counted)


def test_a_word_naming_the_thing_after_a_name_links_nothing():
    # raw 40 (0.345): "films" follows "Star Trek" in both; the two tell two facts
    formalized = (
        "Ever since linguist Marc Okrand formalized his work on the Klingon language as a "
        "consultant on Star Trek films and published The Klingon Dictionary, the legal status "
        "of the synthetic language has been the subject of controversy."
    )
    fictional = (
        "Klingon, as you’re likely aware, is a fictional language originally created for use "
        "in the Star Trek films and TV shows, but which is now also spoken by fans around the "
        "world."
    )
    names = frozenset({"kling", "star", "trek"})
    assert names_a_kind(formalized, fictional, {"films"}, names)
    # raw 234: "moved" after "Midwest" is what the storm did, one fact in both
    walloped = "The winter storm system that walloped the Midwest moved east Friday night."
    dumped = "A snowstorm that dumped a foot of snow in parts of the Midwest moved across."
    assert not names_a_kind(walloped, dumped, {"moved"}, frozenset({"midwe"}))
