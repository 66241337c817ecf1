"""Dates given as values rather than told in an article's prose: a JSON record's date, a
page's metadata or byline date, and the publication date a user gives (`--date`, the web
form's field). Pure functions over strings and numbers."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from chorus.errors import ChorusError
from chorus.language.counts import MONTHS

_MONTH_NUMBERS = {
    name: number
    for number, month in enumerate(MONTHS, start=1)
    for name in (month.lower(), month[:3].lower(), month[:4].lower())
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WRITTEN_DATES = (
    re.compile(
        rf"(?:[A-Za-z]+,? )?{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})"
    ),
    re.compile(
        rf"(?:[A-Za-z]+,? )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<year>\d{{4}})"
    ),
)
"""A date as a byline writes it: "April 13, 2018", "Apr. 13 2018", "Friday, 13 April 2018".
Only forms whose month is a word: "04/05/2018" is April 5 or May 4, as its writer meant."""
_YEAR = re.compile(r"\d{4}")
"""A year's digits: a month and day without them ("May 19") are refused for that."""
_EARLIEST_EPOCH = 100_000_000
"""Seconds since 1970 below this (1973) are no timestamp: a year (2018) or a count."""


def parse_date(value: object) -> dt.date | None:
    """A record's or a page's date, else None: ISO (`2018-04-13`, `2018-04-13T09:00:00Z`),
    a byline's ("April 13, 2018"), an e-mail's or RSS feed's ("Fri, 13 Apr 2018 10:00:00
    GMT"), or a Unix timestamp in seconds or milliseconds (1523613600)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _timestamp_date(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return _written_date(text)


def _timestamp_date(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # JavaScript's Date.now() counts milliseconds
        seconds /= 1000
    if seconds < _EARLIEST_EPOCH:
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _written_date(text: str) -> dt.date | None:
    for pattern in _WRITTEN_DATES:
        found = pattern.fullmatch(text)
        month = found and _MONTH_NUMBERS.get(found["month"].lower())
        if found and month:
            try:
                return dt.date(int(found["year"]), month, int(found["day"]))
            except ValueError:
                return None
    return None


EARLIEST_YEAR, LATEST_YEAR = 1000, 9000
"""The years a given publication date may name: near the calendar's ends (year 1, year
9999) resolving "on Tuesday" or "next year" against it overflows Python's dates."""


def given_date(value: str, *, name: str) -> dt.date:
    """The publication date a user gave for every article (`--date`, the web form's
    field): YYYY-MM-DD, an ISO 8601 date and time whose date is taken, or a date whose
    month is a word ("April 13, 2018", "13 April 2018"), else a ChorusError that names
    `name` and says what is expected."""
    try:
        date = _iso_date(value.strip())
    except ValueError:
        # "April 13, 2018", as a byline writes it and a JSON record's date is read.
        written = _written_date(value.strip())
        if written is None:
            yearless = _YEAR.search(value) is None and any(m in value for m in MONTHS)
            what = "gives no year" if yearless else "not a calendar date"
            raise ChorusError(
                f"{name} {value!r}: {what}; expected YYYY-MM-DD, e.g. 2018-04-13"
            ) from None
        date = written
    if not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
        raise ChorusError(
            f"{name} {value!r}: expected a year from {EARLIEST_YEAR} to {LATEST_YEAR}"
        )
    return date


def _iso_date(text: str) -> dt.date:
    """The date of an ISO 8601 date, or of a date and time ("2018-04-13T10:00Z")."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text).date()
