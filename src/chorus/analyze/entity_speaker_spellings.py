"""The other spellings of a quoted speaker's name that an article writes only so, listed
as that outlet's mentions of the speaker (entity_speakers.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def as_written(speakers: Iterable[str], texts: Iterable[str]) -> list[str]:
    """The quoted speakers, and the other spelling of a name an article writes only so: one
    outlet's "Steve Mullin", quoted as the cluster's "Steve Mullins" (the quotes section
    joins two spellings one closing "s" apart, quote_speakers._spellings), is still that
    outlet's mention of him. An article writing both ("Paula Blade's home" beside "Paula
    Blades", raw 55) holds a slip, not another spelling."""
    speakers = list(dict.fromkeys(speakers))
    texts = list(texts)
    return [
        *speakers,
        *(
            spelled
            for name in speakers
            if " " in name
            for spelled in _other_spellings(name)
            if any(_writes(text, spelled) and not _writes(text, name) for text in texts)
        ),
    ]


_INITIAL = re.compile(r"[A-Z]\.")


def _other_spellings(name: str) -> list[str]:
    """A full name's closing "s" put on or taken off, and for a name with middle initials
    its first and last words, with either apostrophe: one outlet's "Oliver O’Grady" is the
    other's "Oliver J. T. O'Grady", whose quotes the quotes section joins (raw 2)."""
    spellings = [name.removesuffix("s") if name.endswith("s") else f"{name}s"]
    words = name.split(" ")
    if len(words) > 2 and all(_INITIAL.fullmatch(word) for word in words[1:-1]):
        short = f"{words[0]} {words[-1]}"
        spellings += dict.fromkeys((short, short.replace("'", "’"), short.replace("’", "'")))
    return spellings


def _writes(text: str, name: str) -> bool:
    """Whether `text` holds `name` between `\\b`s, by `find`: no pattern compiled a name."""
    end = len(name)
    at = text.find(name)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + end):
            return True
        at = text.find(name, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at`: a word character (`\\w`) on one side only."""
    before, after = text[at - 1 : at], text[at : at + 1]
    return (before.isalnum() or before == "_") != (after.isalnum() or after == "_")
