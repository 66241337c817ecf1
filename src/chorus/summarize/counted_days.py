"""Summary sentences counting a day on from a day a line before them tells ("the following
day", "two days later"), shown where no line above them tells that day.

"Investigators said Knowles used the same tried-and-true method when he robbed another
Walgreens at 3100 N. Andrews Avenue the following day." (raw validation 60 [1]) counts from
"On June 21st, he struck again, ..." three rows up, the first line of its paragraph: shown
below the paragraph's other lines and without that one, "the following day" is no day the
reader can tell. A day counted on outside quotation marks, by a sentence naming no day of
its own, counts from the nearest line before it in its article that names one (a month and
its day, "June 21st", "Aug. 5", or a weekday), when that line is at most three rows up: one
paragraph's run of a day's events. Over raw validation and DUC (25,189 sentences), 21
sentences count a day on so: 2 name a day of their own ("Around 8 p.m. Thursday, ... the
next morning", raw 72), one counts inside a quotation (239) and one in a supposition ("...
if they were still there the next day", 39); of the other 17, 6 have a line naming a day
within three rows up, each the line they count from (raw 9, 60, 161, 228, DUC 4, 7), and 11
count from a deed of theirs or of lines before ("... after he was elected, and insisted on
returning ... the next day", raw 237), where no line naming a day is found. In the
summaries at main, only 60's is shown, without its day.

Such a line is taken with its line before when that is the one naming the day, or left out
when that cannot be (docs/journal/summary.md, "Summary a reader sees, sixty-first pass").
A line shown above it that names the same day tells it too (another outlet's "a second
Walgreens on June 21").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.quotations import QUOTED

_COUNTED_ON = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:a|one|two|three|four|five|six)\s+days?\s+later)\b",
    re.IGNORECASE,
)
"""A day counted on from another ("the following day", "the next morning", "Two days
later"); not weeks, which count from a deed more often than a day."""
_DAY = re.compile(
    r"\b(?:(?P<month>"
    + "|".join(month[:3] for month in MONTHS)
    + r")(?:[a-z]*\.?)\s+(?P<date>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million))"
    + r"|(?P<weekday>"
    + "|".join(day.title() for day in WEEKDAYS)
    + r")\b)"
)
"""A day named: a month and its day ("June 21st", "Aug. 5", "August 5, 1974"), or a weekday."""
_REACH = 3
"""The most rows up a day counted on is looked for: one paragraph's run of a day's events."""


def _days(text: str) -> frozenset[str]:
    """The days a text names, as "jun 21" or "tuesday"."""
    return frozenset(
        day.lower() if (day := found["weekday"]) else f"{found['month'].lower()} {found['date']}"
        for found in _DAY.finditer(text)
    )


def counts_on(text: str) -> bool:
    """Whether a text counts a day on from another outside its quotations, not in a
    supposition, and names no day of its own ("... robbed another Walgreens ... the
    following day.")."""
    lowered = text.lower()
    # literals first: about 1 sentence in 1,200 writes either
    if "the next " not in lowered and "the following " not in lowered and " later" not in lowered:
        return False
    bare = QUOTED.sub(" ", text) if ('"' in text or "“" in text or "``" in text) else text
    found = _COUNTED_ON.search(bare)
    # a supposition's day counts from what it supposes ("... if they were still there the
    # next day.", raw 39)
    return found is not None and " if " not in bare[: found.start()] and not _days(text)


def day_counted_from(texts: Sequence[str], row: int, starts: Sequence[int]) -> int | None:
    """The row a day-counting `row` counts from: the nearest row before it in its article,
    at most `_REACH` rows up, naming a day; None when no such row is found."""
    first = max((int(start) for start in starts if start <= row), default=0)
    for before in range(row - 1, max(first, row - _REACH) - 1, -1):
        if _days(texts[before]):
            return before
    return None


def days_unshown(
    texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]
) -> list[tuple[int, int]]:
    """The rows of `shown` (a summary in its shown order) counting a day on from a row
    naming it, with that row: where neither it nor a line naming its day is shown above
    (see the module docstring)."""
    marked = []
    for n, row in enumerate(shown):
        if not counts_on(texts[row]):
            continue
        dated = day_counted_from(texts, row, starts)
        if dated is None or dated in shown[:n]:
            continue
        days = _days(texts[dated])
        if not any(days & _days(texts[other]) for other in shown[:n]):
            marked.append((row, dated))
    return marked
