"""Dates as a reader reads them: "13 April 2018", "April 2018" for a month, "2018".

The JSON keeps ISO dates (docs/json-schema.md); the Markdown and the page show these.
"""

from __future__ import annotations

import datetime as dt

from chorus.language.counts import MONTHS


def read_date(date: dt.date, precision: str = "day", *, short: bool = False) -> str:
    """`date` as far as `precision` ("day", "month" or "year") says: an event "in April
    2018" has no day, and "1 April 2018" would invent one. `short` writes the month in
    three letters ("28 Sep 2018"), as a chart's axis has room for."""
    if precision == "year":
        return str(date.year)
    name = MONTHS[date.month - 1]
    month = f"{name[:3] if short else name} {date.year}"
    return month if precision == "month" else f"{date.day} {month}"


def read_span(first: dt.date, last: dt.date) -> str:
    """Two days as one: "13 April 2018", else "10 to 13 April 2018" when they share a
    month, else both in full."""
    if first == last:
        return read_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {read_date(last)}"
    return f"{read_date(first)} to {read_date(last)}"
