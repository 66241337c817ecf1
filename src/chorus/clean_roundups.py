"""A newsletter's roundup below its story, under a section heading of its own alone on a line
("Fixbits:", "Must-reads:"): The Washington Post's The Fix (raw validation 112 [0], by index)
sets its story first, then other items, then one-line teasers of other stories and links to
other outlets' ("“Congress putting its faith in committee” — David A. Fahrenthold, Washington
Post"), which named other stories' speakers, people, places and papers in the briefing's
sections as if they were the story's.

The item between the story and the roundup, opened by its own headline and a colon
("Priorities USA leans on single donor: A new super PAC ..."), stays: taken out too, it moved
112's summary and lost its headline judged better (docs/journal/cleaning.md, stop 44).

`chorus.clean` reads the lines in its loop: a heading opens the roundup, whose lines go to the
first line of prose again (a scan of each page for the headings cost 2% of cleaning).
"""

from __future__ import annotations

ROUNDUP_REASON = "newsletter roundup"
"""The reason of each line of the roundup, its heading's too."""

_HEADINGS = frozenset(("Fixbits:", "Must-reads:", "Must reads:"))
"""The sections a newsletter sets under its story, each heading alone on its line: The Fix's
teasers of other stories and its links to other outlets'."""

_LONGEST_ITEM_WORDS = 30
"""A roundup's line is a teaser of one sentence or a linked headline (at most 22 words in 112
[0]); a longer line is the page's prose again, and ends the roundup."""


def in_a_roundup(stripped: str, open_: bool) -> bool:
    """Whether the stripped line `stripped` is a roundup's heading or, in a roundup already
    `open_` above it, one of its items."""
    if open_:
        return stripped in _HEADINGS or len(stripped.split()) <= _LONGEST_ITEM_WORDS
    # Most lines end in a stop: no heading's set to look up.
    return stripped[-1] == ":" and stripped in _HEADINGS
