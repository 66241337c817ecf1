"""Hand-checked judgements of conflict pairs (fixtures/conflict_gold.json) and the
precision and recall of the "Conflicts" section against them.

A shown pair is a sentence of a conflict's one side with a sentence of its other side: the
section claims they cannot both be right. A pair is judged when a gold pair names both
sentences (in either order); gold pairs judged `true` count as found when their sentences
stand on the two sides of one conflict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from chorus.analyze.model import Conflict
from chorus.model import Sentence

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["clusters"]

GoldPair = Sequence[object]
"""[doc a, substring of a, doc b, substring of b, a real conflict?]"""


@dataclass(frozen=True, slots=True)
class Judged:
    right: int
    """Shown pairs judged a real conflict."""
    judged: int
    """Shown pairs that a gold pair names."""
    shown: int
    found: int
    """Gold real conflicts shown."""
    real: int
    """Gold real conflicts."""

    def __add__(self, other: Judged) -> Judged:
        return Judged(
            self.right + other.right,
            self.judged + other.judged,
            self.shown + other.shown,
            self.found + other.found,
            self.real + other.real,
        )


def _is(sentence: Sentence, doc_of: Mapping[str, int], doc: object, words: object) -> bool:
    return doc_of.get(sentence.article.id) == doc and str(words) in sentence.text


def _verdict(
    x: Sentence, y: Sentence, doc_of: Mapping[str, int], pairs: Sequence[GoldPair]
) -> bool | None:
    for doc_a, words_a, doc_b, words_b, real in pairs:
        forward = _is(x, doc_of, doc_a, words_a) and _is(y, doc_of, doc_b, words_b)
        backward = _is(y, doc_of, doc_a, words_a) and _is(x, doc_of, doc_b, words_b)
        if forward or backward:
            return bool(real)
    return None


def shown_pairs(conflicts: Sequence[Conflict]) -> list[tuple[Sentence, Sentence]]:
    return [(x, y) for c in conflicts for x in c.side_a for y in c.side_b]


def judge(
    conflicts: Sequence[Conflict], doc_of: Mapping[str, int], pairs: Sequence[GoldPair]
) -> Judged:
    """The section's conflicts against one cluster's gold pairs; `doc_of` maps article ids
    to the documents' indices in the cluster."""
    shown = shown_pairs(conflicts)
    verdicts = [_verdict(x, y, doc_of, pairs) for x, y in shown]
    real = [p for p in pairs if p[4]]
    found = sum(any(_verdict(x, y, doc_of, [pair]) for x, y in shown) for pair in real)
    return Judged(
        right=verdicts.count(True),
        judged=len(verdicts) - verdicts.count(None),
        shown=len(verdicts),
        found=found,
        real=len(real),
    )
