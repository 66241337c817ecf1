"""Dates as a reader reads them: "13 April 2018", "April 2018" for a month, "2018".

The JSON keeps ISO dates (docs/json-schema.md); the Markdown and the page show these.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chorus.language.counts import MONTHS, WEEKDAYS


def read_date(date: dt.date, precision: str = "day", *, short: bool = False) -> str:
    """`date` as far as `precision` ("day", "month" or "year") says: an event "in April
    2018" has no day, and "1 April 2018" would invent one. `short` writes the month in
    three letters ("28 Sep 2018"), as a chart's axis has room for."""
    if precision == "year":
        # Only a year written with its era is read below 1000 ("around 256 A.D."): its era
        # tells it from a count.
        return str(date.year) if date.year >= 1000 else f"AD {date.year}"
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


_ISO_DAYS = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:, \d{4}-\d{2}-\d{2})*\b")


def read_days(days: Sequence[dt.date]) -> str:
    """Days one sentence names, in order: "13 and 14 June 2016" when they share a month,
    else each in full ("31 May 2016 and 1 June 2016")."""
    ordered = sorted(days)
    if len({(d.year, d.month) for d in ordered}) == 1:
        words = [str(d.day) for d in ordered[:-1]] + [read_date(ordered[-1])]
    else:
        words = [read_date(d) for d in ordered]
    return in_series(words)


def in_series(words: Sequence[str]) -> str:
    """Words as a sentence lists them: "2 and 5", "1, 3 and 6"."""
    return " and ".join(words) if len(words) < 3 else ", ".join(words[:-1]) + " and " + words[-1]


def with_days_read(text: str) -> str:
    """A reason the analysis words with ISO days, "Different dates for one event:
    2016-06-13, 2016-06-14 vs 2016-06-15", with the days as read: "13 and 14 June 2016
    vs 15 June 2016" (the JSON keeps the reason as the analysis words it)."""
    return _ISO_DAYS.sub(
        lambda m: read_days([dt.date.fromisoformat(d) for d in m[0].split(", ")]), text
    )


_MONTH_WORDS = frozenset(m[:3].casefold() for m in MONTHS)
_DATE_WORDS = _MONTH_WORDS | {w[:3] for w in WEEKDAYS} | {"the", "of", "st", "nd", "rd", "th"}
"""Words that write a day or a month and nothing more, by their first three letters."""


def says_only(words: str, date: dt.date, precision: str) -> bool:
    """Whether an article's words for a date say only what `read_date` shows: "April 7"
    under "7 April 2018" (its year read from the article's date), "Tuesday, April 10";
    not "on Tuesday" or "last week", which say what the date was read from."""
    parts = re.findall(r"[a-z]+|\d+", words.casefold())
    named = {p[:3] for p in parts if not p.isdigit()}
    days = {int(p) for p in parts if p.isdigit()}
    return (
        named <= _DATE_WORDS
        and not named.isdisjoint(_MONTH_WORDS)
        and days == ({date.day} if precision == "day" else set())
    )
