"""A share told as a percentage by one sentence and as a fraction by the other
(agreement_supports.agrees): raw 132's "The cut follows Trump’s proposed 28 percent budget
reduction for diplomacy and foreign aid, ..." is not agreed by "The White House has proposed
cutting roughly one-third from the State Department's budget, ...": both give a share of a
budget, and 28 percent is not a third. facts.supports keeps out a support giving another
figure, but reads no fraction in words ("one-third", "half the vote"), so such a pair was
linked as one fact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chorus.analyze.similarity import stems

_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fourth": 25.0,
    "fifth": 20.0,
    "tenth": 10.0,
    "thirds": 200 / 3,
    "quarters": 75.0,
    "fourths": 75.0,
}
_FRACTION = re.compile(
    r"\b(?:(?:one|a)[- ](half|third|quarter|fourth|fifth|tenth)(?= of\b)"
    r"|one-(third|quarter|fourth|fifth|tenth)"
    r"|(?:two)[- ](thirds)|(?:three)[- ](quarters|fourths)"
    r"|(?<!-)(half)(?= (?:of|the|its|their|his|her)\b))"
    r"(?! of (?:a |one )?percent)",
    re.IGNORECASE,
)
"""A fraction in words of a thing: "one-third from the ... budget", "a third of its land",
"two-thirds of voters", "half the vote"; not an ordinal ("a third term", "a third-party
bid"), a half of a
percentage point (a percentage itself) nor a word joined to another ("half-brother")."""
_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
"""A percentage in digits: "28 percent", "7%"; not "percentage points", a change in a rate."""
_WORD = re.compile(r"[\w'’-]+")
_ABOVE = re.compile(r"\b(?:more than|over|at least|upwards of)\s*$", re.IGNORECASE)
_BELOW = re.compile(
    r"\b(?:less than|fewer than|under|up to|nearly|almost|just under)\s*$", re.IGNORECASE
)
"""Bound words before a share: "more than half" allows 56.8 percent (Multi-News+ validation
175's measles cases), "nearly a third" no more than a third."""
THING_WORDS = 5
"""Words after a share that name what it is a share of: "one-third from the State
Department's budget" (the fifth), "28 percent budget reduction" (the first)."""
SAME_SHARE = 3.0
"""Points by which a fraction without a bound and a percentage may part and give one share:
writers round 30 or 35 percent to "roughly a third", 48 to "about half"; 28 percent is no
third."""


@dataclass(frozen=True, slots=True)
class _Share:
    """The values a share as written allows and the stems of the words after it."""

    low: float
    high: float
    things: frozenset[str]

    def meets(self, other: _Share) -> bool:
        return self.low <= other.high and other.low <= self.high


def fraction_apart(statement: str, support: str) -> bool:
    """Whether one of the two gives a share of a thing as a fraction in words (`_FRACTION`) and
    the other a share of that thing (a content word in common among the THING_WORDS words
    after each) as a percentage the fraction does not allow, neither writing a share the
    other's allows."""
    return _parted(statement, support) or _parted(support, statement)


def _parted(fraction_text: str, percent_text: str) -> bool:
    # the literals spare nearly every pair the patterns, the rarer first
    if "%" not in percent_text and "cent" not in percent_text:
        return False
    lowered = fraction_text.lower()
    if not any(word in lowered for word in _FRACTION_WORDS):
        return False
    fractions = _fractions(fraction_text)
    if not fractions:
        return False
    percents = _percents(percent_text)
    # a sentence writing a share in both forms gives the other's share, however it is tied
    ours = fractions + _percents(fraction_text)
    theirs = percents + _fractions(percent_text)
    return any(
        fraction.things & percent.things
        and not any(share.meets(percent) for share in ours)
        and not any(share.meets(fraction) for share in theirs)
        for fraction in fractions
        for percent in percents
    )


_FRACTION_WORDS = ("half", "third", "quarter", "fourth", "fifth", "tenth")


def _fractions(text: str) -> list[_Share]:
    return [
        _share(text, found, _FRACTIONS[next(filter(None, found.groups())).lower()], SAME_SHARE)
        for found in _FRACTION.finditer(text)
    ]


def _percents(text: str) -> list[_Share]:
    return [_share(text, found, float(found[1]), 0.0) for found in _PERCENT.finditer(text)]


def _share(text: str, found: re.Match[str], value: float, slack: float) -> _Share:
    """A share as `found` writes it: above its value after "more than", below after "nearly",
    else its value give or take `slack` (a fraction's SAME_SHARE points)."""
    before = text[max(0, found.start() - 20) : found.start()]
    low, high = value - slack, value + slack
    if _ABOVE.search(before):
        low, high = value, 100.0
    elif _BELOW.search(before):
        low, high = 0.0, value
    after = _WORD.findall(text, found.end())[:THING_WORDS]
    return _Share(low, high, frozenset(stems(" ".join(after))))
