"""How a note quotes the line of an article it read an outlet or a date from: whole when
short, else the words around what it read, so that the reader sees the date or the name
the note claims ("…in New York, U.S., April 13, 2018. REUTERS/Eduardo…", not the
caption's first 80 characters, "United States Ambassador … greets Russian Ambass")."""

from __future__ import annotations

import datetime as dt

from chorus.language.counts import WEEKDAYS

NOTE_WIDTH = 80
"""Characters of a line a note shows, its "…" marks aside."""
_BEFORE = 50
"""Characters shown before what was read, when the line is cut."""


def _quoted(line: str, keep: str, *, last: bool = False) -> str:
    """`line` in quotes, cut to about `NOTE_WIDTH` characters around the first `keep` in
    it (the last with `last`; the line's start when it holds none), at spaces, marked
    "…"."""
    if len(line) <= NOTE_WIDTH:
        return repr(line)
    find = line.lower().rfind if last else line.lower().find
    at = max(find(keep.lower()), 0)
    start = max(0, min(at - _BEFORE, len(line) - NOTE_WIDTH))
    if start > 0:
        # The word cut into starts the quote; a link's whole address is a word.
        start = line.rfind(" ", 0, start + 1) + 1
    kept = at + len(keep)
    end = max(start + NOTE_WIDTH, kept)
    if end < len(line):
        # The words that close a date ("June 9, 2016", said last) kept whole.
        end = max(line.rfind(" ", kept, end), _word_end(line, kept, end))
    shown = line[start:end].strip()
    cut = end < len(line) and not shown.endswith(("...", "…"))
    return repr(f"{'…' if start > 0 else ''}{shown}{'…' if cut else ''}")


def quoted_outlet(line: str, outlet: str) -> str:
    """`line` quoted around the `outlet` it named; a spelled-out address, "ereeve at
    theatlantic dot com", names theatlantic.com."""
    return _quoted(line, outlet.replace(".", " dot ") if " dot " in line else outlet)


def quoted_date(line: str, date: str) -> str:
    """`line` quoted around the ISO `date` it gave: the year is in every written form of
    it ("April 13, 2018", a link's ".../2017/07/08/..."), the last in a caption or a post
    that closes on it; a lede that gave only its weekday ("… was recovering Wednesday …",
    read after its captions), around that."""
    linked = date.replace("-", "/")
    weekday = WEEKDAYS[dt.date.fromisoformat(date).weekday()]
    keep = next((form for form in (linked, date[:4]) if form in line), weekday)
    return _quoted(line, keep, last=True)


def _word_end(line: str, at: int, end: int) -> int:
    """Where the word `at` is in ends, or `end` inside a word running past it (a link)."""
    space = line.find(" ", at, end + 1)
    return end if space < 0 else space
