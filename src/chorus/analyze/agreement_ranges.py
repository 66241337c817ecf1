"""A range of sizes or distances one article gives otherwise (agreement_supports.agreeing):
raw 209's "The objects spotted by the Thai satellite on Monday were between 2 meters (6.5 ft)
and 16 meters (52 ft) in size and were in an area around 2,700 km ..." is not agreed by the
BBC's "... some 300 floating objects scattered over an area about 2,700km ...", whose
article has the same official say "the objects ranged from 2m to 15m (6.5ft to 50ft) in
size": a range whose ends differ is not one agreed figure, and the statement gives it."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.model import Sentence

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


def _number(written: str) -> float | None:
    """A range end's value; None for digits with two points or more ("1.2.3": a version
    or a section number, no measure)."""
    try:
        return float(written.replace(",", "").rstrip("."))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _ranges(text: str) -> frozenset[Range]:
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


def _told_otherwise(ours: frozenset[Range], theirs: frozenset[Range]) -> bool:
    """Whether a range of `theirs` shares one end and the unit of one of `ours`, not both
    ends: one measure given two ways."""
    return any(
        unit == their_unit and (low == their_low) != (high == their_high)
        for unit, low, high in ours
        for their_unit, their_low, their_high in theirs
    )


def ranges_apart(statement: Sentence, support: Sentence) -> bool:
    """Whether either sentence gives a range the other's article gives with another end."""
    return any(
        (ours := _ranges(one.text)) and _told_otherwise(ours, _ranges(other.article.text))
        for one, other in ((statement, support), (support, statement))
    )
