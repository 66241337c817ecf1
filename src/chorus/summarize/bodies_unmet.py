"""A state's legislature written as "the Legislature" where no line shown says whose.

A page on one state's politics writes its legislature as "the Legislature" once the state is
named ("It's just the way the Legislature has always been.", raw 198 [3], ending a passage on
a Texas Observer story about the Texas legislature). Shown below lines on Congress ("There
are 20 women in the Senate, and 79 women in the House."), it reads as Congress. "The
Capitol" is not read: most pages mean the U.S. Capitol by it, and its words cannot tell a
state's (198's "women in the Capitol") from Congress's ("her male colleagues at the
Capitol", the next line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BARE = re.compile(r"\b[Tt]he\s+(?:Legislature|Statehouse)\b(?!\s+of\b)")
"""A state's legislature by its kind alone ("the Legislature"); not "the Legislature of ..."."""
_NAMED = re.compile(
    r"legislat|statehouse|\bstate\s+(?:sen|house|rep|capitol|assembl)", re.IGNORECASE
)
"""A line writing of a state's legislature or its members ("the Texas Legislature", "state
legislators", "Texas State Sen. Wendy Davis", raw 230): after it, "the Legislature" is that
one. A state's name before "Senate" is not read: "Clinton's former New York Senate seat"
(198) is a seat in Congress."""


def legislature_unmet(texts: Sequence[str], shown: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order) writing "the Legislature" or "the
    Statehouse" alone where no line shown before them, nor their own words before it, writes
    of a legislature: read once the summary is chosen, for each to be left out."""
    marked = []
    for n, row in enumerate(shown):
        text = texts[row]
        if "Legislature" not in text and "Statehouse" not in text:
            continue
        bare = _BARE.search(text)
        if bare is None or _NAMED.search(text, 0, bare.start()) is not None:
            continue
        if not any(_NAMED.search(texts[other]) for other in shown[:n]):
            marked.append(row)
    return marked
