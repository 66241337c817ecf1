"""The most one move reached, given two ways: Business Insider's "the Dow Jones Industrial
Average falling as much as 1,500 points" against Politico's "the Dow Jones Industrial
Average plunging nearly 1,600 points at one point" (raw validation 19, one Monday's fall).

A move is a verb of falling or rising ("plunging", "gained", "down") and a figure of points
or percent after it. "As much as N" gives the most it reached; a figure told with "at one
point", "briefly", "intraday" or "at its low" gives a value it reached, which the most
cannot be below. Each figure stands for the values that round to it (half its step either
side: "1,500" is 1,450 up to 1,550), and its bound words narrow or widen that:
- "nearly", "almost", "just under", "close to" N: the values under N that round to it
  ("nearly 1,600" is 1,550 up to 1,600, no figure of 1,500);
- "more than", "over", "just over" N: anything over N;
- "about", "around", "roughly", "some" N: a tenth either side, or half a step if wider.
So "as much as 1,500" and "nearly 1,600 at one point" cannot both hold, but "about 1,500"
and "nearly 1,500" can, and so can "as much as 785" and "more than 700 at one point".

Two figures are set against each other when their sentences are a close pair (as alike as
two counts of one quantity), move one way in one unit, name a word in common right before
the verb (the thing that moved) and no two different weekdays; and neither article gives
the other's figure too. "As much as" told of a part of the session ("in Asian morning
trading", "after hours") is a value reached then, not the most of the day, and two values
reached are never rivals: each may be of another moment.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import cache

from chorus.analyze.measures import rounding_step
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity
from chorus.language.counts import other_days
from chorus.language.numbers import ROUGH_SHARE

CUES = ("as much as", "at one point", "briefly", "intraday", "at its ", "at the session")
"""Words, lower case, one of which a sentence holds when it may give a figure a move reached
("as much as", or `_AT_A_POINT`'s words)."""
_FALL = (
    r"fell|falling|falls?|plunged|plunging|plunges?|dropped|dropping|drops?|lost|losing|shed|"
    r"shedding|sank|sinking|sunk|tumbled|tumbling|slid|sliding|declined|declining|tanked|"
    r"tanking|plummeted|plummeting|skidded|down|off"
)
_RISE = (
    r"rose|rising|rises?|jumped|jumping|surged|surging|climbed|climbing|gained|gaining|"
    r"soared|soaring|advanced|advancing|spiked|spiking|rallied|rallying|up"
)
_BOUNDS = {
    "under": ("nearly", "almost", "just under", "close to"),
    "over": ("more than", "over", "just over"),
    "rough": ("about", "around", "roughly", "some"),
}
"""Bound words by what they do to the values a figure allows (module docstring)."""
_MOVE = re.compile(
    rf"\b(?:({_FALL})|({_RISE}))\s+(?:by\s+)?"
    rf"((?:as much as|{'|'.join(w for words in _BOUNDS.values() for w in words)})\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(points?|percent|per cent|%)(?!\w)",
    re.IGNORECASE,
)
"""A move and its figure: "falling as much as 1,500 points", "plunging nearly 1,600 points"."""
_AT_A_POINT = re.compile(
    r"\b(?:at one point|briefly|intraday|at (?:its|the session's) "
    r"(?:lowest|low|highest|high|worst|deepest|peak|bottom))\b",
    re.IGNORECASE,
)
"""Words that give a figure as a value a move reached, the most or not."""
_PART = re.compile(
    r"\b(?:(?:early|morning|afternoon|late|asian|european|extended|overnight|premarket|"
    r"pre-market|after-hours)\s+(?:\w+\s+)?trading|(?:after|before)[ -]hours|premarket|"
    r"pre-market)\b",
    re.IGNORECASE,
)
"""A part of a session: "as much as 10 % in asian morning trading" is that part's most."""
_SUBJECT_WORDS = 4
"""Words right before the verb read as what moved ("the Dow Jones Industrial Average")."""
_NOT_SUBJECT = frozenset(("the", "with", "and", "its", "was", "were", "had", "has", "have"))


@dataclass(frozen=True, slots=True)
class Reached:
    """A figure a move reached: the values it allows (from `low`, up to but not `high`),
    whether it is the most the move reached, and what moved."""

    fall: bool
    unit: str
    low: float
    high: float
    most: bool
    written: str
    subject: frozenset[str]

    def rival(self, other: Reached) -> bool:
        """Whether the two cannot both hold: two mosts with no value in common, or a value
        reached at or past the most."""
        if (self.fall, self.unit) != (other.fall, other.unit) or self.subject.isdisjoint(
            other.subject
        ):
            return False
        if self.most and other.most:
            return self.high <= other.low or other.high <= self.low
        if self.most != other.most:
            most, value = (self, other) if self.most else (other, self)
            return value.low >= most.high
        return False

    def allows(self, other: Reached) -> bool:
        """Whether the two share a value, of one move told one way."""
        return (self.fall, self.unit) == (other.fall, other.unit) and (
            self.low < other.high and other.low < self.high
        )


def _values(bound: str, figure: str) -> tuple[float, float]:
    """The values a figure and its bound words allow (module docstring)."""
    value = float(figure.replace(",", ""))
    half = rounding_step(figure) / 2
    if bound in _BOUNDS["under"]:
        return value - half, value
    if bound in _BOUNDS["over"]:
        return value, math.inf
    if bound in _BOUNDS["rough"]:
        margin = max(half, value * ROUGH_SHARE)
        return value - margin, value + margin
    return value - half, value + half


def _subject(before: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z][\w'’-]+", before.rsplit(",", 1)[-1])[-_SUBJECT_WORDS:]
    return frozenset(w.lower() for w in words if len(w) > 2) - _NOT_SUBJECT


@cache
def reached(text: str) -> tuple[Reached, ...]:
    """The figures a sentence (or an article) gives as reached by a move: "as much as"
    ones, and any one where it tells the move was at a point (`_AT_A_POINT`)."""
    at_a_point = _AT_A_POINT.search(text)
    found = []
    for move in _MOVE.finditer(text):
        bound = " ".join((move.group(3) or "").lower().split())
        # a "most" of a part of the session is a value the day reached, as "at one point"
        end = text.find(".", move.end())
        clause = text[move.end() : end if end >= 0 else len(text)]
        most = bound == "as much as" and not _PART.search(clause)
        if not most and not (bound == "as much as" or at_a_point):
            continue  # a close or a moment: neither the most nor a value it reached
        low, high = _values(bound, move.group(4))
        unit = "points" if move.group(5).lower().startswith("point") else "percent"
        written = text[move.start(3) if move.group(3) else move.start(4) : move.end()]
        if not most and at_a_point:
            written += f" ({at_a_point.group().lower()})"
        subject = _subject(text[max(0, move.start() - 80) : move.start()])
        found.append(Reached(move.group(1) is not None, unit, low, high, most, written, subject))
    return tuple(found)


def _gives(texts: Sequence[str], figure: Reached) -> bool:
    """Whether a sentence of an article (`texts`) gives a figure of the move that allows
    `figure`'s values."""
    return any(one.allows(figure) for text in texts for one in reached(text))


def extreme_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], cued: Set[int]
) -> list[Conflict]:
    """A conflict for each move the close `pairs` of sentences holding a cue (`cued`, their
    rows: `CUES`) give figures that cannot both hold (module docstring)."""
    sentences = similarity.sentences
    told: dict[str, list[str]] = {}
    for row in sorted(cued):  # an article's figures are read only in its cued sentences
        told.setdefault(sentences[row].article.id, []).append(sentences[row].text)
    conflicts = []
    for i, j, _ in pairs:
        if i not in cued or j not in cued:
            continue
        ours, theirs = sentences[i], sentences[j]
        if ours.article is theirs.article or other_days(ours.text, theirs.text):
            continue
        for one in reached(ours.text):
            other = next((o for o in reached(theirs.text) if one.rival(o)), None)
            if other is None:
                continue
            if _gives(told[ours.article.id], other) or _gives(told[theirs.article.id], one):
                continue  # an article giving both tells two moments
            what = "fall" if one.fall else "rise"
            reason = f"Different figures for the largest {what}: {one.written} vs {other.written}"
            conflicts.append(Conflict("number", (ours,), (theirs,), reason))
            break
    return conflicts
