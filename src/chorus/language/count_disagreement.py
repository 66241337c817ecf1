"""Whether two sentences' counts disagree: one quantity counted with values no reading of
both can match (`counts` reads each sentence's counts)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from chorus.language.counts import ATTACKERS, FIXED, Count
from chorus.language.numbers import ROUGH_SHARE

FLOOR_REACH = 2.0
"""A figure up to twice a floor is a rival of the figure the floor's source gives ("more
than 7,500" against 9,000); past that, more often a count of something wider (another
storm, a whole war: 74 against "2,361 dead" in a typhoon of another year)."""
_ATTACKER = re.compile(ATTACKERS, re.IGNORECASE)
BELONGING = frozenset(("nationals", "citizens", "foreigners", "expatriates", "expats", "tourists"))
"""Nouns that count a group by where its people belong: a part of a toll that counts
everyone ("eight of the 15 french nationals killed" against the 66 on board, Multi-News+
train 37068), a rival only of a count of the same group."""


def _one_quantity(a: Count, b: Count) -> bool:
    """Whether two counts may be of one thing: one quantity, parts only against the same
    part, the counted nouns and places the same when both sentences name one."""
    if a.quantity != b.quantity or a.part != b.part:
        return False
    if a.place and b.place and a.place != b.place:
        return False  # another place, or a part of it ("Sarmeen in Idlib" / "Idlib")
    kinds = _kind(a.what), _kind(b.what)
    narrowed = a.part or (a.what and b.what) or a.quantity in FIXED
    if narrowed or "attackers" in kinds or not BELONGING.isdisjoint(kinds):
        return kinds[0] == kinds[1]  # attackers only against attackers: "killed 2,000"
    return True


def _kind(what: str) -> str:
    """The counted noun, the attackers under one name: "two of the gunmen" and "three
    terrorists" count one group."""
    return "attackers" if _ATTACKER.fullmatch(what) else what


def _high(count: Count, closed: bool) -> float:
    """The highest value a count allows; a floor ("at least 144") closed at the figure its
    source gives, plus the margin of a rough figure, when `closed`."""
    if closed and math.isinf(count.high):
        return count.low * (1 + ROUGH_SHARE)
    return count.high


def _overlap(a: Count, b: Count, closed: bool) -> bool:
    """Whether some value of one can be the other's, with or without the attackers one
    includes: "20 dead, including the three gunmen" allows the 17 victims."""
    high_a, high_b = _high(a, closed), _high(b, closed)
    return any(
        a.low - x <= high_b - y and b.low - y <= high_a - x
        for x in {0.0, a.attackers}
        for y in {0.0, b.attackers}
    )


def _rival_of_floor(a: Count, b: Count) -> bool:
    """Whether two counts that meet only past a floor are rival figures of one quantity:
    one floor, not two ("at least 74" and "at least 129" may both be right), and the
    other figure within `FLOOR_REACH` of it."""
    floors = [count for count in (a, b) if math.isinf(count.high)]
    if len(floors) != 1:
        return False
    other = b if floors[0] is a else a
    return other.low <= floors[0].low * FLOOR_REACH


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A quantity two sentences both count with values that do not meet."""

    quantity: str
    ours: list[Count]
    theirs: list[Count]
    past_floor: bool
    """The values meet only through a floor's open end: "more than 7,500" allows 9,000,
    but the source's own figure is 7,500, well below 9,000."""


def disagreement(
    a: list[Count], b: list[Count], days_a: frozenset[str], days_b: frozenset[str]
) -> list[Disagreement]:
    """The quantities two sentences both count whose values no reading of both can match,
    or match only past a floor. Sentences that date their counts on different weekdays
    ("Monday" / "Tuesday") count different events."""
    if days_a and days_b and days_a.isdisjoint(days_b):
        return []
    found = []
    for name in dict.fromkeys(c.quantity for c in a):
        pairs = [(o, t) for o in a for t in b if o.quantity == name and _one_quantity(o, t)]
        if not pairs or any(_overlap(o, t, closed=True) for o, t in pairs):
            continue
        met = [(o, t) for o, t in pairs if _overlap(o, t, closed=False)]
        if met and (name in FIXED or not all(_rival_of_floor(o, t) for o, t in met)):
            continue
        ours = list(dict.fromkeys(o for o, _ in pairs))
        theirs = list(dict.fromkeys(t for _, t in pairs))
        found.append(Disagreement(name, ours, theirs, past_floor=bool(met)))
    return found
