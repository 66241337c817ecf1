"""Names the small model missed that the text writes after "the": a body's name ending in a
word only bodies' names end in ("the Heritage Foundation") and a known city's name run on
into one capitalised word ("the Seattle Reign", a team)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from chorus.analyze.entity_endings import by_ending
from chorus.analyze.entity_lists import CITIES
from chorus.analyze.model import EntityLabel

_BODY = r"(?:[A-Z][a-z]+ )+(?:Foundation|Institute|Association|Society|Agency)"
_OF_A_CITY = rf"(?:{'|'.join(map(re.escape, CITIES))}) [A-Z][a-z]+"
# "\b[Tt]he " spelt as look-behinds after "he ", a literal the search finds at C speed: from
# a "T" or "t", it stopped at every one (0.097 → 0.030 ms a raw cluster). A match starts at
# "he"; the name, group 1, is what is read.
_AFTER_THE = re.compile(rf"he (?<=[Tt]he )(?<!\w[Tt]he )({_BODY}|{_OF_A_CITY})\b(?! [A-Z])")
"""Capitalised words after "the" ending in a body's word, or a known city and one
capitalised word, with no capitalised word after ("to head up the Heritage Foundation",
raw 36; "the Seattle Reign’s 2-1 defeat", raw 37: read by no window; not "the Joint Agency
Coordination Centre")."""


def named_after_the(labels: Mapping[str, EntityLabel], text: str) -> dict[str, EntityLabel]:
    """Names `text` (the sentences joined by newlines) writes after "the" (_AFTER_THE) twice
    or more that no read name covers, labelled by their last word (`by_ending`: "the
    Jerusalem Airport" a place) or else as organisations. Once is as often a body in passing
    ("according to the Cato Institute"), which took the room of people named three times
    under the listing's cap."""
    # one search of the sentences joined, which no match holds (nor "\b" nor the
    # look-around read differently there): a call a sentence cost more than the scan
    found = Counter(m[1] for m in _AFTER_THE.finditer(text))
    return {
        name: by_ending(name, "organisation")
        for name, times in found.items()
        if times > 1 and not any(name in read for read in labels)
    }
