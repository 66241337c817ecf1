"""A sentence two outlets print alike: one row, not two. Two pages quoting one court filing
(raw 165: "President's Chief of Staff told the FBI that he had a conversation discussing the
Senate seat with Obama on December 7, 2008 in Obama's car.", one page's copy behind a
"Redacted portion :" label) tell one event on one date; listed twice, the reader counts two.

Only a sentence whose words stand, in order, inside the other's is read as the same: two
outlets' own wordings of one event may differ in what they tell, and grouping them is not
safe (docs/journal/timeline.md, "Timeline, forty-fifth pass (stop 36)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import TimelineEntry

_WORD = re.compile(r"\w+")
SHORTEST = 8
"""The fewest words of a sentence read as another's copy: a short line ("The vote was held
on March 3, 2015.") may be two outlets' own plain telling of different things."""


def _words(entry: TimelineEntry) -> str:
    """The sentence's words, lower-cased and spaced by one blank, framed by blanks."""
    return " " + " ".join(_WORD.findall(entry.sentence.text.lower())) + " "


def _fragment(entry: TimelineEntry) -> bool:
    """Whether the sentence opens in lower case: a piece its page's line break cut from
    the line ("spoke to labor union official on November 3, 2008 who ..."), which reads
    worse than the whole line holding it."""
    text = entry.sentence.text.lstrip(" \"'“‘(*")
    return text[:1].islower()


Row = tuple[TimelineEntry, str]
"""A row and its sentence's words (`_words`), read once."""


def _kept(one: Row, other: Row) -> Row:
    """Of a sentence and its copy inside a longer line, the one to show: the sentence
    itself (the longer line carries a label or a glued neighbour), unless it is a fragment."""
    short, long = sorted((one, other), key=lambda row: len(row[1]))
    return long if _fragment(short[0]) else short


def _copies(one: Row, other: Row) -> bool:
    """Whether two rows of two articles give one date to one sentence, its words standing
    in order inside the other's."""
    (first, words), (second, others) = one, other
    if first.sentence.article.id == second.sentence.article.id or first.when != second.when:
        return False
    a, b = sorted((words, others), key=len)
    return a.count(" ") > SHORTEST and a in b


def printed_once(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The rows, a sentence two articles print alike shown once."""
    kept: list[Row] = []
    for entry in entries:
        row = entry, _words(entry)
        at = next((i for i, k in enumerate(kept) if _copies(k, row)), None)
        if at is None:
            kept.append(row)
        else:
            kept[at] = _kept(kept[at], row)
    return [entry for entry, _ in kept]
