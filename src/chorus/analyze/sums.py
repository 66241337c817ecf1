"""Sums of money of one thing that two sources give two values: raw validation 77's "about
$500,000 in tax revenue" against "about $1 million in tax revenue", each told beside the
same "$3 million in sales" of the same four days.

Counts (counted.py) leave money out: two close sentences' sums are most often of different
things or moments (a deal against another deal, budgets line by line, share prices hour by
hour: the eighth pass found none of 115 such pairs of the seeds, raw and DUC clusters one
sum given two values). So a sum is read only with what it is "in" ("$500,000 in tax
revenue"), and two are set against each other only when the two sentences also give one
sum of another thing alike ("$3 million in sales"): one tally of one moment, told two ways
in one part of it. A sum is read in every scale of `SUM_SCALES` ("$4 trillion in debt"), and
a range as its two ends ("$300-$400 billion", "between $3 and $5 million"), which `Sum.meets`
takes as any figure between them, so a range meets a figure inside it and not one past it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import STOP_WORDS, Similarity, stems
from chorus.language.numbers import BOUND, DIGITS, ROUGH_SHARE, SUM_SCALE, SUM_SCALES, bounded

_NOT_NOUNS = STOP_WORDS | frozenset(("between", "over", "during", "since", "last", "each", "per"))
"""Words that end what a sum is in ("$3 million in sales and the state ...")."""
_SCALE = rf"(?:\s+(?:{SUM_SCALE})\b)?"
_SUM = re.compile(
    # a range's second end after a dash, "to" or "and" ("$300-$400 billion", "$25 billion
    # to $50 billion", "between $3 and $5 million"); the pattern opens on the "$": an
    # optional "between" before it made the search some fifteen times slower
    rf"\$\s?(?P<low>{DIGITS})(?P<low_scale>{_SCALE})(?:\s*(?P<joint>-|–|\sto\s|\sand\s(?=\$))"
    rf"\s*(?P<second>\$?\s?(?P<high>{DIGITS})(?P<high_scale>{_SCALE})))?"
    r"\s+in\s+(?P<thing>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
"""A sum of money, or a range of two, and the two words after its "in" ("$3 million in
sales revenue", "$300-$400 billion in new deficit spending")."""
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
"""The word opening a range whose ends "and" joins, ending the text before it."""


@dataclass(frozen=True, slots=True)
class Sum:
    """A sum as written, the values its bound allows and the stems of what it is in."""

    written: str
    low: float
    high: float
    thing: str
    of: frozenset[str]

    def same_thing(self, other: Sum) -> bool:
        """Whether two sums are of one thing: what one is in holds what the other is
        ("sales" / "sales revenue"; not "tax revenue" / "tax breaks")."""
        return self.of <= other.of or other.of <= self.of

    def meets(self, other: Sum) -> bool:
        """Whether two sums can be one figure: their bounds' ranges, each widened by a
        tenth for rounding, overlap."""
        grow = 1 + ROUGH_SHARE
        return self.low <= other.high * grow and other.low <= self.high * grow


def _value(digits: str, scale: str) -> float:
    """A sum's value from its digits and scale word ("1.2", " million": 1.2e6)."""
    return float(digits.replace(",", "")) * SUM_SCALES.get(scale.strip().lower(), 1.0)


def _read(match: re.Match[str], text: str) -> tuple[int, float, float]:
    """Where a sum begins and its two ends: one value twice, or a range's, whose low end
    written with no scale takes its high end's ("$300-$400 billion"). Two sums joined by
    "and" with no "between" before them are two ("$5 million and $3 million in sales"): the
    first is told with no "in", so the second is read alone."""
    if match["high"] is None:
        value = _value(match["low"], match["low_scale"])
        return match.start(), value, value
    high = _value(match["high"], match["high_scale"])
    start = match.start()
    if match["joint"].strip().lower() == "and":
        between = _BETWEEN.search(text, max(0, start - len("between") - 4), start)
        if between is None:
            return match.start("second"), high, high
        start = between.start()
    return start, _value(match["low"], match["low_scale"] or match["high_scale"]), high


def sums(text: str) -> list[Sum]:
    """The sums of a sentence told with what they are in; a range is read as its two ends."""
    found = []
    for match in _SUM.finditer(text):
        words = []
        for word in match["thing"].lower().split():
            if word in _NOT_NOUNS:
                break
            words.append(word)
        if not words:
            continue
        start, least, most = _read(match, text)
        bound = BOUND.search(text[max(0, start - 40) : start])
        low, _, bound_words = bounded(bound, least, dozens=False)
        _, high, _ = bounded(bound, most, dozens=False)
        figure = text[start : max(match.end("low_scale"), match.end("high_scale"))]
        written = f"{bound_words} {figure}" if bound_words else figure
        thing = " ".join(words)
        found.append(Sum(written, low, high, thing, frozenset(stems(thing))))
    return found


def _disputed(a: Sequence[Sum], b: Sequence[Sum]) -> tuple[Sum, Sum] | None:
    """Two sums of one thing that cannot be one figure, when the two sentences give one sum
    of another thing alike and neither gives the other's figure of the disputed thing."""
    for x in a:
        for y in b:
            if not x.same_thing(y) or x.meets(y):
                continue
            if any(x.same_thing(z) and z.meets(y) for z in a) or any(
                y.same_thing(z) and z.meets(x) for z in b
            ):
                continue
            if any(u.same_thing(v) and u.meets(v) and not u.same_thing(x) for u in a for v in b):
                return x, y
    return None


def sum_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], priced: Set[int]
) -> list[Conflict]:
    """Sums of one thing given two values in close sentences (`pairs`; `priced`, the rows
    of those that hold a "$") of two articles; each side holds the other sentences that
    give its figure against the same rival, so one dispute is shown once with the outlets
    behind each figure."""
    sentences = similarity.sentences
    read = {row: found for row in priced if len(found := sums(sentences[row].text)) > 1}
    disputes: dict[tuple[int, int], tuple[Sum, Sum]] = {}
    for i, j, _ in pairs:
        if i not in read or j not in read:
            continue
        if sentences[i].article is not sentences[j].article and (
            found := _disputed(read[i], read[j])
        ):
            disputes[(i, j)] = found
            disputes[(j, i)] = found[1], found[0]
    shown: set[tuple[int, int]] = set()
    conflicts = []
    for (i, j), (x, y) in sorted(disputes.items()):
        if (i, j) in shown or (j, i) in shown:
            continue
        side_a = [r for (r, rival), (u, _) in disputes.items() if rival == j and u.meets(x)]
        side_b = [r for (r, rival), (u, _) in disputes.items() if rival == i and u.meets(y)]
        shown.update((r, s) for r in side_a for s in side_b)
        what = max(x.thing, y.thing, key=len)
        conflicts.append(
            Conflict(
                "number",
                tuple(sentences[r] for r in sorted(side_a)),
                tuple(sentences[r] for r in sorted(side_b)),
                f"Different sums for {what}: {x.written} vs {y.written}",
            )
        )
    return conflicts
