"""A text that ends mid-sentence, cut off by its source: a paywall's teaser ("... She plans
to use another federal program to have her...", raw validation 197 [0]), a page that stops
inside a word's phrase ("... a rock called serpentinite that’s", raw 243 [0]). The briefing
says so (a note, the Sources line), as it says a NewsAPI text was cut: its last sentence was
left out of the summary in silence, and a reader took the article for whole.

A text that ends without a stop because a caption, a credit, a list or a heading ends it is
not cut off: only an ending no sentence can have counts (docs/journal/interface.md, stop 40).
"""

from __future__ import annotations

import re

from chorus.model import Document
from chorus.summarize.newsroom import trails_off

_UNFINISHED = re.compile(
    r"(?:,|\b(?:a|an|the|and|or|nor|of|whether|its|their|our|your|my|(?:that|it|there)[’']s))"
    r"\s*\Z"
)
"""An ending without a stop that no sentence has: a comma, or a word that opens what must
follow it ("... a rock called serpentinite that’s"); lower-case, as a heading's words are not."""
_LONGEST_ENDING = 8
"""More characters than the longest ending `_UNFINISHED` reads ("whether", "there’s"): a line
stripped at its end is searched from there on, `\b` still reading the character before (a
search from the line's start tried each of a one-line page's words, ~0.03 ms a cluster)."""

_SHOWN_WORDS = 6


def _unclosed_quotation(line: str) -> bool:
    """Whether a line opens a quotation it never closes ("“Our top-line growth, however, was
    below our expectations...", raw 61 [1]): at a text's end, none follows to close it."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def ends_mid_sentence(document: Document) -> str:
    """The words a text ends on ("…federal program to have her...") when it ends
    mid-sentence, else "": its last kept line ends in an ellipsis right after a word or a
    comma (`trails_off`: a page's teaser cut there) or inside a quotation never closed, or
    without a stop on a comma or such a word. What cleaning removed after it (a caption,
    a link) is not the text's end."""
    if not document.kept:
        return ""
    last = document.kept[-1]
    line = document.article.text[last.start : last.end].rstrip().rsplit("\n", 1)[-1]
    if not (
        trails_off(line)
        or (line.endswith(("...", "…")) and _unclosed_quotation(line))
        or _UNFINISHED.search(line, max(0, len(line) - _LONGEST_ENDING))
    ):
        return ""
    words = line.split()
    return ("…" if len(words) > _SHOWN_WORDS else "") + " ".join(words[-_SHOWN_WORDS:])


def cut_off_note(ending: str) -> str:
    """The note on a text that ends mid-sentence, quoting its last words."""
    return f"its text ends mid-sentence ('{ending}'): the rest is not in the text given"
