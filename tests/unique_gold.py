"""Hand-checked judgements of "Only in one outlet" items (fixtures/unique_gold.json) and
the section's precision against them.

An item is right when the gold judges it `unique`: a fact that no other article of the
cluster reports. Items the gold judges `elsewhere` or `not a fact` are wrong; an item no
gold line names is shown but not judged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chorus.analyze.model import Fact
from tests.gold import Tally, load, names

GOLD = load("unique_gold")

GoldItem = Sequence[object]
"""[doc, substring, verdict] or, for `elsewhere`, [..., other doc, its substring]"""


@dataclass(frozen=True, slots=True)
class Judged(Tally):
    right: int
    """Shown items judged `unique`."""
    judged: int
    """Shown items that a gold line names."""
    shown: int
    elsewhere: int
    """Shown items judged reported by another article."""


def verdict(fact: Fact, doc_of: Mapping[str, int], items: Sequence[GoldItem]) -> str | None:
    """The gold verdict on one shown item, None when no gold line names it."""
    for doc, words, said, *_ in items:
        if names(fact.statement, doc_of, doc, words):
            return str(said)
    return None


def judge(facts: Sequence[Fact], doc_of: Mapping[str, int], items: Sequence[GoldItem]) -> Judged:
    """The section's items against one cluster's gold; `doc_of` maps article ids to the
    documents' indices in the cluster."""
    verdicts = [verdict(fact, doc_of, items) for fact in facts]
    return Judged(
        right=verdicts.count("unique"),
        judged=len(verdicts) - verdicts.count(None),
        shown=len(verdicts),
        elsewhere=verdicts.count("elsewhere"),
    )
