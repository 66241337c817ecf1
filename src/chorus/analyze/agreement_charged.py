"""Two sentences telling one charge against two people (agreement_apart.told_apart): "Christos
Vasiliades faces a litany of charges, including obstruction of justice and witness
intimidation." is not agreed by "Rodriguez, who identified himself as Vasiliades'
interpreter, also was charged with obstruction of justice and witness intimidation ..."
(raw 228): the charges are one list, the people charged are two. Each sentence names the
person it charges as its subject, and one of them is a name the other never writes."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import STOP_WORDS

_CHARGED_SUBJECT = re.compile(
    # the subject: capitalised words opening the sentence, an aside on it between commas
    r"[\"“]?((?:[A-Z][\w'’.-]*[ ]+){0,3}[A-Z][\w'’-]*)(?:,[^,]{1,90},)?[ ]+(?:also[ ]+)?"
    # the charge told of it: "was charged", "has been indicted", "faces a litany of charges"
    r"(?:(?:was|were|is|has[ ]+been|had[ ]+been)[ ]+(?:also[ ]+)?(?:charged|indicted)"
    r"|fac(?:es|ed|ing)[ ]+(?:[\w-]+[ ]+){0,4}?charges?)\b"
)
"""A sentence that opens by naming someone and says they were charged: "Rodriguez, who
identified himself as Vasiliades' interpreter, also was charged with ...", "Christos
Vasiliades faces a litany of charges"."""


@lru_cache(maxsize=4096)
def _charged(text: str) -> str | None:
    """The surname of the person a sentence charges as its subject, lowercase, or None when
    it opens with no name (a dateline in capitals, "The", "He", "In ...") or tells no
    charge."""
    found = _CHARGED_SUBJECT.match(text)
    if found is None:
        return None
    words = found[1].split()
    if any(word.lower() in STOP_WORDS or word.isupper() for word in words):
        return None
    return re.sub(r"['’]s?$", "", words[-1]).lower()


def others_charged(a: str, b: str) -> bool:
    """Whether both sentences charge someone they name as their subject and one of the two
    surnames is nowhere in the other sentence: the same charge told of another person."""
    # the charge's literals spare most pairs the pattern
    if not ("harg" in a or "ndict" in a) or not ("harg" in b or "ndict" in b):
        return False
    ours, theirs = _charged(a), _charged(b)
    if ours is None or theirs is None or ours == theirs:
        return False
    return ours not in b.lower() or theirs not in a.lower()
