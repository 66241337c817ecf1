"""Two sentences that tell two things however alike their words, read before they are
linked (agreement_pairs): one denies what it names ("And the problem is not that Colbert
isn't qualified." beside "There's one problem, though: Colbert can't actually serve in the
Senate.", raw 36), and two name different holders of what was obtained ("New surveillance
video obtained by ABC News ..." / "A surveillance video obtained by New Orleans' Fox 8 ...",
raw 32), two date two events held on other weekdays ("visitation ... will be held Friday"
/ "On Wednesday, a traditional brass-band parade will be held", raw 32), one is the writer's
own call on what someone should do ("Burr's committee should subpoena that memo", raw 9),
two date one deed to a past year and to a day of the story's week (raw 74:
agreement_dated.py), one names the place it ranks first or last and the other none of its
places (raw 18: agreement_superlatives.py), and both credit a finding to a named team, two
teams or one whose credit is all they share (raw 74: agreement_findings.py), and one is a
short sentence saying one thing of its subject that the other does not write ("The black
leopards of Peninsular Malaysia are extremely rare.", raw 186: agreement_heads.py)."""

from __future__ import annotations

import re
from bisect import bisect_right

from chorus.analyze.agreement_charged import others_charged
from chorus.analyze.agreement_dated import dated_apart
from chorus.analyze.agreement_findings import findings_apart
from chorus.analyze.agreement_heads import property_untold
from chorus.analyze.agreement_superlatives import ranked_place_unnamed
from chorus.language.days import weekdays

_DENIED = re.compile(
    # "\b" a look-behind after the "i" or "w": the search skips to those letters
    r"(?:i(?<!\wi)(?:s\s+not|sn['’]t)|w(?<!\ww)(?:as\s+not|asn['’]t))\s+that\s+"
    # "not that" before a clause: "is not that Colbert isn't ...", not a degree ("is not that
    # high")
    r"(?=[A-Z]|(?:the|he|she|it|they|we|i|you|a|an|his|her|their|its)\b)",
)
_OBTAINED = re.compile(
    r"\b(?:(?:obtained|acquired)(?:\s+exclusively)?\s+by|provided\s+to)\s+"
    # the holder's capitalised words ("ABC News", "New Orleans' Fox 8")
    r"((?:(?:[A-Z][\w'’.&-]*|\d+)(?:\s+|$))+)"
)


def denies(text: str) -> bool:
    """Whether a sentence says what something is not, the claim it names denied ("the
    problem is not that Colbert isn't qualified"): the words it shares with another tell what
    the writer sets aside."""
    # every match holds "that": most sentences are ruled out without the search
    return "that" in text and _DENIED.search(text) is not None


def _holders(text: str) -> set[frozenset[str]]:
    """Each holder named as having obtained something, as its words bar "The"."""
    if not any(verb in text for verb in _OBTAINING):
        return set()  # most sentences: the search is skipped
    return {
        frozenset(w.strip("'’").lower() for w in found.split()) - {"the"}
        for found in _OBTAINED.findall(text)
    }


_OBTAINING = ("obtained", "acquired", "provided")
"""A word every `_OBTAINED` match holds."""


def obtained_apart(a: str, b: str) -> bool:
    """Whether each sentence names who obtained what it tells of, and no holder of one shares
    a word with one of the other's: two outlets' videos, two finds."""
    ours = _holders(a)
    if not ours:
        return False
    theirs = _holders(b)
    return bool(theirs) and not any(x & y for x in ours for y in theirs)


_HELD = re.compile(r"\b(?:held|scheduled|planned|take place|set for)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def _held_on(text: str) -> str | None:
    """The weekday closest in words to where the sentence says something is held or set,
    the day of that event ("visitation ... will be held Friday"), if it names both."""
    # every weekday ends "day": most sentences are ruled out without either search
    return _held_day(text) if "day" in text.lower() else None


def _held_day(text: str) -> str | None:
    """`_held_on` by its searches alone."""
    held = [m.start() for m in _HELD.finditer(text)]
    if not held or not weekdays(text):
        return None
    starts = [m.start() for m in _WORD.finditer(text)]
    days = [
        (abs(bisect_right(starts, h) - bisect_right(starts, d.start())), d.group().lower())
        for h in held
        for d in _WORD.finditer(text)
        if weekdays(d.group())
    ]
    return min(days)[1]


def held_apart(a: str, b: str) -> bool:
    """Whether both say something is held and date it to other weekdays: a visitation on
    Friday and a parade on Wednesday are two events, whatever else the sentences share."""
    ours = _held_on(a)
    if ours is None:
        return False
    theirs = _held_on(b)
    return theirs is not None and ours != theirs


_CALL = re.compile(
    # a subject of a few words opening the sentence, then "should" and a deed: "Burr's
    # committee should subpoena", not "the job ... should go to" (a custom) or "should be"
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z][\w'’-]*\s+){0,2}should\s+(?:also\s+)?"
    r"(?!be\b|go\b|have\b)[a-z]+"
)
_TOLD = re.compile(
    r"\b(?:said|says|say|told|tells|according|asked|urged|wrote|added|argued)\b|[\"“”]"
)


def calls_for(text: str) -> bool:
    """Whether a sentence is the writer's own call on what should be done, no one quoted or
    said to hold it ("Burr's committee should subpoena that memo"): a fact that someone is
    prepared to do it does not back a columnist's verdict."""
    return _CALL.match(text) is not None and _TOLD.search(text) is None


def told_apart(a: str, b: str) -> bool:
    """Whether two sentences tell two things: one denies what it names, they name
    different holders of what was obtained or other days for what is held, one only is
    the writer's call on what should be done, they tell one charge against two people, or
    they date one deed to a past year and to a day of the story's week, one names the place
    it ranks first or last and the other none of its places, or they credit findings to two
    teams, or to one and share nothing else, or one says a thing of its subject that the
    other does not write (agreement_heads.property_untold)."""
    return (
        denies(a)
        or denies(b)
        or obtained_apart(a, b)
        or held_apart(a, b)
        or calls_for(a) != calls_for(b)
        or others_charged(a, b)
        or dated_apart(a, b)
        or ranked_place_unnamed(a, b)
        or findings_apart(a, b)
        or property_untold(a, b)
    )
