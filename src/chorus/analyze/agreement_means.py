"""The ways a statement lists after "by" of which an outlet tells one
(agreement_parts.told_in_part): "The public can help by considering adopting a dog or
donating to the Lehigh County Humane Society." is told in part by "The Lehigh County Humane
Society says in a Facebook posting the dogs are being evaluated and information on adoption
will be available in coming days." (raw 13). The support writes the society's name, so the
clause counts as told (agreement_parts._untold_clause reads names too): the second way,
donating, is the part it leaves out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import stems

_MEANS = re.compile(
    r"\bby[ ]+(?:[a-z]+ing[ ]+)?([a-z]{3,}ing\b[^,;:.!?—–()]*?)\b(?:or|and)[ ]+"
    r"([a-z]{3,}ing\b[^,;:.!?—–()]*)"
)
"""Two ways after "by", each opening with a verb in -ing, joined by "or" or "and", within one
clause: "by considering adopting a dog or donating to ...", "by creating and placing
100-year cameras" (Multi-News+ 249)."""
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def means_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` lists two ways after "by" (`_MEANS`) and `supports` (one outlet's
    sentences) write a lowercase word of one of them and none of the other's: an outlet
    writing neither tells the deed the ways serve, or tells it in other words."""
    # its literals spare most statements the search
    if "by " not in statement or "ing " not in statement:
        return False
    told = {stem for text in supports for stem in stems(text)}
    for found in _MEANS.finditer(statement):
        ways = [_plain_stems(found[1]), _plain_stems(found[2])]
        if all(ways) and len({told.isdisjoint(way) for way in ways}) == 2:
            return True
    return False


def _plain_stems(way: str) -> set[str]:
    """The stems of a way's lowercase words (its names tell whom it is done for)."""
    return set(stems(" ".join(_LOWER_WORD.findall(way))))
