"""The twenty-sixth agreement pass (fixtures/agreement_reader26.json): agreed pairs whose
every word in common is a name both capitalise are not linked by score alone (design:
reader21's 102 and the pairs the rule changed over the raw clusters), a passage an article
quotes after saying whose it is is no lone item (221, 45), a lead-in passes over an aside in
brackets (69, 162); raw 175 and 197 read blind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Analysis
from tests.gold import lone_tally, names, reader_analyses, reader_tally

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "agreement_reader26.json").read_text(encoding="utf-8")
)
GOLD = FIXTURE["clusters"]


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (f6df4a0): 11 of 13 wrong pairs shown (reader21's 69 ×2, 176's Dabbashi, 102's
    # columnist, 139's playlist title; 17, 47, 159, 204, 211, 249's visa regime), 3 of 5
    # right (73, 227, 249's owners). Branch: 5 wrong (69 ×2: a place phrase, a speaker's
    # judgement of the disclaimer; 139's video title, cleaning's; 176's meeting now under
    # "Almost all Libyan diplomats ... backed ... Dabbashi's pleas"; 249's Brussels, new),
    # 2 right (157's Sheriff's confirmation and 249's $10 billion, new; 73, 227 and 249's
    # owners share only names and go). The forty-fourth pass: 157's identity item is
    # supported by "She was later identified as Andrea Kuiper, 26, of Virginia." (0.47) over
    # the Sheriff's confirmation linked by "old" alone (0.34, agreement_choice.py): 1 right
    assert tally["pair", "wrong", True] <= 5, tally
    assert tally["pair", "right", True] >= 1, tally


def test_a_quoted_passage_is_no_lone_item(analyses):
    shown = [
        words
        for case in GOLD
        for doc, words in case["quoted"] + case.get("not_lone", [])
        if any(
            names(f.statement, analyses[case["id"]][1], doc, words)
            for f in analyses[case["id"]][0].unique
        )
    ]
    # main: 221's "And presiding over this three-ring circus ..." (Kristol's editorial) and
    # 45's Lester Brown (Kunzig's passage) shown as their outlets' own
    assert not shown, shown


def test_a_lead_in_passes_over_an_aside_in_brackets(analyses):
    found = []
    for case in GOLD:
        analysis, place = analyses[case["id"]]
        for doc, words, lead_words, held in case["lead_ins"]:
            item = next(f for f in analysis.unique if names(f.statement, place, doc, words))
            found.append(any(lead_words in s.text for s in item.context) == held)
    # main: 69's lead-in was "(Burke Ramsey, now 29, appeared on Dr. Phil ...)", not the
    # sentence naming the reinvestigation; 162's "(Hammer equals gavel.)"
    assert all(found) and len(found) == 2, found


def test_the_blind_clusters(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # scored once with the rules frozen, main and the branch alike: neither 175 (one page
    # and a missing-page notice) nor 197 (two stories) shows an agreed or a lone item
    shown = [f for case in GOLD if case["half"] == "blind" for f in analyses[case["id"]][0].agreed]
    assert not shown and tally["pair", "wrong", True] == 0, shown
    assert not lone_tally(tally)["wrong"], tally
