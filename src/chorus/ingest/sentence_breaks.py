"""A sentence a page broke over lines: the Guardian's page of raw Multi-News validation 68 [1]
(by index) sets each printed line of its story as a paragraph of its own, "… students can
still graduate from" / "" / "high school and in some cases go through college without learning
the" / "" / "basics.\"", and a sentence ends at every line break (`chorus.sentences`), so each
piece was a sentence: the summary showed "high school and in some cases go through college
without learning the [2]", and Who said what lost the quotations so cut.

A line ending on a small letter or a comma, then a line break or blank lines, then a line
opening on a small letter, is one sentence run over the break, where the run of lines so made
ends on a sentence's stop: "… without learning the" / "basics.\"". Read over raw validation,
DUC 2003 and the seeds (docs/journal/cleaning.md, the fiftieth pass): of the 34 breaks of that
shape, the 14 in runs ending on a stop are inside a sentence (68 [1]'s eight, 165 [0]'s two,
132 [2], 134 [0], 249 [3], DUC 16 [2]); a list's items ("a freeze on the European-held assets
…" / "travel bans on …", 47 [0]), a page's furniture ("Most Popular Stories this week" /
"advertisement"), a writer's address and a review's fragments end on none and stay apart, and
so does 165 [1]'s "… that he" / "spoke to …", a blog post's paragraph ending on its sign-off.

The lines are joined in the article's text itself, their break read as a space, as a drop
cap is joined to its word (`chorus.ingest.drop_caps`): every span stays a slice of that text,
and the article's `changes` keep the break.
"""

from __future__ import annotations

import re

from chorus.ingest.text_edits import Edit

_BREAK = re.compile(r"\n\s*(?=[a-z])")
"""A line break, and any blank lines after it, before a line opening on a small letter. Led by
the line break, the search is fast: most pages hold a few hundred."""
_CLOSED = re.compile(r"[.!?][\"”’')\]]*\Z")
"""A line's end on a sentence's stop, a closing quotation mark or bracket after it."""


def sentence_break_edits(text: str) -> list[Edit]:
    """The break of each line a sentence runs on from, read as a space: every break of a run
    of lines, each but the last ending on a small letter or a comma and each but the first
    opening on a small letter, whose last line closes on a sentence's stop."""
    edits: list[Edit] = []
    run: list[Edit] = []
    for found in _BREAK.finditer(text):
        end = found.start()
        while end and text[end - 1] in " \t":
            end -= 1
        if not end or not (text[end - 1].islower() or text[end - 1] == ","):
            run = []
            continue
        if run and text.find("\n", run[-1].end, end) >= 0:
            run = []
        run.append(Edit(end, found.end(), " "))
        line_end = text.find("\n", found.end())
        line = text[found.end() : len(text) if line_end < 0 else line_end].rstrip()
        if _CLOSED.search(line):
            edits += run
            run = []
    return edits
