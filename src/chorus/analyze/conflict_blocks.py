"""Blocks of one street that differ: "a car wash in the 3000 block of West Florence Avenue"
against "outside Simms Car Wash in the 3300 block of West Florence Avenue" (raw validation
161: one shooting's place, told by three outlets).

A story names a street's block for where its event happened or where someone lives; two
articles giving the one street two blocks disagree about that place. A pair is shown only
when no article gives the street two blocks (one that does tells two places on it) and the
story gives it two, no more (train 18561's day care at the 3000, 3600 and 30000 blocks of
one street is left: a third figure is no side). "13,000 block" and "84-400 block" are read
as 13000 and 84400, as other articles write them.

Over every article of the data (raw validation 250, DUC 30, Multi-News+ validation and
train) six clusters give one street two blocks in two articles, each one place: raw 161's
car wash, Multi-News+ validation 3247's robbery and train 678's party, 29264's chainsaw
rampage, 33053's suspect's home and 39500's church house."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.model import Sentence

WORDS = ("block of",)
"""The literal of a block: only the sentences holding it are scanned."""
_BLOCK = re.compile(
    r"\b(\d{1,3}(?:[,-]?\d{3})?|\d{1,2})[ -]block of ((?:[a-z]+\.? ){0,3}?[a-z0-9]+ "
    r"(?:street|st|avenue|ave|boulevard|blvd|road|rd|drive|dr|lane|ln|way|place|court|ct"
    r"|parkway|highway|terrace|circle))\b"
)
"""A block of a street, in lower-case text: "3300 block of west florence avenue",
"1300-block of south loomis street"."""
_NOT_DIGIT = re.compile(r"\D")


def block_conflicts(
    story: Sequence[Sentence], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each street two articles put at two different blocks (`lowered` are
    the `story` sentences' texts lower-cased, `joined` them joined)."""
    found = (
        (match.group(2).rstrip("."), int(_NOT_DIGIT.sub("", match.group(1))), story[row])
        for row in sorted(joined.holding(WORDS))
        for match in _BLOCK.finditer(lowered[row])
    )
    return [
        two_values("number", by_block, f"Different blocks of {street.title()}")
        for street, by_block in told_two_ways(found).items()
    ]
