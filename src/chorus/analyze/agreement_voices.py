"""Whose words a statement and a linked sentence report (agreement_supports.agrees): what
one named person said is not agreed by a sentence crediting an unnamed "some" with it.
Raw 185's "Heather Sculthorpe, chief executive of the Tasmanian Aboriginal Center, called
the work an “insult.”" is not told by "The performance has drawn a mixed response from
Tasmania's Aboriginal community, with some calling it "insulting"": the other outlet never
names her, and its "some" may be anyone of a community it says is divided. Nor, linked by
score alone (agreement_score_alone.py), is what a named speaker says she did told by what an
unnamed "He" did for her own (raw 239)."""

from __future__ import annotations

import re

from chorus.analyze.own_words import QUOTED
from chorus.language.quote_marks import OPEN

_SAYING = (
    r"(?:call(?:s|ed|ing)?|say(?:s|ing)?|said|describ(?:e|es|ed|ing)|dubb(?:ed|ing)"
    r"|label(?:s|led|ed|ing))"
)
_SOME_SAY = re.compile(rf"\b(?:[Ss]ome|[Oo]thers|[Mm]any)\s+(?:have\s+|had\s+)?{_SAYING}\b")
"""An unnamed group saying something: "with some calling it", "others have said"."""
_NAMED_SAY = re.compile(rf"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:,[^,]{{1,90}},)?\s+{_SAYING}\b")
"""A name of two words saying something, an apposition between: "Heather Sculthorpe, chief
executive of ..., called". A single word ("Onlookers said") names no one."""


def some_against_named(statement: str, support: str) -> bool:
    """Whether one of the two credits an unnamed "some" (or "others", "many") with saying
    what the other credits a named person with. Over the agreed pairs of the 250 raw, 30 DUC
    and first 1,000 Multi-News+ validation clusters it reads only raw 185's (Multi-News+
    writes names in lower case); "Onlookers said they saw smoke and flames ..." / "Others
    said they heard two explosions ..." (DUC 2) name no one and stay agreed."""
    some_a, some_b = _some_say(statement), _some_say(support)
    if some_a == some_b:
        return False
    return bool(_NAMED_SAY.search(support if some_a else statement))


def _some_say(text: str) -> bool:
    """Whether a sentence credits an unnamed group with saying something (`_SOME_SAY`), its
    pattern run only on one writing such a word (agrees reads ~1,500 pairs over the raw
    clusters)."""
    return ("ome " in text or "thers " in text or "any " in text) and bool(_SOME_SAY.search(text))


_QUOTE_OPENS = tuple(OPEN)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our)\b")
_NAME = re.compile(r"\b[A-Z][a-z]+\b")


def speaker_and_another(a: str, b: str) -> bool:
    """Whether one sentence is a quotation in the first person credited to someone named
    outside its quotation marks and the other tells what an unnamed "He" or "She" did, naming
    that speaker in the possessive: the pronoun is someone else. ""So I went to Walmart,
    grabbed clothes, shoes, diapers, wipes, and I just walked out, but they caught me," said
    Robinson." / "He asked Robinson’s oldest daughter to grab some shoes so that he could pay
    for them, and also the diapers and wipes." (raw 239, the officer: 0.471 by score alone,
    the goods and her name in common) tell her theft and his purchase."""
    return _of_the_speaker(a, b) or _of_the_speaker(b, a)


def _of_the_speaker(quoted: str, other: str) -> bool:
    # the openings and a possessive's mark spare most pairs the patterns' search
    if not quoted.startswith(_QUOTE_OPENS) or not other.startswith(("He ", "She ")):
        return False
    if "'s" not in other and "’s" not in other:
        return False
    if not any(_FIRST_PERSON.search(inside) for inside in QUOTED.findall(quoted)):
        return False
    credited = set(_NAME.findall(QUOTED.sub(" ", quoted)))
    return any(f"{name}'s" in other or f"{name}’s" in other for name in credited)
