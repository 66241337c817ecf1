"""Sentences that presume what their article told right before them.

"Failure to pay would result in the extension of her prison term by a year and a half."
(raw validation 127) follows "It also imposed a fine of 3,000 Bahraini dinars": shown
without it, nothing was to be paid. "Now, Shinozuka hopes to bring that “moment” to more
families." (raw 129) quotes the word his mother's words gave the sentence before ("It was
such a great moment."): shown alone, no moment was told. Each waits for the sentence before
it (docs/journal/summary.md, "Summary a reader sees, thirty-third pass").

"Senators offer the amendments because the votes can demonstrate support ..." (raw 72)
follows "... a multi-hour "vote-a-rama" in which senators repeatedly debate and vote on a
pile of non-binding amendments ...": "the amendments" are the ones the sentence before
brought in, first in its article, with no "the" of its own. Shown alone, no amendments were
told ("Summary a reader sees, fiftieth pass").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import add

import numpy as np

from chorus.dangling import says_outside_quotes
from chorus.language.words import word_places

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
_THE_PLURAL = re.compile(
    # "the" read before the look back for its word's start: the search skips to the literal,
    # where a leading `\b` tried every position (0.24 -> 0.09 ms a cluster, the same matches;
    # journal/speed.md, thirty-fourth pass)
    r"the(?<!\wthe)\s+(?:[a-z][a-z-]+\s+)?([a-z][a-z-]{3,}[^s\W]s)\b"
    r"(?!\s+(?:of|who|whom|whose|that|which|in|on|at|from|with|for|to|by|under|over|between"
    r"|among|named|called|[a-z]+ed)\b)"
)
"""A "the" and a plural, up to one word between ("the amendments", "the two documents"),
that no modifier after it says which ("the details of a $130,000 payment", "the suspects
who escaped", "the students charged" are told there)."""
_CLEFT = re.compile(r"\b[Ii]t\s+(?:was|is)\s+the\s+(?:[a-z][a-z-]+\s+)?([a-z]{2,}s)\s+that\b")
"""A cleft setting a plural apart ("..., but it was the torpedo hits that doomed the Musashi.",
raw 163, after "... torpedo planes ... scored at least 10 hits on the battleship ..."): its
"that" says what they did, not which they are, and a short plural is read. The one cleft on
a plural in raw and DUC."""
_CLEFT_MIDDLE = re.compile("t was the |t is the ")
"""Where `_CLEFT` may match: a text writing its literal middle."""
_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|[Ss]ome|[Ss]everal|[Mm]any|[Dd]ozens|[Hh]undreds|[Tt]wo|[Tt]hree|[Ff]our"
    r"|[Ff]ive|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,3}\Z"
)
"""An indefinite opening up to three words before a noun of the sentence before ("a pile of
non-binding amendments", "two electrodes"): it brings the things in. One written bare is as
often a kind ("find search results faster", raw 171, before "the right of the results":
the page's results, not those)."""
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
    marked |= _plurals_brought_in(texts, article_starts)
    return marked


def _brought_in(noun: str, before: str, earlier: Sequence[str]) -> bool:
    """Whether the sentence `before` brings `noun` in after an indefinite opening, and no
    `earlier` sentence of its article writes it."""
    return any(
        _INTRODUCED.search(before, max(0, at - 50), at) for at in word_places(before, noun)
    ) and not any(noun in text for text in earlier)


_APART = "\0"
"""What `_plural_nouns` joins the texts with: no space, no word character and no letter, so
no match of `_THE_PLURAL` runs over it and the pattern reads it as a text's end or start, as
it reads a text alone (`\\s`, `\\w`, `\\b` and `[a-z]` all fail on it). A text holding it
reads it as it does alone: each match's text is found from the texts' lengths."""


def _plurals_brought_in(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it writes, outside its quotations, "the" and a plural it did not
    write before that the sentence before brought into its article (see the module
    docstring)."""
    marked = np.zeros(len(texts), dtype=bool)
    starts = set(int(start) for start in article_starts)
    for row, at, noun in _plural_nouns(texts):
        if row in starts or marked[row]:
            continue
        text = texts[row]
        before = texts[row - 1]
        # literals first: the noun in the sentence before, not in this one's words before
        if noun not in before or noun in text[:at]:
            continue
        first = max((start for start in starts if start <= row), default=0)
        if _brought_in(noun, before, texts[first : row - 1]) and says_outside_quotes(
            re.compile(rf"\bthe\s+(?:[a-z][a-z-]+\s+)?{noun}\b"), text
        ):
            marked[row] = True
    return marked


def _plural_nouns(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """Each match of `_THE_PLURAL`, and of `_CLEFT` in a text writing its middle
    (`_CLEFT_MIDDLE`), as its text's row, where it starts in that text and its noun.
    `_THE_PLURAL` and the middle are searched once over the texts joined: one search a text
    cost `presumes_before` half as much again (0.13 → 0.08 ms a cluster, the same matches)."""
    joined = _APART.join(texts)
    # where each text ends in `joined` (its `_APART`'s place): a place's text is the number
    # of ends at or before it
    ends = list(map(add, accumulate(map(len, texts)), range(len(texts))))
    found = []
    for match in _THE_PLURAL.finditer(joined):
        row = bisect_right(ends, match.start())
        found.append((row, match.start() - ends[row] + len(texts[row]), match.group(1)))
    clefts = {bisect_right(ends, cleft.start()) for cleft in _CLEFT_MIDDLE.finditer(joined)}
    for row in sorted(clefts):
        found += ((row, cleft.start(), cleft.group(1)) for cleft in _CLEFT.finditer(texts[row]))
    return found
