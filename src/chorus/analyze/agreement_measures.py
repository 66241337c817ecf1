"""A statement and a linked sentence that give one value in two units of measure
(agreement_supports.agrees): "between 6 and 8 feet below the floor" / "out of service eight
stories below" (raw 17) tell two distances, as facts.supports reads only another value; or
two parts of a whole, each counted after "including", of two values ("riddled with
violations, including 45 directly related to the elevators" / "50 open building code
violations, including four elevator violations", raw 17), which facts.supports lets pass:
"including" is a link word, which ties a figure to nothing. One measure with its unit both
write links two sentences scoring below the agreement threshold (`measured_alike`)."""

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


_MEASURE_UNITS = {
    **dict.fromkeys(("g", "gram", "grams"), "g"),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), "lb"),
    **dict.fromkeys(("oz", "ounce", "ounces"), "oz"),
    **dict.fromkeys(("ton", "tons", "tonne", "tonnes"), "ton"),
    **dict.fromkeys(("ft", "foot", "feet"), "ft"),
    **dict.fromkeys(("inch", "inches"), "inch"),
    **{unit: unit for unit in ("cm", "mm", "mph", "kph")},
    **dict.fromkeys(("acre", "acres"), "acre"),
    **dict.fromkeys(("hectare", "hectares"), "hectare"),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), "m"),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("mile", "miles"), "mile"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "litre"),
    **dict.fromkeys(("gallon", "gallons"), "gallon"),
}
"""Units of measure by the word written after (or onto) a number, each spelling as one form."""
_MEASURE = re.compile(
    # not a sum ("£36m" is 36 million) nor a part of a longer number
    r"(?<![\w.,$£€])(\d[\d,]*(?:\.\d+)?)[\s-]?("
    + "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

_DIGITS = re.compile(r"\d+")


def _measures(text: str) -> set[tuple[str, str]]:
    """The measures a sentence gives, as (figure, unit in its short form)."""
    return {(m[1], _MEASURE_UNITS[m[2].lower()]) for m in _MEASURE.finditer(text)}


def measured_alike(a: str, b: str, shared: set[str]) -> bool:
    """Whether two sentences give one measure with its unit whose figure is an own word both
    write (`shared`): "The Carpentier heart weighs 900g, ..." / "The Carmat device ...
    weighs about 900g (around 2 lb) ..." (raw 179: 0.30) weigh one thing. Over the 250 raw,
    30 DUC and first 1,000 Multi-News+ validation clusters, four pairs below the agreement
    threshold give a measure in common; the two sharing a word besides tell one fact, the
    two sharing none two ("110 mph (177 kph) winds hit" / "no match for 110 mph (177 kph)
    winds", DUC 24), so a word besides is wanted too (agreement_links.links_below)."""
    common = _measures(a) & _measures(b)
    if not common:
        return False
    # a stem keeps a figure's digits and a unit written onto it ("900g"), not its comma
    # ("1,500" is "1" and "500")
    figures_shared = {_DIGITS.match(stem)[0] for stem in shared if stem[0].isdigit()}
    return any(
        part[:5] in figures_shared for figure, _ in common for part in _DIGITS.findall(figure)
    )
