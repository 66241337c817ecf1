"""The twenty-seventh agreement pass (fixtures/agreement_reader27.json): supports that say
something else (design: reader22's 147, 33, 108, 57 and the pair the bare-"That" rule cut,
47), agreements missed (147, 238), lone items that lean back through an opening phrase and
"it"/"they" or a subject's "then" get a lead-in (33, 238 and the rules' other changes over
the raw clusters); raw 210 and 222 read blind."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.gold import load, lone_tally, names, reader_analyses, reader_tally

GOLD = load("agreement_reader27")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (915e735): 9 of 10 wrong pairs shown (147's Souris and April, 33's "seem" and
    # bracketed gloss, 108 ×2, 57 ×2, 47's bare "That"); 0 of 4 right (147's berm, 238's
    # campaign and tax cuts: 0.46 beside a better-scoring sentence, 0.31, below the floor;
    # 57's LTO menu). Branch: 147's dispatch lead / April shutdown, 108's two and 57's
    # barbecue sauce stay; 57's "among us" now supports the LTO menu (right)
    assert tally["pair", "wrong", True] <= 4, tally
    assert tally["pair", "wrong", False] >= 6, tally
    assert tally["pair", "right", True] >= 1, tally


def test_a_lone_item_leaning_back_gets_its_lead_in(analyses):
    found = {}
    for case in GOLD:
        analysis, place = analyses[case["id"]]
        for doc, words, lead_words, held in case["lead_ins"]:
            item = next(f for f in analysis.unique if names(f.statement, place, doc, words))
            found[case["index"], words] = any(lead_words in s.text for s in item.context) == held
    # main: none of the 8 ("Throughout history, they've had ...", "Walker then tried ...",
    # "Last year, it paid ...") carried one
    assert all(found.values()) and len(found) == 8, found


def test_the_blind_clusters(analyses):
    blind = [case for case in GOLD if case["half"] == "blind"]
    tally = reader_tally(blind, analyses)
    shown = [
        words
        for case in blind
        for doc, words in case["not_lone"]
        if any(
            names(f.statement, analyses[case["id"]][1], doc, words)
            for f in analyses[case["id"]][0].unique
        )
    ]
    # scored once with the rules frozen, main and the branch alike: neither cluster shows an
    # agreed item; 210 no lone item (two stories), 222 six, all read right ("Plus, at $15
    # for 40 doses, ..." with its lead-in; the FDA's 1950s approval, the bottle's 160 sprays)
    assert tally["pair", "wrong", True] == 0, tally
    assert lone_tally(tally) == {"right": 1}, tally
    assert not shown, shown
