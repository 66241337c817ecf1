"""One unnamed speaker described in full, then by the description's head alone: "...,
a senior administration official said. ¶ A final decision has not been made ..., the
official said." (raw validation 0-based 149), "The senior Obama administration official
described the targets ... ¶ ..., the official said" (249): one person, one speaker row."""

from __future__ import annotations

import re

from chorus.language.speakers import GROUPS

_DESCRIBED = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?[a-z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?\s+(\w+)")
"""A description of one unnamed speaker: lower-case words (a body's name may stand among
them, "senior Obama administration"), or A/An/The before them, and a head noun."""


def described_again(given: list[str], texts: list[str]) -> list[str]:
    """Each speaker given as a bare head noun ("official", from "the official said") as the
    description its article's row just before gave ("a senior administration official"),
    where that description ends on the same singular noun; else as given. Only the row just before:
    "the official" further on may be any official the article told of between."""
    shown = list(given)
    for n in range(1, len(shown)):
        head = shown[n]
        # one person's noun: a group's ("police", "officials") may be another group of them
        if " " in head or not head.islower() or head.endswith("s") or head in GROUPS:
            continue
        if texts[n - 1] is not texts[n]:
            continue
        before = shown[n - 1]
        if before != head and before.endswith(" " + head):
            described = _DESCRIBED.fullmatch(before)
            if described is not None and described[1] == head:
                shown[n] = before
    return shown
