"""A weekday that fixes the year: in an article with no publication date, "died on
Wednesday, November 21" (or "Tuesday, 13 November", the day first) names a day of one year
when exactly one year near the years the article writes has November 21 on a Wednesday
(2018, by its "October 2017"). Two years that fit show nothing. A line that is only such a
date heads a dated post ("Sunday, November 6" above "Jack the cat had to be euthanized by
the veterinarian today."): it is the date of writing of what follows it, against which its
relative dates are read, in a dated article too, whose publication date is its last
update's (raw 166's November 8).
In a dated article, a weekday with its month and day ("on Friday, Aug. 17") is shown only
when it is read as that day, and the month and day only when they fall on that weekday.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import MONTHS, DateMatch
from chorus.analyze.timeline_lower import WEEKDAY

WEEKDAY_DATE = "weekday month day"
"""The form of "Wednesday, November 21" and "Tuesday, 13 November": a weekday, then its
month and day in either order, no year."""
_DAY_FORMS = ("month day", "day month")
_WEEKDAY_JOIN = re.compile(r",? (?:the )?")
_A_LIST_S_JOIN = re.compile(r",? (?:and|or) |, ")
_MONTH_AND_DAY = re.compile(r"([A-Z][a-z]+)\.? (\d+)|(\d+)(?:st|nd|rd|th)? ([A-Z][a-z]+)")
_LISTED_BEFORE = re.compile(r"(?:\b(?:and|or|to|through|until) |[-–/] ?)$")
_LISTED_AFTER = re.compile(r"(?:[-–/]| to | through | and | or )\d")
"""A weekday or a day one of several ("Monday and Tuesday, April 3 and 4"): the pairs of
weekday and day are not the words' order, and which of them fixes the year is not told
(raw 104's is April 2017, whose Monday is the 3rd; "Tuesday, April 3" alone fits 2018)."""
_PARTS = re.compile(rf"({WEEKDAY}),? (?:the )?")
_HEADING = re.compile(
    rf"\s*{WEEKDAY},? (?:[A-Z][a-z]+\.? \d+(?:st|nd|rd|th)?|\d+(?:st|nd|rd|th)? [A-Z][a-z]+)"
    r"\s*[.:]?\s*"
)
_LONGEST_HEADING = 40
_NAMED_YEAR = re.compile(r"(?<![\d$£€.,/:-])(?:19[5-9]\d|20\d\d)(?![\d%]|[.,]\d)")
"""A year the article writes; a figure's digits are none ("$2012", "18,2015")."""
_NEAR = 1
"""How far from a year an article names its undated days may lie ("diagnosed in October
2017" ... "died on Wednesday, November 21": 2018)."""


@functools.lru_cache(maxsize=256)
def named_years(text: str) -> tuple[int, ...]:
    """The years an article writes, in order."""
    return tuple(sorted({int(y) for y in _NAMED_YEAR.findall(text)}))


def years_near(text: str) -> tuple[int, ...]:
    """The years an article's undated days may fall in: each year it names, one either side.
    All of them, not the latest alone: a later year it looks ahead to ("the 2020 election")
    would fit a weekday of a year the window missed, where the article's own year, named,
    makes two fit and nothing shown."""
    return tuple(sorted({y + d for y in named_years(text) for d in range(-_NEAR, _NEAR + 1)}))


def _month_and_day(text: str, at: int) -> tuple[int, int] | None:
    """The month and day written at `at`, "November 21" or "13 November"."""
    written = _MONTH_AND_DAY.match(text, at)
    if written is None:
        return None
    month, day = (1, 2) if written.group(1) else (4, 3)
    if written.group(month)[:3].lower() not in MONTHS:
        return None
    return MONTHS.index(written.group(month)[:3].lower()) + 1, int(written.group(day))


def _weekday_and_day(words: str) -> tuple[int, int, int] | None:
    """The weekday (0 Monday), month and day "Wednesday, November 21" writes."""
    parts = _PARTS.match(words)
    if parts is None or (day := _month_and_day(words, parts.end())) is None:
        return None
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").index(parts.group(1)[:3])
    return weekday, *day


def _fitting(words: str, years: tuple[int, ...]) -> list[dt.date]:
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
    fits = _fitting(words, years_near(article_text))
    return (fits[0], "day") if len(fits) == 1 else None


def heading_day(words: str, base: dt.date) -> dt.date | None:
    """The day a post's heading ("Tuesday, October 25") names in an article published on
    `base`: the last such month and day on or before it, when its weekday is the one the
    heading writes."""
    parts = _weekday_and_day(words)
    if parts is None:
        return None
    weekday, month, day = parts
    for year in (base.year, base.year - 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= base:
            return date if date.weekday() == weekday else None
    return None


def weekday_note(words: str, article_text: str) -> str:
    """What a line fixed by its weekday says in its note: the words, and the year the
    article names that it lies near ("Wednesday, November 21: a Wednesday in 2018 alone,
    near the article's 2017")."""
    fits = _fitting(words, years_near(article_text))
    if len(fits) != 1:
        return ""
    year = fits[0].year
    near = [str(y) for y in named_years(article_text) if abs(y - year) <= _NEAR]
    day = words.split(",")[0].split()[0]
    return f"{words}: a {day} in {year} alone, near the article's {' and '.join(near)}"


def with_weekday_dates(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """The matches with each weekday and the month and day right after it ("Wednesday,
    November 21") made one: the weekday may fix the year the month and day do not name."""
    merged: list[DateMatch] = []
    for match in matches:
        if merged and _one_day(text, merged[-1], match):
            merged[-1] = DateMatch(merged[-1].start, match.end, True, WEEKDAY_DATE)
            continue
        merged.append(match)
    return merged


def _one_day(text: str, weekday: DateMatch, day: DateMatch) -> bool:
    """Whether a weekday and the month and day right after it write one day ("Friday, Aug.
    17"), not two of a list ("Monday and Tuesday, April 3 and 4")."""
    return (
        weekday.form == "weekday"
        and day.form in _DAY_FORMS
        and _WEEKDAY_JOIN.fullmatch(text, weekday.end, day.start) is not None
        and _LISTED_BEFORE.search(text, max(0, weekday.start - 9), weekday.start) is None
        and _LISTED_AFTER.match(text, day.end) is None
    )


def off_its_day(text: str, match: DateMatch, matches: list[DateMatch], date: dt.date) -> bool:
    """Whether a weekday, or a list of weekdays, read as `date` has another month and day
    written right after it: in a dated article that day dates the event, where the weekday
    read alone is the week's last ("tendered his resignation on Friday, Aug. 17" in an
    article of Friday, Aug. 31; "anchors from South Korea on Monday and Tuesday, April 3 and
    4" in one of March 24)."""
    if match.form != "weekday":
        return False
    at = matches.index(match)
    while at + 1 < len(matches) and matches[at + 1].form == "weekday":
        if _A_LIST_S_JOIN.fullmatch(text, matches[at].end, matches[at + 1].start) is None:
            return False
        at += 1
    if at + 1 == len(matches) or matches[at + 1].form not in _DAY_FORMS:
        return False
    day = matches[at + 1]
    if _WEEKDAY_JOIN.fullmatch(text, matches[at].end, day.start) is None:
        return False
    written = _month_and_day(text, day.start)
    return written is not None and (date.month, date.day) != written


def off_its_weekday(text: str, match: DateMatch, matches: list[DateMatch], date: dt.date) -> bool:
    """Whether a month and day read as `date` falls on another weekday than the one written
    right before it: its year is not the one the writer meant."""
    at = matches.index(match)
    if at == 0 or not _one_day(text, matches[at - 1], match):
        return False
    written = text[matches[at - 1].start : matches[at - 1].start + 3]
    return date.weekday() != ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").index(written)


def post_heading(line: str) -> bool:
    """Whether a sentence is only a weekday, month and day: a dated post's heading."""
    return len(line) < _LONGEST_HEADING and _HEADING.fullmatch(line) is not None
