"""Agreed facts on text no earlier pass had read (fixtures/agreement_new_text7.json): raw
validation, DUC 2003 and Multi-News+ clusters whose agreed pairs and unique items were judged
one by one before the seventh pass changed a rule; and the pairs that pass found wrong."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.model import Analysis, Fact
from tests.conftest import DATA, read_clusters
from tests.gold import inputs, names, places

NEW_TEXT = json.loads(
    (Path(__file__).parent / "fixtures" / "agreement_new_text7.json").read_text(encoding="utf-8")
)["clusters"]
DUC = DATA / "duc2003-task2.jsonl.gz"
PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


def _plus_documents(lines: set[int]) -> dict[str, list[str]]:
    """The documents of Multi-News+ validation clusters by line number (as a string)."""
    found = {}
    with gzip.open(PLUS_VALIDATION, "rt", encoding="utf-8") as records:
        for number, line in enumerate(records):
            if number in lines:
                found[str(number)] = json.loads(line)["documents"]
            if number >= max(lines):
                break
    return found


def _documents(source: str, ids: Sequence[str]) -> dict[str, list]:
    if source == "raw":
        return inputs(ids)
    if source == "duc":
        duc = read_clusters(DUC, 30)
        return {i: duc[int(i)]["documents"] for i in ids}
    return _plus_documents({int(i) for i in ids})


def _analysis(documents: list) -> Analysis:
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    return analysis


@pytest.fixture(scope="module")
def judged_new_text() -> dict[str, Counter]:
    """Per half (design, blind), the verdicts of the sampled agreed pairs shown."""
    tally: dict[str, Counter] = {"design": Counter(), "blind": Counter()}
    for source in ("raw", "duc", "plus"):
        cases = [c for c in NEW_TEXT if c["source"] == source]
        documents = _documents(source, [c["id"] for c in cases])
        for case in cases:
            analysis = _analysis(documents[case["id"]])
            place = places(documents[case["id"]])
            pairs = [(f.statement, s) for f in analysis.agreed for s in f.support]
            for item in case["items"]:
                if item["kind"] != "pair":
                    continue
                (doc_a, words_a), (doc_b, words_b) = item["a"], item["b"]
                shown = any(
                    (names(x, place, doc_a, words_a) and names(y, place, doc_b, words_b))
                    or (names(y, place, doc_a, words_a) and names(x, place, doc_b, words_b))
                    for x, y in pairs
                )
                tally[case["half"]][item["verdict"] if shown else "not shown"] += 1
    return tally


def test_new_text_agreed_pairs_judged_wrong_are_fewer(judged_new_text):
    # Of the design half's 91 sampled pairs main showed, 26 were judged two facts, 58 one,
    # 7 unclear; a function word or a dateline no longer links 3 of the 26 (and one right
    # pair, 5488's "via": 0.37). The blind half: 13 wrong of 60 on main and on the branch.
    # Cleaning's fourth pass removes USA Today's opening furniture, one side of 4 right pairs
    # (3843's caption "... gestures during a speech at liberty university ...", 5033's video
    # teaser "Close amazon will create 100,000 full-time jobs ..."): 57 → 53 shown.
    design, blind = judged_new_text["design"], judged_new_text["blind"]
    assert design["wrong"] <= 23, design
    assert design["right"] >= 53, design
    assert blind["wrong"] <= 13 and blind["right"] >= 43, blind


def _together(facts: Sequence[Fact], a: str, b: str) -> bool:
    return any(
        any(a in s.text for s in fact.sentences) and any(b in s.text for s in fact.sentences)
        for fact in facts
    )


@pytest.fixture(scope="module")
def duc_agreed() -> dict[int, tuple[Fact, ...]]:
    """The agreed facts of the DUC 2003 clusters the tests below read."""
    duc = read_clusters(DUC, 30)
    return {n: _analysis(duc[n]["documents"]).agreed for n in (5, 9, 22, 27)}


@pytest.mark.parametrize(
    ("cluster", "one", "other"),
    [
        # "added" is all the two share of their own (0.38)
        (27, "Islamic Jihad, in turn, receives money", "He added that his government"),
        # "over" (0.36): control over routes, disputes over security
        (9, "Also, the Israelis will retain considerable", "Disputes between Israel and"),
    ],
)
def test_a_function_word_links_no_pair_below_the_open_threshold(duc_agreed, cluster, one, other):
    assert not _together(duc_agreed[cluster], one, other)


def test_a_shared_dateline_links_no_pair(duc_agreed):
    # "BANGKOK, Thailand (AP) _" opens both; "bangkok" was their only word of their own
    # that is no name (0.35): a hat trick and the divers' hopes
    facts = duc_agreed[5]
    assert not _together(facts, "Star striker Chen Yang", "China's women divers expect")


def test_a_support_gives_no_other_toll_of_one_verb(duc_agreed):
    # "killing 60 people" and "a fire that killed 67 of them": two tolls of one fire, tied
    # to one verb in two forms
    facts = duc_agreed[22]
    assert not _together(facts, "killing 60 people", "a fire that killed 67 of them")
