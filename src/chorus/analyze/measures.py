"""Figures counts.py does not read: measurements with a unit, and how often something was
done.

- A measurement is a figure with a unit of length, weight, area, volume or speed, with the
  conversion its sentence gives beside it in brackets: "the 8,027-meter (26,330-foot)
  mountain", "the 26,291-foot (8,013 m) peak". Two sources give one quantity two values
  when, in every unit both write, their figures are near-equal (within `NEAR_SHARE`) but
  not equal: figures that far apart in one unit measure different things (bodies found at
  5,900 m, a base camp at 5,700 m), and a conversion rounded differently ("19,350 feet"
  and "19,356 feet", both 5,900 m) agrees in the other unit. A figure agrees with any
  value that rounds to it ("8,000 meters" with 8,013), and a bounded one ("about", "more
  than") is left out. Figure and unit stand apart ("8,013 m", "26,291-foot"; "23m" is not
  read). Money is no measurement here: the amounts of a story are most often lists of
  different items (a wedding's budget line by line, a share's price hour by hour).
- A frequency is "once", "twice" or "N times" after a verb and before what was done
  ("was shot once in the right leg", "struck twice in the leg"); two are of one act when
  the words after them share a content word (the leg). Rates ("twice a week"),
  comparisons ("100 times greater") and the other senses of "once" ("once again", "once
  they're done", "was once the site") are no frequency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.language.counts import other_days
from chorus.language.numbers import LOWER_BOUND, NUMBER_WORDS, ROUGHLY, UPPER_BOUND

NEAR_SHARE = 0.02
"""How far apart, as a share of the larger, two figures of one unit may be and still be
one quantity given two values: 8,027 against 8,013 m is 0.2 %; 1902's base camp at 5,700
m against the bodies at 5,900 m, 3.4 %, are two places."""
FREQUENCY_WORDS = 4
"""Words after a frequency that say what was done ("once in the right leg")."""

UNITS = {
    "m": r"meters?|metres?|m",
    "ft": r"feet|foot|ft",
    "km": r"kilometers?|kilometres?|km",
    "mi": r"miles?",
    "cm": r"centimeters?|centimetres?|cm",
    "in": r"inch(?:es)?",
    "kg": r"kilograms?|kg",
    "lb": r"pounds?|lbs?",
    "t": r"tons?|tonnes?",
    "gal": r"gallons?",
    "l": r"liters?|litres?",
    "acre": r"acres?",
    "ha": r"hectares?",
    "mph": r"mph|miles per hour",
    "km/h": r"km/h|kph|kilomet(?:er|re)s per hour",
}
"""Units by the name a reason shows, each with the words that write it (lower case only:
"M" may be a million)."""
_UNIT_WORDS = tuple((name, re.compile(words)) for name, words in UNITS.items())
UNIT_STEMS = frozenset(
    stems("meter meters metre metres feet foot ft kilometers kilometres km miles mile cm")
    + stems("centimeters centimetres inch inches kilograms kilogram kg pounds pound lb lbs")
    + stems("tons ton tonnes tonne gallons gallon liters liter litres litre acres acre")
    + stems("hectares hectare mph kph")
)
"""The stems (similarity.py) a sentence holds when it may hold a measurement: a look-up
in its stems where the measurement pattern cost ~5 µs a sentence. A bare "m" is no stem
(one letter), so metres written "m" are read only as a conversion ("26,291-foot (8,013
m)"): "m" alone would let every sentence through."""
FREQUENCY_STEMS = frozenset(stems("once twice thrice times"))
"""The stems a sentence holds when it may hold a frequency."""
_READ_STEMS = UNIT_STEMS | FREQUENCY_STEMS
"""A sentence holding neither is passed over with one test of its stems, not two."""
_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_UNIT = r"(" + "|".join(UNITS.values()) + r")(?![\w/])"
_FIRST_UNIT = r"(?!m\b)" + _UNIT
_MEASURE = re.compile(
    rf"(?<![\w.,$£€/-]){_FIGURE}[- ]{_FIRST_UNIT}(?:\s*\(\s*{_FIGURE}[- ]{_UNIT}\s*\))?"
)
"""A figure and its unit, and the conversion in brackets after it ("8,027-meter
(26,330-foot)"); no figure of money ("$5 m") or a range ("10-12 feet")."""
_BOUNDED = re.compile(
    rf"\b(?:{LOWER_BOUND}|{UPPER_BOUND}|{ROUGHLY}|as much as|only)\s+$", re.IGNORECASE
)
"""The bounds counts.py reads before a count, and "as much as" and "only" before a figure."""
_FREQUENCY = re.compile(
    r"(?<=[a-z,] )(once|twice|thrice|(\d+|" + "|".join(NUMBER_WORDS) + r") times)"
    r"(?![-\w])(?!\s+(?:a|an|per|every|each|the|as|more|again|upon|before|over|already|"
    r"greater|higher|larger|bigger|smaller|lower|faster|longer|that|they|we|he|she|it|you|I)\b)"
)
"""A frequency after a lower-case word ("shot once", "him once,"), not a rate or a
comparison ("twice a week", "100 times greater"), nor "once" that means "when" or
"formerly" ("once they're done", "once the site")."""
_NOT_FREQUENCY = re.compile(r"\b(?:at|all|than|for)\s+$")
"""Words before a frequency that make it none: "at once", "more than once", "for once"."""
_CLAUSE_END = re.compile(r"[,;:.!?)]")
TIMES = {"once": 1, "twice": 2, "thrice": 3}


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure in one unit and the step it is rounded to (10 for "26,330")."""

    unit: str
    value: float
    step: float

    def agrees(self, other: Reading) -> bool:
        """Whether the two can be one value: within half the coarser step of each other."""
        return abs(self.value - other.value) <= max(self.step, other.step) / 2

    def near(self, other: Reading) -> bool:
        return abs(self.value - other.value) <= NEAR_SHARE * max(self.value, other.value)


@dataclass(frozen=True, slots=True)
class Measure:
    """A measurement: its figure in each unit the sentence gives, and its words."""

    readings: tuple[Reading, ...]
    written: str


@dataclass(frozen=True, slots=True)
class Frequency:
    """How many times something was done, the stems of the words after it (what was
    done) and its words."""

    value: int
    after: frozenset[str]
    written: str


def rounding_step(figure: str) -> float:
    """The step a figure in digits is rounded to: 10 for "26,330", 0.1 for "4.6", 1 for
    "13"; a figure stands for the values within half of it."""
    digits = figure.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _reading(figure: str, unit: str) -> Reading:
    name = next(name for name, words in _UNIT_WORDS if words.fullmatch(unit))
    return Reading(name, float(figure.replace(",", "")), rounding_step(figure))


def measures(text: str) -> list[Measure]:
    """The measurements of a sentence, each with the conversion beside it; bounded figures
    ("about 8,000 meters") are left out."""
    found = []
    for match in _MEASURE.finditer(text):
        if _BOUNDED.search(text, max(0, match.start() - 20), match.start()):
            continue
        readings = [_reading(match.group(1), match.group(2))]
        if match.group(3):
            readings.append(_reading(match.group(3), match.group(4)))
        found.append(Measure(tuple(readings), match.group()))
    return found


def _one_quantity_two_values(a: Measure, b: Measure) -> bool:
    """Whether two measurements give one quantity two values: a unit in common, and in
    every unit they share figures near-equal but not equal."""
    shared = [(x, y) for x in a.readings for y in b.readings if x.unit == y.unit]
    return bool(shared) and all(x.near(y) and not x.agrees(y) for x, y in shared)


def _agreed(measure: Measure, others: Sequence[Measure]) -> bool:
    """Whether another sentence gives the measurement's value too, in some unit."""
    return any(
        x.unit == y.unit and x.agrees(y)
        for other in others
        for x in measure.readings
        for y in other.readings
    )


