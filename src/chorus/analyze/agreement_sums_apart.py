"""Two sentences each giving sums of money of their own, none the other's, linked by a word
below OPEN_THRESHOLD (agreement.py): raw 146's POLITICO "Though Democrats were unable to
secure complete parity ..., they were quick to note the agreement includes $20 billion for
infrastructure, $5.8 billion for child care and $6 billion to fight opioid addiction." and
AP's "... a two-year budget pact that would shower both the Pentagon and domestic programs
with almost $300 billion above existing limits, giving wins to ... Democrats seeking billions
for infrastructure projects and combatting opioid abuse." (0.353, linked by "infrastructure"
alone). The sums are the fact a sentence giving several of them tells; a line giving none of
them and a sum of its own tells another (here the deal's whole, which POLITICO gives as
"roughly $300 billion over two years": that pair, left unused, forms the story's central
row). Over the 250 raw and 30 DUC clusters, 84 sentences give two sums or more; 20 pairs
scoring from LOW_FLOOR to OPEN_THRESHOLD are so apart, all two facts (a day's outflow and
the reserves, a price and yearly sales, a year's share and the whole), raw 146's the only
one a word links."""

from __future__ import annotations

import re

from chorus.facts import placed_figures
from chorus.language.numbers import SCALES, SUM_SCALES

MIN_SUMS = 2
"""Sums a sentence gives for its sums to be its fact: one sum beside a word in common is
as often a detail one outlet adds to a fact both tell."""
_SHORT_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}
"""A scale cut short right after a figure: "$8.3m", "1bn"."""
_WORD_SCALES = {word: value for word, value in SUM_SCALES.items() if word not in SCALES}
"""A sum's scale in a word the figures leave unread, after a space: "$8 trillion"."""
_UNREAD_SCALE = re.compile(
    rf"({'|'.join(_SHORT_SCALES)})\b|\s({'|'.join(_WORD_SCALES)})\b", re.IGNORECASE
)
_UNREAD_SCALES = {**_SHORT_SCALES, **_WORD_SCALES}
_ROUNDING = 1.1
"""How far apart two outlets' sums for one thing may stand: a rate of exchange or a rounding
("$8.84 million" / "$8.3m")."""


def own_sums_apart(a: str, b: str, shared: set[str]) -> bool:
    """Whether of two sentences whose own words in common `shared` hold no figure one gives
    MIN_SUMS sums of money or more and the other gives a sum too, none of the one's values
    (`_meet`): each tells its own sums."""
    # a literal spares most pairs the figures' reading
    if "$" not in a or "$" not in b or any(stem[0].isdigit() for stem in shared):
        return False
    ours, theirs = _sums(a), _sums(b)
    if not ours or not theirs or max(len(ours), len(theirs)) < MIN_SUMS:
        return False
    return not any(_meet(one, other) for one in ours for other in theirs)


def _sums(text: str) -> tuple[tuple[float, float], ...]:
    """The values (low, high) of the sums of money a sentence gives, no year, a scale the
    figures leave unread (cut short: "$8.3m", "1bn"; "trillion") read too."""
    found = []
    for placed in placed_figures(text):
        if placed.money and not placed.year:
            figure = placed.figure
            unread = _UNREAD_SCALE.match(text, figure.end)
            scale = _UNREAD_SCALES[(unread[1] or unread[2]).lower()] if unread else 1.0
            found.append((figure.low * scale, figure.high * scale))
    return tuple(found)


def _meet(one: tuple[float, float], other: tuple[float, float]) -> bool:
    """Whether two sums may give one value ("almost $300 billion" / "roughly $300 billion"),
    rounded or converted apart by up to `_ROUNDING` (raw 168's "one billion yen ($8.84
    million)" / "1bn yen ($8.3m, £5.6m)")."""
    return one[0] <= other[1] * _ROUNDING and other[0] <= one[1] * _ROUNDING
