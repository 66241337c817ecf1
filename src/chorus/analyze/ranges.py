"""Ranges of a measure, "between 2 meters (6.5 ft) and 16 meters", "from 2m to 15m": read
for the agreed facts (agreement_ranges.py: a range one article gives with another end is no
agreed figure) and for the conflicts (conflict_ranges.py: nor one measure told alike)."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = {
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), "m"),
    **dict.fromkeys(("km", "kilometer", "kilometers", "kilometre", "kilometres"), "km"),
    **dict.fromkeys(("ft", "foot", "feet"), "ft"),
    **dict.fromkeys(("mile", "miles"), "mile"),
}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_RANGE = re.compile(
    # "2 meters (6.5 ft) and 16 meters", "2m to 15m": the second end's unit written too, a
    # gloss in another unit between
    rf"\b(\d[\d.,]*)\s?({_UNIT})\b(?:\s*\([^)]*\))?\s*(?:and|to|-|–)\s*(\d[\d.,]*)\s?({_UNIT})\b",
    re.IGNORECASE,
)
_MAY_RANGE = re.compile(rf"\d\s?(?:{_UNIT})\b", re.IGNORECASE)
"""What every range `_RANGE` finds holds, searched first: most sentences give none."""

Range = tuple[str, float, float]
"""A range's unit and its two ends."""


def _number(written: str) -> float | None:
    """A range end's value; None for digits with two points or more ("1.2.3": a version
    or a section number, no measure)."""
    try:
        return float(written.replace(",", "").rstrip("."))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def ranges(text: str) -> frozenset[Range]:
    """The ranges of a text, each as its unit and two ends (both ends in one unit)."""
    if not _MAY_RANGE.search(text):
        return frozenset()
    ends = (
        (_UNITS[unit.lower()], _number(low), _number(high))
        for low, unit, high, other in _RANGE.findall(text)
        if _UNITS[unit.lower()] == _UNITS[other.lower()]
    )
    return frozenset(
        (unit, low, high) for unit, low, high in ends if low is not None and high is not None
    )


def one_end_apart(ours: Range, theirs: Range) -> bool:
    """Whether two ranges share their unit and one end, not both: one measure given two
    ways."""
    unit, low, high = ours
    their_unit, their_low, their_high = theirs
    return unit == their_unit and (low == their_low) != (high == their_high)


def told_otherwise(ours: frozenset[Range], theirs: frozenset[Range]) -> bool:
    """Whether a range of `theirs` is one of `ours` with another end (`one_end_apart`)."""
    return any(one_end_apart(one, other) for one in ours for other in theirs)
