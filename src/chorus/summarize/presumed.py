"""Sentences that presume what their article told right before them.

"Failure to pay would result in the extension of her prison term by a year and a half."
(raw validation 127) follows "It also imposed a fine of 3,000 Bahraini dinars": shown
without it, nothing was to be paid. "Now, Shinozuka hopes to bring that “moment” to more
families." (raw 129) quotes the word his mother's words gave the sentence before ("It was
such a great moment."): shown alone, no moment was told. Each waits for the sentence before
it (docs/journal/summary.md, "Summary a reader sees, thirty-third pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_FAILING = re.compile(r"[ \t(\[“\"]*(?:Failure|Failing) to\b")
"""A failure to do what was asked ("Failure to pay would ...", raw 127; "Failure to do so
will only ensure recurrence of violence, he said.", DUC): the two sentences of raw and DUC
opening so."""
_POINTED = re.compile(
    r"\b(?:that|this|these|those) [“\"]([a-z][\w’'-]*(?:\s[a-z][\w’'-]*){0,2})[”\"]"
)
"""A demonstrative before a lower-case word (or two or three) in quotation marks ("that
“moment”"): the word of a quotation told before. Read only when the sentence before writes
the word ("that “unethical liberals”" after "claimed" opens a clause)."""
_POINTER = re.compile(r"th(?:at|is|ese|ose) [“\"]")
"""Where `_POINTED` may match: its literal opening found fast over the texts joined, the
whole pattern read there only."""
_FAIL = re.compile("Fail")
"""Where `_FAILING` may match: found by the pattern engine's literal search (three times
faster than `str.find` over a cluster's texts joined)."""


def presumes_before(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it presumes what the text before it in its article told: a
    failure to do what was asked, or a word of its quotation pointed at. Their openings
    are found in the texts joined, the patterns read only there (each text read alone
    cost 0.14 ms a cluster), and where each text ends is counted only when one is found."""
    marked = np.zeros(len(texts), dtype=bool)
    joined = "\n".join(texts)
    ends: np.ndarray | None = None
    for found in (*_FAIL.finditer(joined), *_POINTER.finditer(joined)):
        if ends is None:  # where each text ends in `joined`, counting the newlines between
            ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
            ends += np.arange(len(texts))
        row = int(np.searchsorted(ends, found.start(), side="right"))
        if found.group() == "Fail":
            marked[row] |= _FAILING.match(texts[row]) is not None
            continue
        # `match` at a position still reads the character before it for `\b`
        pointed = _POINTED.match(joined, found.start())
        if row and pointed is not None:
            marked[row] |= pointed.group(1) in texts[row - 1].lower()
    marked[np.asarray(article_starts, dtype=np.int64)] = False
    return marked
