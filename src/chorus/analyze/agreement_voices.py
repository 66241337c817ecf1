"""Whose words a statement and a linked sentence report (agreement_supports.agrees): what
one named person said is not agreed by a sentence crediting an unnamed "some" with it.
Raw 185's "Heather Sculthorpe, chief executive of the Tasmanian Aboriginal Center, called
the work an “insult.”" is not told by "The performance has drawn a mixed response from
Tasmania's Aboriginal community, with some calling it "insulting"": the other outlet never
names her, and its "some" may be anyone of a community it says is divided."""

from __future__ import annotations

import re

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
