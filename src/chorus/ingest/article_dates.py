"""Which date each article carries where its metadata gives none: a line of its own at its
top ("Friday, October 22, 2010"), else its print trailer's (print_trailers.py), else its
share link's, its captions', its lede's after its captions, its story's day after them, its
first line's stamp or its posts' (own_dates.py), unless a page it links is dated later (its
text is newer than that date: not dated); and a date given for every article (`--date`, the
web form's), which replaces them, a date it sets aside noted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chorus.ingest.bylines import OPENING_LINES, byline_date
from chorus.ingest.own_dates import dated_elsewhere
from chorus.ingest.own_lines import OwnLine
from chorus.ingest.print_trailers import print_trailer
from chorus.ingest.quoting import quoted_date
from chorus.model import Article


def own_date(text: str) -> OwnLine | None:
    """The article's own date: a line of its own among its first `OPENING_LINES` that is
    a dated byline or a date alone ("October 19, 2010", "Friday, October 22, 2010"), as
    a page's byline is read; else the day its print trailer says it appeared; else its share
    link, captions, lede after its captions, story's day after them, first line's stamp or
    posts (own_dates)."""
    for line in [line for line in text.splitlines() if line.strip()][:OPENING_LINES]:
        date = byline_date(line, None)
        if date is not None:
            return OwnLine(date.isoformat(), line.strip(), "opening line")
    if (trailer := print_trailer(text)) is not None:
        return OwnLine(trailer.date.isoformat(), trailer.line, "print trailer")
    found = dated_elsewhere(text)
    return OwnLine(found[0].isoformat(), found[1], found[2]) if found else None


def with_dates(articles: list[Article], date: dt.date | None, notes: list[str]) -> list[Article]:
    """Every article dated `date` when one is given (`--date`, the web form's), an own date
    it replaces noted, else each without a date dated by its own lines (noted)."""
    if date is not None:
        for article in articles:
            _note_set_aside(article, date, notes)
        return [replace(article, published=date) for article in articles]
    return [
        _dated(article, notes) if article.published is None else article for article in articles
    ]


def _note_set_aside(article: Article, date: dt.date, notes: list[str]) -> None:
    """A note when the date given replaces another the article carries, in its metadata
    or its own lines: the user chose it, but a wrong `--date` would otherwise shift every
    relative date of the timeline unseen."""
    if article.published is not None:
        own, where = article.published, "metadata"
    else:
        line = own_date(article.text)
        if line is None:
            return
        shown = quoted_date(line.line, line.value)
        own, where = dt.date.fromisoformat(line.value), f"{line.rule} {shown}"
    if own != date:
        notes.append(
            f"{article.origin}: dated {date} as given; "
            f"its own date {own}, from its {where}, set aside"
        )


def _dated(article: Article, notes: list[str]) -> Article:
    own = own_date(article.text)
    if own is None:
        return article
    shown = quoted_date(own.line, own.value)
    date = dt.date.fromisoformat(own.value)
    if (later := linked_later(article.text, date)) is not None:
        notes.append(
            f"{article.origin}: its own date {own.value}, from its {own.rule} {shown}, not "
            f"read: it links a page of {later.isoformat()}, so its text was written later"
        )
        return article
    notes.append(f"{article.origin}: date {own.value} read from its {own.rule} {shown}")
    return replace(article, published=date)


_DATED_ADDRESS = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)/")
"""A web address's dated path ("salon.com/2017/01/16/cat-f..."): the day of the page it names."""


def linked_later(text: str, date: dt.date) -> dt.date | None:
    """The latest day an address in `text` is dated by, when it is after `date`: a page's own
    date older than a page it links is not its text's (raw 92's YouTube description,
    "Published on Dec 29, 2016", quoting a Salon story of 2017/01/16: the video's upload,
    its words edited in later, weeks before the story the briefing tells)."""
    if "/19" not in text and "/20" not in text:  # cheap test: most texts link no dated page
        return None
    days = []
    for address in _DATED_ADDRESS.finditer(text):
        try:
            days.append(dt.date(*(int(part) for part in address.groups())))
        except ValueError:
            continue
    latest = max(days, default=date)
    return latest if latest > date else None
