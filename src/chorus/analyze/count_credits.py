"""Who two differing counts are credited to, when each sentence names its own source:
raw validation 47's "The opposition network estimates that 9,000 people have been killed"
against "The UN meanwhile says more than 7,500 people have now died" are two counters'
figures, which tells a reader more than the "now" of one of them.

A credit opens a sentence ("The UN meanwhile says", "According to the SOHR,") or ends it
(", police said Monday.", ", the activists' network the LCC said."). A pronoun ("It
added") names no source, and a bare "officials" or "sources" may be the other side's own
people, so neither is told apart from anything.
"""

from __future__ import annotations

import re

_VERBS = r"(?:says|said|estimates|estimated|reports|reported|counts|counted|puts|put)"
_OPENING = re.compile(
    r"[\s(\[]*(?:According to ([^,]{2,60}),"
    rf"|([A-Z][^,;:“”\"\d]{{0,50}}?)\s+(?:(?:meanwhile|also|now|earlier|later)\s+)?{_VERBS}\b)"
)
"""A credit opening a sentence: its source is what stands before the verb, a word telling
when aside ("The UN meanwhile says")."""
_ENDING = re.compile(
    rf",[”\"’']?\s+(?:according to ([^,]{{2,60}}?)"
    rf"|([^,]{{2,60}}?)\s+{_VERBS}(?:\s+(?:on\s+)?\w+day)?)[.”\"’']*$"
)
"""A credit ending a sentence or the quotation it opens, with the day it was given (",
police said Monday.", ',” the TV reported.')."""
_NO_SOURCE = frozenset(
    {"it", "he", "she", "they", "we", "i", "this", "that", "there", "who", "which"}
    | {"officials", "authorities", "sources", "reports", "media", "statement"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)
"""Words that alone name no source a reader can tell apart: pronouns, which stand for one
named elsewhere, and the generic "officials" of either side."""
_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had"))
"""Words of a passive ("At least 144 people were reported killed"), whose subject is what
is counted, not who counts."""
_LEAVE_OUT = frozenset(("the", "a", "an", "of"))


def _words(credit: str) -> frozenset[str]:
    """A credit's words, lower case, but its articles and "of"."""
    return frozenset(re.findall(r"[\w’']+", credit.lower())) - _LEAVE_OUT


def counter(text: str) -> str | None:
    """The source a sentence credits (module docstring), as written but for a leading
    "The", or None when it credits none a reader can tell apart."""
    found = _OPENING.match(text) or _ENDING.search(text)
    if found is None:
        return None
    credit = (found.group(1) or found.group(2)).strip()
    words = _words(credit)
    if not words or words <= _NO_SOURCE or not words.isdisjoint(_AUXILIARIES):
        return None
    return "the" + credit[3:] if credit.startswith("The ") else credit


def counters_apart(text_a: str, text_b: str) -> tuple[str, str] | None:
    """The two sources two sentences credit, when each credits one and they share no word
    ("police" and "police" are one source, "the Health Ministry" and "the ministry" likely
    one)."""
    ours = counter(text_a)
    theirs = counter(text_b) if ours is not None else None
    if ours is None or theirs is None or not _words(ours).isdisjoint(_words(theirs)):
        return None
    return ours, theirs
