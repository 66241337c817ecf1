"""Whether a summary row tells again a death a row of another article told before it.

Two outlets' leads on one death word it apart: raw validation 246's "Bryan Johnson, 24, was
found dead in his home in Millis around 3:30 a.m. on Thanksgiving, ..." [1] and "A former
Millis police officer — indicted last week ... — was found dead in his home before dawn on
Thanksgiving Day, authorities said." [3] (cosine 0.29, TF-IDF 0.23: under `same_fact`'s
floors), and no weekday for `retold_events`. A death is the news of the row that tells it
first: one such row per story is enough (docs/journal/summary.md, "Summary a reader
sees, eighty-ninth pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.days import weekdays
from chorus.summarize.same_figures import Signs, signs_told_again

_DEATH = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\bever )(?<!\bnever )(?<!\bnot )(?<!\bhave )"
    r"(?<!\bhad )(?<!\bhas )\b(?:has died|died|(?:was|has been|is) found dead|is dead)\b"
)
"""A death told as news: "has died", "died", "was found dead", "is dead". Not in a relative
clause ("64 who died", a death told by the way), negated ("none ... had ever died"), in the
plural ("7,500 people have died": a toll, not one death) or long past ("had died")."""
_FIRST_CLAUSE = re.compile(r", but |; ")
"""Where a row's first clause ends: a death told after it ("The group originally was a
trio, but the third singer, Rich Cronin, died ...") is another person's, told by the way."""
_DEATH_SIGN = frozenset(["death"])


def tells_death(text: str) -> bool:
    """Whether a sentence's first clause tells a death (`_DEATH`)."""
    if "died" not in text and "dead" not in text:
        return False
    found = _DEATH.search(text)
    if found is None:
        return False
    end = _FIRST_CLAUSE.search(text)
    return end is None or found.start() < end.start()


def _dated_alike(mine: Signs, theirs: Signs) -> bool:
    """Whether a later telling names no weekday the first does not: one that dates the
    death the first left undated tells its day ("Officer Collin Rose, 29, died Wednesday
    ..." after "... Collin Rose has died of injuries ...", raw 50)."""
    return mine[1] <= theirs[1]


def retold_deaths(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` (a summary in reading order) telling a death (`tells_death`) a
    row before them, of another article, tells, naming no weekday it does not: the telling
    read first stays."""
    signs = {row: (_DEATH_SIGN, weekdays(texts[row])) for row in ordered if tells_death(texts[row])}
    return signs_told_again(signs, article_of, _dated_alike)
