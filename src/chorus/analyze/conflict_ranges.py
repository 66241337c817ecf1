"""Ranges of one measure that differ at one end: Reuters' "The objects spotted by the Thai
satellite on Monday were between 2 meters (6.5 ft) and 16 meters (52 ft) in size ...,
Snidvongs said" against the BBC's "Anond Snidvongs ... told the BBC the objects ranged from
2m to 15m (6.5ft to 50ft) in size" (raw validation 209: one official on one image's ~300
objects, the largest 16 m or 15 m).

Two sentences as alike as two counts of one quantity (conflicts.NUMBER_SIMILARITY) whose
ranges share the unit and one end tell one measure, and the other end is what they give
two ways; this is the shape agreement_ranges.py keeps out of the agreed facts. Ranges that
differ at both ends are left (four places' snowfall against one city's rate an hour, raw
234: most often two things), and so is a pair when either article gives the other's range
too (it tells two things) or the two tell of different days of the week."""

from __future__ import annotations

from collections.abc import Sequence

from chorus.analyze.model import Conflict
from chorus.analyze.ranges import Range, one_end_apart, ranges
from chorus.analyze.similarity import Similarity
from chorus.language.counts import other_days
from chorus.model import Sentence


def _shown(measure: Range) -> str:
    unit, low, high = measure
    return f"{low:g} to {high:g} {unit}"


def _apart(ours: Sentence, theirs: Sentence) -> tuple[Range, Range] | None:
    """A range of each sentence, one end apart (`one_end_apart`), neither article giving
    the other's too; None when there is no such pair."""
    for one in ranges(ours.text):
        for other in ranges(theirs.text):
            if (
                one_end_apart(one, other)
                and other not in ranges(ours.article.text)
                and one not in ranges(theirs.article.text)
            ):
                return one, other
    return None


def range_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]]
) -> list[Conflict]:
    """A conflict for each measure that `pairs` of close sentences give ranges one end
    apart, not told of different days of the week; one for each two ranges."""
    sentences = similarity.sentences
    found: dict[str, Conflict] = {}
    for i, j, _ in pairs:
        ours, theirs = sentences[i], sentences[j]
        if not (ranges(ours.text) and ranges(theirs.text)):
            continue  # most sentences give no range: one cached look-up each
        apart = _apart(ours, theirs)
        if apart is None or other_days(ours.text, theirs.text):
            continue
        reason = f"Different ranges for one measure: {_shown(apart[0])} vs {_shown(apart[1])}"
        found.setdefault(reason, Conflict("number", (ours,), (theirs,), reason))
    return list(found.values())
