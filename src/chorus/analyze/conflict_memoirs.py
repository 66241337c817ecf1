"""Years of one person's memoir that differ: "he wrote in his 2012 memoir" against "In his
2011 autobiography, My Infamous Life, Johnson recalled ..." (raw validation 21: Prodigy's
one book, "Shortly after his release, he published ... 'My Infamous Life'" in the first
article too), "his 2014 autobiography, 'coreyography: a memoir'" against "his 2013 memoir
coreyography" (Multi-News+ train 25634).

A memoir or autobiography named by its owner and its year ("his 2012 memoir") is the book
of a life, which a person writes once; two articles dating it two years disagree, whatever
else their sentences say, so no likeness of the sentences is asked. A pair is shown only
when the owner is written alike ("his" and "his", "feldman's" and "feldman's": a pronoun
and a name may be two people), no article gives that owner's memoir two years (one that
does tells two books), and the story gives it two years, no more."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.model import Sentence

WORDS = ("memoir", "autobiograph")
"""The literals of a memoir's words: only the sentences holding one are scanned."""
_DATED = re.compile(
    r"\b(his|her|their|[a-z][a-z-]+['’]s) (?:[a-z-]+ )?((?:19|20)\d\d) (?:[a-z-]+ )?"
    r"(?:memoirs?|autobiography)\b"
)
"""A memoir dated by its owner and year, in lower-case text: "his 2012 memoir", "her
best-selling 2009 autobiography", "johnson's 2011 memoirs"."""


def memoir_conflicts(
    story: Sequence[Sentence], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each owner whose memoir two articles date two different years
    (`lowered` are the `story` sentences' texts lower-cased, `joined` them joined)."""
    found = (
        (match.group(1), int(match.group(2)), story[row])
        for row in sorted(joined.holding(WORDS))
        for match in _DATED.finditer(lowered[row])
    )
    return [
        two_values("date", by_year, "Different years for one memoir")
        for by_year in told_two_ways(found).values()
    ]
