"""A statement and a linked sentence that give one value in two units of measure
(agreement_supports.agrees): "between 6 and 8 feet below the floor" / "out of service eight
stories below" (raw 17) tell two distances, as facts.supports reads only another value; or
two parts of a whole, each counted after "including", of two values ("riddled with
violations, including 45 directly related to the elevators" / "50 open building code
violations, including four elevator violations", raw 17), which facts.supports lets pass:
"including" is a link word, which ties a figure to nothing."""

from __future__ import annotations

import re
from collections import defaultdict

from chorus.language.numbers import figures

_UNITS = {
    **dict.fromkeys(("foot", "feet", "ft"), "foot"),
    **dict.fromkeys(("inch", "inches"), "inch"),
    **dict.fromkeys(("mile", "miles"), "mile"),
    **dict.fromkeys(("meter", "meters", "metre", "metres"), "metre"),
    **dict.fromkeys(("yard", "yards"), "yard"),
    **dict.fromkeys(("story", "stories", "storey", "storeys", "floor", "floors"), "storey"),
    **dict.fromkeys(("pound", "pounds"), "pound"),
}
"""Units of length, height and weight by the word written after a number: "stories" and
"floors" count one thing. Not spans of time: "two years ago" / "in the past two weeks"
(Multi-News+ 584) tell two spans of one story."""
_UNIT_WORDS = (
    "foot",
    "feet",
    "ft",
    "inch",
    "mile",
    "meter",
    "metre",
    "yard",
    "stor",
    "floor",
    "pound",
)
"""A part every unit word of `_UNITS` holds."""
_AFTER = re.compile(
    # "6 and 8 feet", "6-8 feet": the first number takes the second's unit
    r"(?:\s*(?:and|or|to|-|–)\s*[\d.,]+|\s+(?:and|or|to)\s+[a-z]+)?[\s-]+([A-Za-z]+)"
)


def _units(text: str) -> dict[tuple[float, float], set[str]]:
    """Each value's units (an ordinal's "23rd floor" is no measure: `_AFTER` wants a space)."""
    found: dict[tuple[float, float], set[str]] = defaultdict(set)
    lowered = text.lower()
    if not any(word in lowered for word in _UNIT_WORDS):
        return found  # most sentences: their figures are not read
    for figure in figures(text):
        after = _AFTER.match(text, figure.end)
        if after and (unit := _UNITS.get(after.group(1).lower())):
            found[figure.low, figure.high].add(unit)
    return found


def measured_apart(statement: str, support: str) -> bool:
    """Whether the two give one value in two units, neither in the other's: "6 and 8 feet
    below the floor" / "eight stories below" (raw 17) measure two distances."""
    ours = _units(statement)
    if not ours:
        return False
    theirs = _units(support)
    return any(value in theirs and ours[value].isdisjoint(theirs[value]) for value in ours)


_PART = "including "
"""What a part of a whole is counted after: "violations, including 45 ..."."""


def _parts(text: str) -> list[tuple[float, float]]:
    """The values counted right after "including" (a bound's words with them)."""
    if _PART not in text:
        return []  # most sentences: their figures are not read
    return [
        (figure.low, figure.high)
        for figure in figures(text)
        if text.endswith(_PART, 0, figure.start)
    ]


def parts_apart(statement: str, support: str) -> bool:
    """Whether each counts a part after "including" and no value of one is allowed by the
    other's: "including 45 directly related to the elevators" / "including four elevator
    violations" (raw 17) are two counts."""
    ours = _parts(statement)
    if not ours:
        return False
    theirs = _parts(support)
    return bool(theirs) and not any(
        low <= their_high and their_low <= high
        for low, high in ours
        for their_low, their_high in theirs
    )
