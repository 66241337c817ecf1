"""Figures that link two sentences scoring below the agreement threshold
(agreement_links.links_below): a sum of money with its scale each article gives once
("roughly $300 billion over two years" / "almost $300 billion above existing limits", raw
146: 0.30), or the tally of a vote both give ("senators approved the blueprint by a near
party-line 52-46 vote" / "The 52-46 vote on the non-binding budget resolution put Congress
on a path ...", raw 72: 0.23). A lone figure most often joins two facts of one story at such
scores; a sum with its scale, or two counts of a vote in their order, are the fact."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable

from chorus.analyze.similarity import Similarity
from chorus.language.numbers import SUM_SCALE

_SCALED_SUM = re.compile(rf"\$\s?(\d[\d.,]*)\s*({SUM_SCALE})\b", re.IGNORECASE)
_TALLY = re.compile(r"\b(\d{1,3})[-–](\d{1,3})[ ]+(?:[a-z-]+[ ]+)?votes?\b")
"""The tally of a vote, its counts joined by a hyphen or a dash before "vote" (a word may
come between: "a 52-46 party-line vote"): "3-1" alone is as often a score or a ratio."""


def figures_link(a: str, b: str, shared: set[str]) -> bool:
    """Whether two sentences give one sum of money with its scale, its figure an own word
    both write (in `shared`), or one tally of a vote, both its counts in `shared`."""
    if "$" in a and "$" in b:
        common = _sums(a) & _sums(b)
        if any(re.match(r"\d+", value)[0] in shared for value, _ in common):
            return True
    if "vote" not in a or "vote" not in b:
        return False
    tallies = _tallies(a) & _tallies(b)
    return any(ours in shared and theirs in shared for ours, theirs in tallies)


def _sums(text: str) -> set[tuple[str, str]]:
    """The sums of money with a scale a sentence gives, as (figure, scale)."""
    return {(m[1].rstrip(".,"), m[2].lower()) for m in _SCALED_SUM.finditer(text)}


def _tallies(text: str) -> set[tuple[str, str]]:
    """The tallies of a vote a sentence gives, as their two counts."""
    return {(m[1], m[2]) for m in _TALLY.finditer(text)}


def tally_pairs(similarity: Similarity, floor: float) -> list[tuple[int, int, float]]:
    """(i, j, score) with i < j of two articles' sentences scoring below `floor` that give one
    tally of a vote: raw 72's two "52-46 vote" sentences score 0.23, under the pairs read."""
    # its literal spares most sentences the search
    return pairs_below(similarity, floor, lambda text: _tallies(text) if "vote" in text else ())


def pairs_below(
    similarity: Similarity, floor: float, keys: Callable[[str], Iterable[Hashable]]
) -> list[tuple[int, int, float]]:
    """(i, j, score) with i < j of two articles' sentences scoring below `floor` that share a
    key of `keys` (what a sentence gives: a vote's tally, a sum of one thing)."""
    keyed: dict[Hashable, list[int]] = {}
    for row, sentence in enumerate(similarity.sentences):
        for key in keys(sentence.text):
            keyed.setdefault(key, []).append(row)
    article_of, scores = similarity.article_of, similarity.scores
    return [
        (i, j, float(scores[i, j]))
        for rows in keyed.values()
        for at, i in enumerate(rows)
        for j in rows[at + 1 :]
        if article_of[i] != article_of[j] and scores[i, j] < floor
    ]
