"""The twenty-eighth agreement pass (fixtures/agreement_reader28.json): supports that say
something else (design: reader23's raw 8, 127, 209, 95 and the pairs the pass's rules
changed), lone items leaning on an unnamed "he"/"she" after an opening phrase (41 and the
rules' other changes), lone items another outlet tells in the same digits (127, 231);
raw 193 and 199 read blind."""

from __future__ import annotations

from collections import Counter

import pytest

from chorus.analyze.model import Analysis
from tests.gold import load, lone_tally, names, reader_analyses, reader_tally

GOLD = load("agreement_reader28")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def _not_lone_shown(cases: list[dict], analyses: dict) -> list[str]:
    """The gold's furniture and outlets' shared facts shown as lone items."""
    return [
        words
        for case in cases
        for doc, words in case["not_lone"]
        if any(
            names(f.statement, analyses[case["id"]][1], doc, words)
            for f in analyses[case["id"]][0].unique
        )
    ]


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (4f6c835): 10 of 11 wrong pairs shown (8's three charge lines, eight against six,
    # Kappa Sigma; 127's court; 209's sizes and AMSA; 95's X-ray and lawn; 209's sizes and
    # area was not shown), 1 of 7 right (127's unpaid fine). Branch: the charge lines and
    # the sizes on the "300 objects" quote go; 209's sizes and area on "300 floating objects
    # ... over an area" comes (one shared point), 8's UConn alarm (right) comes
    assert tally["pair", "wrong", True] <= 7, tally
    assert tally["pair", "wrong", False] >= 4, tally
    assert tally["pair", "right", True] >= 2, tally


def test_a_charge_line_with_no_subject_supports_no_one(analyses):
    case = next(c for c in GOLD if c["index"] == 8)
    analysis, place = analyses[case["id"]]
    charged = [
        f.statement.text
        for f in analysis.agreed
        for s in (f.statement, *f.support)
        if names(s, place, 0, "Charged with")
    ]
    # main: Godi's, Polansky's and Callahan/Moll/Morose's lines rested on another man's
    assert not charged, charged


def test_a_lone_item_on_a_phrase_and_he_gets_its_lead_in(analyses):
    found = {}
    for case in GOLD:
        analysis, place = analyses[case["id"]]
        for doc, words, lead_words, _ in case["lead_ins"]:
            item = next(f for f in analysis.unique if names(f.statement, place, doc, words))
            found[case["index"], words] = any(lead_words in s.text for s in item.context)
    # main: none of the 6 carried one. Branch: 41's "As reported in PLoS ONE in February, he
    # found ...", 124, 135, 172, 179; 95's "Once, before he moved out, Garcia found that he
    # ..." still none (the name after the clause's comma reads as the pronoun's)
    assert sum(found.values()) == 5 and len(found) == 6, found


def test_a_figure_another_outlet_writes_is_no_lone_item(analyses):
    design = [case for case in GOLD if case["half"] == "design"]
    shown = _not_lone_shown(design, analyses)
    # main: 127's fine twice and 231's Avatar takings; branch: 231's Vanity Fair promo, which
    # took the freed place (furniture), removed by cleaning's twenty-second pass
    assert shown == [], shown


def test_the_blind_clusters(analyses):
    blind = [case for case in GOLD if case["half"] == "blind"]
    tally = reader_tally(blind, analyses)
    shown = _not_lone_shown(blind, analyses)
    # scored once with the rules frozen, main and the branch alike: 193 shows 2 of its 4
    # right pairs (Obama's two remarks quoted by both), none of its 8 wrong ones (one pair
    # the gold does not name is wrong: a senator's "mix it up" / the Tuesday blockade) and
    # four lone items, all right (the gold's Sandoval item alone among them); 199 shows no
    # cross-source item (one article and two notices)
    assert tally["pair", "wrong", True] == 0, tally
    assert tally["pair", "right", True] >= 2, tally
    assert lone_tally(tally) == Counter({"right": 1}), tally
    assert not shown, shown
