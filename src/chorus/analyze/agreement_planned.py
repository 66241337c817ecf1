"""A deed told as to come and as done (agreement_supports.agrees). A statement telling as
expected what its support tells as done is out of date by it: "The Los Angeles City Council
is expected to approve a $50,000 reward ..." is not agreed by "A $50,000 reward for
information was approved by the City Council." (raw 161). The other way round the item
says what came of it and stays: "has nominated merrick garland" / "is expected to nominate
merrick garland" (Multi-News+ validation 1291, judged right by the blind gold). Nor is an
announcement to come the deed it will announce: "Parents ... will on Monday announce they
are suing Bushmaster ..." does not tell that "The lawsuit was filed Monday morning in
Connecticut superior court against Bushmaster, several other manufacturers, and Riverview
Gun Sales ..." (raw 191): one outlet wrote before the filing and names none of what the
other reports of it."""

from __future__ import annotations

import re

_TO_DO = re.compile(r" to (?:be )?([a-z]{5,})")
"""A verb after "to" ("to approve", "to be sentenced"); its literal opening lets the search
skip ahead (a pattern opening with the alternation of `_PLANNING` took twice as long)."""
_PLANNING = frozenset(
    [
        "expected",
        "scheduled",
        "set",
        "due",
        "slated",
        "poised",
        "likely",
        "plan",
        "plans",
        "planned",
        "planning",
    ]
)
"""Words telling a deed expected or planned before its "to": "is expected to approve", "is
set to be sentenced" (not "will": "her license will be suspended" tells a decision made,
Multi-News+ validation 783)."""
_PLANNED_CUES = ("ed to ", "set to ", "due to ", "likely to ", "plan to ", "plans to ")
"""Literals one of which a planned deed holds ("expected to", "scheduled to", ... end "ed
to ", "planning to" too): most sentences are spared the search."""
_DONE = re.compile(
    r"\b(?:was|were|has|have|had)[ ]+(?:been[ ]+)?(?:already[ ]+|also[ ]+)?([a-z]{3,}ed)\b",
    re.IGNORECASE,
)
"""A deed done and its verb: "was approved", "has been sentenced"."""
_TO_ANNOUNCE = re.compile(r"\bwill[ ]+(?:[A-Za-z]+[ ]+){0,3}?(?:announce|unveil)\b")
"""Someone's announcement to come: "will on Monday announce". Not "a date to be announced"
nor "expected to be unveiled as china's next president" (raw 1, Multi-News+ validation 509):
an aside of a sentence telling something else."""
_ANNOUNCING = ("announc", "unveil")
STEM = 5
"""Letters of a verb compared: "approve" / "approved"."""


def told_before_done(statement: str, support: str) -> bool:
    """Whether the statement tells as expected or planned a deed its support tells as done
    (and not as to come), or one of the two tells someone will announce what the other,
    naming no announcement and nothing to come, tells as done."""
    planned = _planned(statement)
    if planned and planned & (done_verbs(support) - _planned(support)) - done_verbs(statement):
        return True
    return _announced_apart(statement, support) or _announced_apart(support, statement)


def _announced_apart(text: str, other: str) -> bool:
    """Whether `text` tells of an announcement to come (`_TO_ANNOUNCE`) and `other` tells a
    deed done (`_DONE`) naming no announcement nor anything to come: "Andy rooney will
    announce ... that it will be his last regular appearance" and "... is expected to be his
    last regular appearance" (Multi-News+ validation 2663) tell one thing to come."""
    return (
        "will " in text
        and bool(_TO_ANNOUNCE.search(text))
        and not any(cue in other for cue in (*_ANNOUNCING, "will ", *_PLANNED_CUES))
        and bool(done_verbs(other))
    )


def _planned(text: str) -> set[str]:
    """The verbs (their first STEM letters) a text tells as expected or planned."""
    if not any(cue in text for cue in _PLANNED_CUES):
        return set()
    return {
        match[1][:STEM]
        for match in _TO_DO.finditer(text)
        if text[: match.start()].rsplit(" ", 1)[-1] in _PLANNING
    }


def done_verbs(text: str) -> set[str]:
    """The verbs (their first STEM letters) a text tells as done."""
    if "ed" not in text:
        return set()
    return {match[1][:STEM].lower() for match in _DONE.finditer(text)}
