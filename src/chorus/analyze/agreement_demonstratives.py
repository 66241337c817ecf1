"""A sentence whose subject is a bare "that" or "this" after an opening word ("At least that
has barbecue sauce.", raw 57) tells of what the sentence before it names, as a bare "That
..." opening one does (lead_ins.stands_for_before): linked by one own word beside names to a
sentence that does not write the demonstrative and its verb too, it tells of another thing
("McDonald’s isn’t giving up on the original McRib with barbecue sauce, of course."). Two
outlets copying one remark write both ("And this is exactly why we need this consumer
finance-- protection bureau ..." / Obama's "This is exactly why we need ...", raw 144).
A sentence opening "Here's ..." or "Here are ..." points as "this" does, at a picture or a list
the page shows (`presented_here`)."""

from __future__ import annotations

import re
from functools import lru_cache

_OPENINGS = ("But ", "And ", "Yet ", "Still", "Now", "At least", "Even so", "Instead", "Again")
"""The words that may open a sentence before its demonstrative subject, tested before the
pattern."""
_OPENED = re.compile(
    r"(?:But|And|Yet|Still|Now|At least|Even so|Instead|Again),?\s+((?:that|this)\s+"
    r"(?:(?:still|also|only|just|now)\s+)?"
    r"(?:is|was|isn't|wasn't|didn't|did|does|doesn't|has|had|hasn't|won't|will|would|could|"
    r"can|came|comes|means|meant|made|makes))\b"
)
"""A demonstrative standing alone as the subject after an opening word, and its verb."""


def opened_apart(a: str, b: str) -> bool:
    """Whether one of two sentences has a bare "that" or "this" for its subject after an
    opening word (`_OPENED`) and the other does not write it with its verb."""
    for one, other in ((a, b), (b, a)):
        subject = _opened_subject(one)
        if subject is not None and subject not in other.lower():
            return True
    return False


@lru_cache(maxsize=4096)
def _opened_subject(text: str) -> str | None:
    """The demonstrative subject and its verb after a sentence's opening word ("that has"),
    or None; read once a sentence, which meets several in `agreed`."""
    opening = text.lstrip(' ([“"')
    if not opening.startswith(_OPENINGS):
        return None
    found = _OPENED.match(opening)
    return found[1].lower() if found is not None else None


_PRESENTING = re.compile(r"here(?:'s|’s|\s+is|\s+are)\b", re.IGNORECASE)
"""A sentence opening on what the page shows: "Here's Lenovo's Horizon desktop computer.",
"Here are the notable ones so far:"."""
_HERE = frozenset(("here",))


def presented_here(a: str, b: str, shared: set[str]) -> frozenset[str]:
    """ "here" when it is among `shared` (own words two sentences have in common) and one of the
    two opens by presenting what the page shows (`_PRESENTING`): a pointing word, no place
    both tell of ("Here's Lenovo's Horizon desktop computer." / "..., because here at CES the
    company is introducing its own "portable" desktop PC.", raw 211). Written where a speaker
    stands, "here" is kept ("I'm the f*** victim here," / "I'm the [expletive deleted] victim
    here.", raw 121)."""
    # most pairs share no "here": nothing is read
    if "here" not in shared:
        return frozenset()
    if any(_PRESENTING.match(text.lstrip(' ([“"')) for text in (a, b)):
        return _HERE
    return frozenset()
