"""One unnamed speaker described in full, then by the description's head alone: "...,
a senior administration official said. ¶ A final decision has not been made ..., the
official said." (raw validation 0-based 149), "The senior Obama administration official
described the targets ... ¶ ..., the official said" (249): one person, one speaker row."""

from __future__ import annotations

import re

from chorus.language.speakers import GROUPS

_DESCRIBED = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?[A-Za-z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?\s+(\w+)")
"""A description of unnamed speakers: lower-case words (a body's name may stand among
them, "senior Obama administration"; the first capitalised where it opens a sentence, "Law
enforcement sources"), or A/An/The before them, and a head noun."""


def described_again(given: list[str], texts: list[str], definite: list[bool]) -> list[str]:
    """Each speaker given as a bare head noun ("official", from "the official said") as the
    description its article's row just before gave ("a senior administration official"),
    where that description ends on the same noun; else as given. Only the row just before:
    "the official" further on may be any official the article told of between. A group's
    noun only after "the" (`definite`): "Law enforcement sources said ... . It's possible,
    the sources said, ..." (raw 30 [1]) are those sources, but "..., officials said" may be
    other officials ("Local officials said ... ¶ ..., disaster relief officials said": DUC
    d31011t)."""
    shown = list(given)
    for n in range(1, len(shown)):
        head = shown[n]
        if " " in head or not head.islower():
            continue
        # a group's noun ("police", "officials") without "the" may be another group of them
        if (head.endswith("s") or head in GROUPS) and not definite[n]:
            continue
        if texts[n - 1] is not texts[n]:
            continue
        before = shown[n - 1]
        if before != head and before.endswith(" " + head):
            described = _DESCRIBED.fullmatch(before)
            if described is not None and described[1] == head:
                shown[n] = before
    return shown
