"""A name in quotation marks its article's line before gives something ("... surely deserves
the title "Bigfoot" more than Sasquatch."), shown where no line before it writes that name.

Raw validation 33 opened on [2]'s second sentence, "Excavated in 1998 by an expedition from
the University of Kansas, and described in a new study ..., "Bigfoot" was discovered in the
Black Hills area of Wyoming.": the reader never learned what "Bigfoot" is, while the lead
that names the largest dinosaur foot ever found so was left out (readers, stop 57). The
name's quotation marks say it was given before; the line before gives it ("the title",
"nicknamed", "dubbed", "known as", "called", "named"). Over raw validation's and DUC's
article sentences a quoted name of one to three capitalised words that the sentence before
writes in quotation marks too is most often a work's title ("Shook Ones", "Right Now",
"Hereafter") or an operation's name ("Operation Spartan Vanguard", raw 128), each telling
itself; the line before gives the name only in 33 [2] and raw 2 [1] ("... known as a
“Thing”."), whose next line is shown right below it.

Such a line is taken with its line before, or left out (leaning_apart.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.summarize.steps_apart import rows_apart

_QUOTED_NAME = re.compile(r"[\"“]([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})[\"”]")
"""A name of one to three capitalised words in double quotation marks ("Bigfoot")."""
_GIVEN = re.compile(
    r"\b(?:the (?:title|name|nickname)|nicknamed|dubbed|known as|called|named)(?: an?| the)?\s+$"
)
"""Words giving a name right before its opening mark: "deserves the title "Bigfoot"",
"known as a “Thing”"."""


def given_names(text: str) -> set[str]:
    """The quoted names a line gives (`_GIVEN` right before the name's opening mark)."""
    return {
        found.group(1)
        for found in _QUOTED_NAME.finditer(text)
        if _GIVEN.search(text, 0, found.start()) is not None
    }


def nicknames_unmet(texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order), no article's first, apart from the
    row before them in their article, writing a quoted name that row gives (`given_names`)
    and no line shown before them writes: raw 33's "..., "Bigfoot" was discovered ..."."""
    first_rows = {int(start) for start in starts}
    marked = []
    for n, row in rows_apart(shown):
        text = texts[row]
        # literal first: a quotation mark and a line before giving a name
        if row in first_rows or ('"' not in text and "“" not in text):
            continue
        names = {found.group(1) for found in _QUOTED_NAME.finditer(text)}
        given = names & given_names(texts[row - 1]) if names else set()
        if any(not any(name in texts[other] for other in shown[:n]) for name in given):
            marked.append(row)
    return marked
