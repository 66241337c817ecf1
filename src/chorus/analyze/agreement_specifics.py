"""Specifics of a statement an outlet's sentences never write, though they share its other words
(agreement_parts.told_in_part): the names of a list of examples ("The actions follow a flurry of
student protests nationwide, including at Ithaca College and Yale University, ..." is told in
part by a line on "the wave of diversity protests that started at the University of Missouri",
raw 206), or what a long subject came to ("THE SHOCKING and tragic death of the President of
Poland, his wife and a large official delegation in an air crash has prompted press speculation
as to why Poland still used an ageing Soviet aircraft ..." by "Investigators seeking the cause
of a plane crash that killed Polish President Lech Kaczynski, his wife and a delegation ...",
raw 224). agreement_parts._untold_clause reads a clause as told when a support writes any word
of it: a list of names holds no three lowercase words, and a subject and its verb are one
clause there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import stems

_CUES = ("including", "such as", "like", "among them", "notably", "especially")
"""The words opening a list of examples, as `_EXAMPLES` reads them."""
_EXAMPLES = re.compile(rf",\s+(?:{'|'.join(_CUES)})\b([^,;:—–()]*)")
"""A list of examples set off by a comma, up to the clause's end: ", including at Ithaca College
and Yale University", ", like the Oculus Rift headset."."""
_NAME = re.compile(r"\b[A-Z][\w'’.-]*")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
MAX_LOWER = 2
"""Lowercase content words a list of examples may hold and still be a list of names
("including at Ithaca College and Yale University", "like the Oculus Rift headset"): a longer
one tells deeds ("including plans to expedite construction of an oil pipeline from Canada to
Texas", raw 160, told by "including the construction of a new oil pipeline")."""


def examples_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` lists examples by their names (`_EXAMPLES`, at most MAX_LOWER
    lowercase content words) and `supports` (one outlet's sentences) write the first word of
    none of those names: a name's first word tells which one ("Ithaca", "Yale"), its last
    most often the kind ("College", "University"), which other names share."""
    # its literals spare most statements the search
    if ", " not in statement or not any(cue in statement for cue in _CUES):
        return False
    told = {stem for text in supports for stem in stems(text)}
    for found in _EXAMPLES.finditer(statement):
        listed = found[1]
        if len([w for w in _LOWER_WORD.findall(listed) if stems(w)]) > MAX_LOWER:
            continue
        firsts = [first for name in _names(listed) if (first := stems(name))]
        if firsts and all(told.isdisjoint(first) for first in firsts):
            return True
    return False


def _names(listed: str) -> list[str]:
    """The first word of each name of a list: a capitalised word after a lowercase one or
    at the list's opening ("Ithaca" and "Yale" of "at Ithaca College and Yale University")."""
    words = listed.split()
    return [
        word
        for i, word in enumerate(words)
        if _NAME.match(word) and (i == 0 or not _NAME.match(words[i - 1]))
    ]


_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|ught|one|ade|id|ot|ept|ound|eft|ost|un)\b"
)
"""A verb in the perfect, "has prompted", "had been burning", "has died": where a long subject
gives way to what it came to."""
_NOT_MAIN = re.compile(r"\b(?:who|that|which|could|would|might|may|must|should|will|not|to)\s*$")
"""Words before a perfect that make it no main verb: a relative clause ("a child who had
suffered minor injuries", raw 187) or a modal ("could not have acted alone", raw 96)."""
_CLAUSE_END = re.compile(r"[,;:—–()]|\.\.\.|\s-\s|\b(?:although|though|but|while|whereas)\b")
MIN_SUBJECT = 10
"""Words before the verb that make a subject long enough to tell a story of its own ("The
mother of the 2-year-old Largo boy that had been the subject of an Ambert Alert for several
days has been arrested ...", raw 141): a shorter one is most often told with the verb in other
words ("Temperatures have dropped well below freezing" / "temperatures dipping as low as minus
26 Celsius", DUC 19; "Chinese insurance companies have started paying compensation" / "...
have begun to offer payouts", raw 209)."""
MIN_PREDICATE = 3
"""Lowercase content words what the subject came to needs to tell something of its own
(agreement_parts.MIN_WORDS)."""


def outcome_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells what a long subject (MIN_SUBJECT words) came to, in a verb in
    the perfect (`_PERFECT`) that is its main verb (`_NOT_MAIN`), and `supports` write no word
    of the rest of that clause (MIN_PREDICATE lowercase content words): they tell the subject,
    the crash or the search, and not what it led to."""
    # its literals spare most statements the search
    if " has " not in statement and " have " not in statement and " had " not in statement:
        return False
    told: set[str] | None = None
    for verb in _PERFECT.finditer(statement):
        before = statement[: verb.start()]
        if len(before.split()) < MIN_SUBJECT or _NOT_MAIN.search(before):
            continue
        predicate = _CLAUSE_END.split(statement[verb.start() :], maxsplit=1)[0]
        plain = [w for w in _LOWER_WORD.findall(predicate) if stems(w)]
        if len(plain) < MIN_PREDICATE:
            continue
        told = told if told is not None else {s for text in supports for s in stems(text)}
        if told.isdisjoint(stems(predicate)):
            return True
    return False
