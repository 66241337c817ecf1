"""A weekday that fixes the year: in an article with no publication date, "died on
Wednesday, November 21" names a day of one year when exactly one year near the years the
article writes has November 21 on a Wednesday (2018, by its "October 2017"). Two years
that fit show nothing. A line that is only such a date heads a dated post ("Sunday,
November 6" above "Jack the cat had to be euthanized by the veterinarian today."): it is
the date of writing of what follows it, against which its relative dates are read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import MONTHS, DateMatch
from chorus.analyze.timeline_lower import WEEKDAY

WEEKDAY_DATE = "weekday month day"
"""The form of "Wednesday, November 21": a weekday, then its month and day, no year."""
_WEEKDAY_JOIN = re.compile(r",? (?:the )?")
_LISTED_BEFORE = re.compile(r"(?:\b(?:and|or|to|through|until) |[-–/] ?)$")
_LISTED_AFTER = re.compile(r"(?:[-–/]| to | through | and | or )\d")
"""A weekday or a day one of several ("Monday and Tuesday, April 3 and 4"): the pairs of
weekday and day are not the words' order, and which of them fixes the year is not told
(raw 104's is April 2017, whose Monday is the 3rd; "Tuesday, April 3" alone fits 2018)."""
_PARTS = re.compile(rf"({WEEKDAY}),? (?:the )?([A-Z][a-z]+)\.? (\d+)")
_HEADING = re.compile(rf"\s*{WEEKDAY},? [A-Z][a-z]+\.? \d+(?:st|nd|rd|th)?\s*[.:]?\s*")
_LONGEST_HEADING = 40
_NAMED_YEAR = re.compile(r"(?<![\d$£€.,/:-])(?:19[5-9]\d|20\d\d)(?![\d%]|[.,]\d)")
"""A year the article writes; a figure's digits are none ("$2012", "18,2015")."""
_NEAR = 1
"""How far from the latest year an article names its undated days may lie: a weekday with
no year is of the article's present, at or just after the last year it writes ("diagnosed
in October 2017" ... "died on Wednesday, November 21": 2018)."""


@functools.lru_cache(maxsize=256)
def years_near(text: str) -> range | None:
    """The years an article's undated days may fall in: the latest year it names, one
    either side; None when it names none."""
    named = [int(y) for y in _NAMED_YEAR.findall(text)]
    return range(max(named) - _NEAR, max(named) + _NEAR + 1) if named else None


def _weekday_and_day(words: str) -> tuple[int, int, int] | None:
    """The weekday (0 Monday), month and day "Wednesday, November 21" writes."""
    parts = _PARTS.match(words)
    if parts is None or parts.group(2)[:3].lower() not in MONTHS:
        return None
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").index(parts.group(1)[:3])
    return weekday, MONTHS.index(parts.group(2)[:3].lower()) + 1, int(parts.group(3))


def _fitting(words: str, years: range) -> list[dt.date]:
    """The days among `years` that are the month and day `words` write on their weekday."""
    parts = _weekday_and_day(words)
    if parts is None:
        return []
    weekday, month, day = parts
    fits = []
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday:
            fits.append(date)
    return fits


def fixed_by_weekday(words: str, article_text: str) -> tuple[dt.date, Precision] | None:
    """The day "Wednesday, November 21" names, when its weekday fits one year alone among
    those near the article's (`years_near`)."""
    years = years_near(article_text)
    fits = _fitting(words, years) if years is not None else []
    return (fits[0], "day") if len(fits) == 1 else None


def weekday_note(words: str, article_text: str) -> str:
    """What a line fixed by its weekday says in its note: the words, and the years it was
    the only one of ("Wednesday, November 21: a Wednesday in 2018 alone of 2016 to 2018")."""
    years = years_near(article_text)
    fits = _fitting(words, years) if years is not None else []
    if years is None or len(fits) != 1:
        return ""
    day = words.split(",")[0].split()[0]
    return f"{words}: a {day} in {fits[0].year} alone of {years[0]} to {years[-1]}"


def with_weekday_dates(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """The matches with each weekday and the month and day right after it ("Wednesday,
    November 21") made one: the weekday may fix the year the month and day do not name."""
    merged: list[DateMatch] = []
    for match in matches:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.form == "weekday"
            and match.form == "month day"
            and _WEEKDAY_JOIN.fullmatch(text, last.end, match.start) is not None
            and _LISTED_BEFORE.search(text, max(0, last.start - 9), last.start) is None
            and _LISTED_AFTER.match(text, match.end) is None
        ):
            merged[-1] = DateMatch(last.start, match.end, True, WEEKDAY_DATE)
            continue
        merged.append(match)
    return merged


def post_heading(line: str) -> bool:
    """Whether a sentence is only a weekday, month and day: a dated post's heading."""
    return len(line) < _LONGEST_HEADING and _HEADING.fullmatch(line) is not None