def frequencies(text: str) -> list[Frequency]:
    """How often the sentence says things were done: "shot once in the right leg"."""
    found = []
    for match in _FREQUENCY.finditer(text):
        if _NOT_FREQUENCY.search(text, max(0, match.start() - 8), match.start()):
            continue
        word = match.group(1)
        count = match.group(2)
        if count is None:
            value = TIMES[word]
        elif count.isdigit():
            value = int(count)
        else:
            value = NUMBER_WORDS.index(count) + 1
        end = _CLAUSE_END.search(text, match.end())
        words = text[match.end() : end.start() if end else len(text)].split()[:FREQUENCY_WORDS]
        after = frozenset(stems(" ".join(words)))
        if after:
            found.append(Frequency(value, after, " ".join((word, *words))))
    return found


def _measure_reason(a: Sequence[Measure], b: Sequence[Measure]) -> str | None:
    """What differs between two sentences' measurements, None when nothing does: a
    measurement of each that gives one quantity two values, neither given by the other
    sentence too."""
    for x in a:
        for y in b:
            if _one_quantity_two_values(x, y) and not _agreed(x, b) and not _agreed(y, a):
                return f"Different measurements: {x.written} vs {y.written}"
    return None


def _frequency_reason(a: Sequence[Frequency], b: Sequence[Frequency]) -> str | None:
    """What differs between two sentences' frequencies of one act (words after them in
    common), None when every such pair agrees or there is none."""
    same_act = [(x, y) for x in a for y in b if not x.after.isdisjoint(y.after)]
    if not same_act or any(x.value == y.value for x, y in same_act):
        return None
    x, y = same_act[0]
    return f"Different figures for how often: {x.written} vs {y.written}"


def measure_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], paired: Set[int]
) -> list[Conflict]:
    """Measurements and frequencies of one quantity that differ, in `pairs` of close
    sentences (`paired`, their rows) not told of different days of the week. A sentence is
    read only when its stems hold a unit or a frequency word."""
    sentences, held = similarity.sentences, similarity.stems
    measured = {}
    often = {}
    for row in paired:
        if _READ_STEMS.isdisjoint(held[row]):
            continue
        if not UNIT_STEMS.isdisjoint(held[row]):
            measured[row] = measures(sentences[row].text)
        if not FREQUENCY_STEMS.isdisjoint(held[row]):
            often[row] = frequencies(sentences[row].text)
    conflicts = []
    for i, j, _ in pairs:
        reason = None
        if measured.get(i) and measured.get(j):
            reason = _measure_reason(measured[i], measured[j])
        if reason is None and often.get(i) and often.get(j):
            reason = _frequency_reason(often[i], often[j])
        # a distance, a price ... told of another day may differ
        if reason and not other_days(sentences[i].text, sentences[j].text):
            conflicts.append(Conflict("number", (sentences[i],), (sentences[j],), reason))
    return conflicts
