"""Hand-checked judgements of agreement pairs (fixtures/agreement_gold.json) and the
precision and recall of the "Agreed by all / most" section against them.

A shown pair is a fact's statement with one of its support sentences: the section claims
they report the same fact. A pair is judged when a gold pair names both sentences (in
either order); gold pairs judged `true` count as found when both sentences stand in one
fact.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from chorus.analyze.model import Fact
from chorus.model import Sentence

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "agreement_gold.json").read_text(encoding="utf-8")
)["clusters"]

GoldPair = Sequence[object]
"""[doc a, substring of a, doc b, substring of b, same fact?]"""


@dataclass(frozen=True, slots=True)
class Judged:
    right: int
    """Shown pairs judged the same fact."""
    judged: int
    """Shown pairs that a gold pair names."""
    shown: int
    found: int
    """Gold same-fact pairs whose sentences stand in one fact."""
    same: int
    """Gold same-fact pairs."""

    def __add__(self, other: Judged) -> Judged:
        return Judged(
            self.right + other.right,
            self.judged + other.judged,
            self.shown + other.shown,
            self.found + other.found,
            self.same + other.same,
        )


def _is(sentence: Sentence, doc_of: Mapping[str, int], doc: object, words: object) -> bool:
    return doc_of.get(sentence.article.id) == doc and str(words) in sentence.text


def _verdict(
    x: Sentence, y: Sentence, doc_of: Mapping[str, int], pairs: Sequence[GoldPair]
) -> bool | None:
    for doc_a, words_a, doc_b, words_b, same in pairs:
        forward = _is(x, doc_of, doc_a, words_a) and _is(y, doc_of, doc_b, words_b)
        backward = _is(y, doc_of, doc_a, words_a) and _is(x, doc_of, doc_b, words_b)
        if forward or backward:
            return bool(same)
    return None


def judge(facts: Sequence[Fact], doc_of: Mapping[str, int], pairs: Sequence[GoldPair]) -> Judged:
    """The section's facts against one cluster's gold pairs; `doc_of` maps article ids to
    the documents' indices in the cluster."""
    verdicts = [
        _verdict(fact.statement, support, doc_of, pairs)
        for fact in facts
        for support in fact.support
    ]
    same = [p for p in pairs if p[4]]
    found = sum(
        any(_verdict(x, y, doc_of, [pair]) for f in facts for x in f.sentences for y in f.sentences)
        for pair in same
    )
    return Judged(
        right=verdicts.count(True),
        judged=len(verdicts) - verdicts.count(None),
        shown=len(verdicts),
        found=found,
        same=len(same),
    )
