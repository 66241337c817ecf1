"""A paper's print trailer closing its page: "A version of this article appeared August 24,
2012, on page A11 in the U.S. edition of The Wall Street Journal, with the headline: What I
Learned at Bain Capital." (raw 220 [0], the paper's op-ed by Mitt Romney).

The paper says where it printed the story, on which day and under which headline: the
page's outlet, its date and its title, each the page's own, as a print page line ("This
article appeared on page E - 1 of the San Francisco Chronicle", own_notices.PRINT_PAGE)
names its paper. The trailer is read only whole and only on the page's last three lines,
where a paper sets it: a sentence telling of another paper's print edition is no trailer.
The print day is the story's in print; its web page may have run the evening before, a
day the timeline's "today" is at most one off, and a day its Sources line shows as the
paper dates it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chorus.language.counts import MONTHS

LAST_LINES = 3
"""The page's closing lines, where a paper sets its trailer."""
PRINT_TRAILER = re.compile(
    r"A version of this (?:article|story|column|essay|review|interview|op-ed) appeared "
    rf"(?P<month>{'|'.join(MONTHS)}) (?P<day>\d{{1,2}}), (?P<year>(?:19|20)\d\d),? "
    r"on page [A-Z]?\d{1,3} (?:in|of) the [\w.' -]{1,30}? edition of "
    r"(?P<name>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}),? "
    r"with the headline: (?P<title>\S.{1,200}?)\.?"
)
"""The Wall Street Journal's trailer: "A version of this article appeared <Month> <day>,
<year>, on page <page> in the <edition> edition of <Paper>, with the headline: <title>."
The New York Times' ("… appears in print on …, on page A1 of the New York edition with the
headline: …") names no paper, and stands on no page of raw or DUC: not read."""


@dataclass(frozen=True, slots=True)
class PrintTrailer:
    """What a page's print trailer says of it, and the line saying it."""

    outlet: str
    date: dt.date
    title: str
    line: str


def trailer_line(line: str) -> re.Match[str] | None:
    """`PRINT_TRAILER` read whole on one line, its spaces made single."""
    # a C-level `startswith` passes every other line before the pattern runs
    return PRINT_TRAILER.fullmatch(line) if line.startswith("A version of this ") else None


def print_trailer(text: str) -> PrintTrailer | None:
    """The print trailer on one of the page's last three lines, with a day that exists."""
    if "A version of this " not in text:  # cheap test: almost no page prints one
        return None
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for line in [line for line in lines if line][-LAST_LINES:]:
        if (found := trailer_line(line)) is None:
            continue
        try:
            date = dt.date(int(found["year"]), MONTHS.index(found["month"]) + 1, int(found["day"]))
        except ValueError:
            return None
        return PrintTrailer(found["name"], date, found["title"], line)
    return None
