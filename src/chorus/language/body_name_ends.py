"""The last word of a body's name that the name pattern's four words left out: "according to
the Contra Costa County Elections | Division." (raw validation 0-based 124 [2])."""

from __future__ import annotations

import re

from chorus.language.speakers import ORGANISATION_HEADS

_BODY_HEAD_AFTER = re.compile(rf"\s+(?:{'|'.join((*ORGANISATION_HEADS, 'Division'))})(?=[.,;:])")
"""A body's head word right after a speaker, ending the clause (a stop, a comma, a colon)."""
_MOST_NAME_WORDS = 4
"""The words `speakers.NAME` takes at most (a first word and three more)."""


def body_name_end(text: str, who_start: int, who_end: int) -> int:
    """Where a speaker of the most words the name pattern takes ends with the body's head word
    after them ("Division", "Department", ...) that closes its clause: the pattern stopped
    for its count, not at the name's end, and "Contra Costa County Elections" names no one
    (quotes116 left it, there being no title word to split at). A shorter speaker before a
    capitalised word is left as it is ("Google | Maps")."""
    if len(text[who_start:who_end].split()) < _MOST_NAME_WORDS:
        return who_end
    head = _BODY_HEAD_AFTER.match(text, who_end)
    return who_end if head is None else head.end()
