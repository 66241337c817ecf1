"""One story's death toll to date given as two floors by two articles: "The U.N. says more
than 8,000 people have been killed in the year-long uprising." (AP) and "The United Nations
estimates that more than 8,000 people have died so far ..." (Al Jazeera) against "...
Kofi Annan's mission to end bloodshed that has cost an estimated more than 9,100 lives in
the past year." (AFP; raw validation 76).

counted.py never sets two floors against each other ("at least 74" and "at least 129" may
both be right: count_disagreement's `_rival_of_floor`), reads "lives" as deaths only in
"lives lost", and compares only sentences at least conflicts.NUMBER_SIMILARITY alike (76's
AFP toll is a relative clause of a sentence about France's statement). Two floors of one
toll to date are still two sources' figures of one count, as a floor is read as its source's
figure there ("more than 7,500" against 9,000): a reader of either outlet alone takes a
different size of the war.

The rule reads only a toll told up to the time of writing, in the present perfect ("N
people have been killed", "N people have died", "has cost|claimed N lives"), given as a
floor, of no place named after it (counts.PLACE: "throughout Europe"). Two such tolls
conflict when the story gives two of them, no article both (conflict_sides.told_two_ways),
each figure closed at its source's own value plus a rough figure's margin (ROUGH_SHARE:
"at least 62" meets "at least 65") falls short of the other and the higher is within
count_disagreement.FLOOR_REACH of the lower (past that, a wider count: a whole war against
its last year). The reason says both are floors and a toll to date grows.

On the 250 raw and 30 DUC clusters the rule reads four tolls: 76's three and raw 47's
"more than 7,500 people have now died" (alone in its cluster); its one row is 76's. The
floors the sixty-ninth pass set against each other (DUC 20's and 24's storms, each toll
grown from one day's report to the next, DUC 19's Moscow count of November) are told in
the past tense, of a storm or a month over, and DUC 19's "have killed at least 62 people
throughout Europe" (against 65 and "more than 90 lives across Europe", the cold wave's
toll grown over a week) is placed: none is read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from chorus.analyze.conflict_sides import first_of_each, told_two_ways
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.language.count_disagreement import FLOOR_REACH
from chorus.language.counts import PLACE
from chorus.language.numbers import ROUGH_SHARE, Figure, figures
from chorus.model import Sentence

WORDS = ("have been killed", "have died", "lives")
"""The literals, in lower case, of every toll read: only sentences holding one are read."""
_DIED_AFTER = re.compile(r"^ (?:people|persons) have (?:now )?(?:been killed|died)\b")
"""After a floor, the dead counted to date: "more than 8,000 people have been killed"; not
"had died", a toll of a time past (and no literal of `WORDS`)."""
_LIVES_AFTER = re.compile(r"^ lives\b(?! lost)")
_COST_BEFORE = re.compile(
    r"\b(?:has|have) (?:now )?(?:cost|claimed|taken) (?:(?:an|some) )?(?:estimated )?$",
    re.IGNORECASE,
)
"""Before a floor of lives, a toll to date: "has cost an estimated" (more than 9,100)."""


def _toll(text: str, figure: Figure) -> str:
    """The words a floor of a toll to date is told in, as written ("more than 8,000 people
    have been killed"); "" when the figure is none."""
    if not math.isinf(figure.high):
        return ""
    before, after = text[: figure.start], text[figure.end :]
    found = _DIED_AFTER.match(after)
    if found is None and _COST_BEFORE.search(before):
        found = _LIVES_AFTER.match(after)
    if found is None or PLACE.match(after[found.end() :]):
        return ""
    return text[figure.start : figure.end + found.end()]


def toll_floors(text: str) -> list[tuple[Figure, str]]:
    """Each floor of a toll to date a sentence gives, with the words it is told in."""
    return [(figure, told) for figure in figures(text) if (told := _toll(text, figure))]


def _apart(low: float, high: float) -> bool:
    """Whether two floors' own figures are over a rough figure's margin apart and within
    `FLOOR_REACH` of each other: one count, two sources' sizes of it."""
    return low * (1 + ROUGH_SHARE) < high <= low * FLOOR_REACH


def toll_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], joined: Joined
) -> list[Conflict]:
    """The story's toll to date given two floors over a tenth apart by two articles, no
    article giving both (`joined` holds the story's `texts` in lower case); each side the
    first sentence of each article giving its floor, as `conflict_sides.two_values` shows."""
    found = []
    shown: dict[float, str] = {}
    for row in sorted(joined.holding(WORDS)):
        for figure, told in toll_floors(texts[row]):
            found.append(("toll", figure.low, story[row]))
            shown.setdefault(figure.low, told)
    conflicts = []
    for by_value in told_two_ways(found).values():
        low, high = sorted(by_value)
        if _apart(low, high):
            reason = (
                f"Different death tolls to date: {shown[low]} vs {shown[high]}; both are "
                "floors, and a toll to date grows: they may be counts of different days"
            )
            ours, theirs = first_of_each(by_value[low]), first_of_each(by_value[high])
            conflicts.append(Conflict("number", ours, theirs, reason))
    return conflicts
