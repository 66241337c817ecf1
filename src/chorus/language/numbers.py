"""Numbers as written in English news text: digits, number words and tens in words, the
scale words that multiply them ("two dozen" is 24) and the bound words before them ("at
least 156" allows 156 and up, "about 600" 540–660). `figures` reads every number of a
sentence (`with_money_ranges` a range of sums as one figure of its two ends); what a number
counts is read by counts.py on top of this.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

NUMBER_WORDS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
"""Tens in words, which a count may be written in ("Thirty people died", "forty-two
percent"), read by `counts` and `figures` alike."""
SCALES = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
"""Words that multiply the number before them, one after another ("two dozen" is 24, "one
hundred million" 1e8); alone ("a dozen", "dozens", "hundreds") they are no number."""
SUM_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
"""The scales a sum of money is written with ("$1.2 million", "$5 trillion"), one list for
the sum readers of the agreement and the summary: `SCALES` stops at "billion"."""
SUM_SCALE = "|".join(SUM_SCALES)
LOWER_BOUND = r"at least|more than|over|upwards of|in excess of|no fewer than"
UPPER_BOUND = r"as many as|up to|nearly|almost|fewer than|less than|under|no more than"
ROUGHLY = r"about|around|some|approximately|roughly|an estimated|estimated"
ROUGH_SHARE = 0.1
""""About 600" is read as 540–660."""


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of `words` grouped by first letter ("t(?:wo|hree|en)"): `re` tries
    each group's letter once, not each word's (~10% of `counts`' time)."""
    letters = dict.fromkeys(word[0] for word in words)
    return "|".join(
        f"{letter}(?:{'|'.join(w[1:] for w in words if w[0] == letter)})" for letter in letters
    )


DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
"""A number in digits: "1,200", "3.5", "300"."""
GLUED_UNITS = ("m", "bn", "km", "cm", "mm", "kg", "ft", "mph")
"""Units written onto a figure ("ranged from 2m to 15m", "£36bn", "15km"): the figure is
read, the unit left as the word after it."""


# The lookahead (a digit, a number word's first letter) fails fast; no part of a number
# is read ("3,500-page" is not 3, nor "1.5-mile" 1), as no number joined to a word is but
# for a unit.
def _number_pattern(words: str) -> re.Pattern[str]:
    """A number in digits or in `words` (an alternation), and the scale words after it."""
    return re.compile(
        r"(?=[\dotfsen])(?<![\w.,:/-])("
        + DIGITS
        + "|"
        + words
        + r")(?:(?<=\d)(?=(?:"
        + "|".join(GLUED_UNITS)
        + r")(?![\w:/-]))|(?![\w:/-]|[.,]\d))((?:\s+(?:"
        + "|".join(SCALES)
        + r")\b)*)",
        re.IGNORECASE,
    )


NUMBER = _number_pattern(
    rf"(?:{_by_first_letter(TENS[1:] + NUMBER_WORDS)})"
    rf"(?:(?<=ty)[- ](?:{'|'.join(NUMBER_WORDS[:9])})\b)?"
)
"""A number: tens in words too, alone or with a unit ("twenty-five", "Thirty"), the unit
tried only after "-ty"."""
BOUND = re.compile(rf"\b(?:({LOWER_BOUND})|({UPPER_BOUND})|({ROUGHLY}))\s+$", re.IGNORECASE)
"""The bound words ending the text before a number: a floor, a ceiling or a rough figure."""
WINDOW = 40
"""Characters before a number read for its bound words (and, by `counts`, after it for
its noun and counting words)."""
_WORD_BREAK = re.compile(r"[- ]+")
"""Compiled once: by `re.split` it was taken from `re`'s cache, which the patterns compiled
for each cluster fill and turn over (512 entries, the oldest dropped first)."""


def _word_value(word: str) -> float:
    """The value of one number word ("seven", "thirty")."""
    if word in TENS:
        return 20.0 + 10 * TENS.index(word)
    return float(NUMBER_WORDS.index(word) + 1)


def value_of(token: str, scales: str = "") -> float:
    """The value of a number and the scale words after it ("two dozen": 24)."""
    lowered = token.lower()
    if lowered[0].isdigit():
        number = float(lowered.replace(",", ""))
    else:
        number = sum(_word_value(word) for word in _WORD_BREAK.split(lowered))
    return number * math.prod(SCALES[scale] for scale in scales.lower().split())


def bounded(bound: re.Match[str] | None, number: float, dozens: bool) -> tuple[float, float, str]:
    """The values a number allows given the bound words before it (`BOUND`'s match), and
    those words; a count in dozens is a round figure ("two dozen" against 23 is no
    conflict), rough as "about"."""
    if bound is None:
        if dozens:
            return number * (1 - ROUGH_SHARE), number * (1 + ROUGH_SHARE), ""
        return number, number, ""
    words = " ".join(bound.group().lower().split())
    if bound.group(1):
        return number, math.inf, words
    if bound.group(2):
        return 0.0, number, words
    return number * (1 - ROUGH_SHARE), number * (1 + ROUGH_SHARE), words


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written, whatever it counts (a year, a day of the month, a sum too): the
    values its bound allows and where it stands, its bound words included."""

    low: float
    high: float
    start: int
    """Where the number begins, or its bound words before it ("at least 156")."""
    end: int
    """Where the number ends, its scale words included ("six million")."""


_BOUND_ENDS = frozenset(
    phrase.split()[-1]
    for bound in (LOWER_BOUND, UPPER_BOUND, ROUGHLY)
    for phrase in bound.split("|")
)
"""The last words of the bound words: a number after any other word has no bound, and
`BOUND`'s search, tried at each place of the words before, is spared."""


def _last_word(before: str) -> str:
    """The letters ending the last word of `before`, lowercased, if whitespace follows it
    (as `BOUND` needs); "" otherwise."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return ""
    start = len(stripped)
    while start and stripped[start - 1].isalpha():
        start -= 1
    return stripped[start:].lower()


def figures(text: str) -> list[Figure]:
    """Every number of a sentence, read as `counts` reads a count's number: "six million"
    is 6e6, "Thirty" 30, "at least 156" allows 156 and up, "about 600" 540–660."""
    found = []
    for match in NUMBER.finditer(text):
        before = text[max(0, match.start() - WINDOW) : match.start()]
        number = value_of(match.group(1), match.group(2))
        bound = BOUND.search(before) if _last_word(before) in _BOUND_ENDS else None
        low, high, _ = bounded(bound, number, "dozen" in match.group(2).lower())
        start = match.start() - (len(bound.group()) if bound else 0)
        found.append(Figure(low, high, start, match.end()))
    return found


_MONEY_RANGE = re.compile(
    # the low end's scale words ("$ 11 million-$ 15 million") or none ("$300-$400 billion")
    rf"\$\s?({DIGITS})((?:\s+(?:{'|'.join(SCALES)})\b)*)\s?[-–]\s?\$\s?(?=\d)",
    re.IGNORECASE,
)
"""A range of two sums of money up to its high end's digits: a dollar sign at both ends, a
dash between."""


def with_money_ranges(text: str, found: list[Figure]) -> list[Figure]:
    """`found` (`figures(text)`) with each range of sums written "$300-$400 billion" read as
    one figure from its low end to its high end, as a bound is: `figures` reads no number
    before a hyphen, so the range read as its high end alone, and one before an en dash as
    a figure of its own, without the high end's scale ("$300" of "$300–$400 billion"). A low
    end written with no scale takes the high end's."""
    ranges = list(_MONEY_RANGE.finditer(text)) if "$" in text else []
    if not ranges:
        return found
    by_start = {figure.start: figure for figure in found}
    for match in ranges:
        high = by_start.get(match.end())
        written = NUMBER.match(text, match.end())
        if high is None or written is None:
            continue
        scales = match.group(2) or written.group(2)
        low = value_of(match.group(1), scales)
        by_start.pop(match.start(1), None)
        by_start[match.end()] = Figure(low, high.high, match.start(1), high.end)
    return sorted(by_start.values(), key=lambda figure: figure.start)
