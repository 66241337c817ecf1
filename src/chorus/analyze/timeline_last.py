""" "last week", "last month", "last year": the period before the one its article was written
in, read only as precisely as the writing's date fixes it. "last year" in a page of 19
February 2013 is 2012 and "last month" January 2013; "last week" is some day from the Monday
of the week before to the day before the writing, so it is the month (or the year) those days
share, never a day the text does not give; "March last year" is March 2012 there, and "March
this year" March 2013 (after the writing's month, a plan: timeline_ahead marks it). An
undated article's are named in the note.

"the last year" and "his last week in office" tell a span or a final period, no calendar
one: a determiner before "last" leaves it unread."""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_months import MONTHS
from chorus.model import Sentence

LAST_PERIOD = "last period"
"""The form of "last week", "last month", "last year" and "March this year" (relative to the
writing)."""

DETERMINERS = ("the", "his", "her", "its", "their", "our", "my", "your", "a", "one", "this")
_LAST = re.compile(
    "".join(rf"(?<!\b{d} )(?<!\b{d.title()} )" for d in DETERMINERS)
    + r"\b[Ll]ast (week|month|year)\b(?!['’]s?\b)"
)
""""last week|month|year" not after a determiner ("the last year" is the twelve months
before, "his last year in office" his final one), nor a thing's ("the site of last year's
major disaster": the line tells the route's damage since, raw 7)."""


_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)}) $")
"""A month right before "last year" ("in March last year"): the month of the year before."""
_MONTH_THIS_YEAR = re.compile(rf"\b(?:{'|'.join(MONTHS)}) this year\b(?!['’]s?\b)")
"""A month of the writing's year ("In March this year, when Hillary Clinton visited India",
raw 192 of 8 December 2018: March 2018); "this year" alone is a span the writing is inside,
no calendar date (timeline_unread names it)."""


def last_periods(sentence: Sentence) -> list[DateMatch]:
    """The sentence's "last week|month|year", "last year" with the month before it, and a
    month "this year" (substring tests first: few sentences hold one)."""
    text = sentence.text
    offset = sentence.start
    found = []
    if "this year" in text:
        for m in _MONTH_THIS_YEAR.finditer(text):
            found.append(DateMatch(m.start() + offset, m.end() + offset, True, LAST_PERIOD))
    # "ast " first: one scan rules out most sentences, the three only those it leaves
    if "ast " not in text or (
        "ast week" not in text and "ast month" not in text and "ast year" not in text
    ):
        return found
    for m in _LAST.finditer(text):
        start = m.start()
        if m.group(1) == "year" and (month := _MONTH_BEFORE.search(text, 0, start)) is not None:
            start = month.start()
        found.append(DateMatch(start + offset, m.end() + offset, True, LAST_PERIOD))
    return sorted(found, key=lambda m: m.start)


_BESIDE = 4
"""The most characters between "last week|month|year" and a date that tells its day or
month ("in March last year", "Last week on July 4"): that date's row is the finer."""


def beside_a_date(period: DateMatch, matches: list[DateMatch]) -> bool:
    """Whether another date of the sentence stands right beside the period and says more."""
    return any(
        0 <= period.start - m.end <= _BESIDE or 0 <= m.start - period.end <= _BESIDE
        for m in matches
    )


def last_period(expression: str, base: dt.date) -> tuple[dt.date, Precision] | None:
    """The period "last week|month|year" names against `base` (the writing's day), at the
    precision `base` fixes; None for a week whose days span two years."""
    if base.year < 2:  # a base at the calendar's edge, from metadata: no year before it
        return None
    words = expression.split()
    period = words[-1].lower()
    if period == "year":
        first = words[0]
        if first in MONTHS:  # "March last year", "March this year"
            year = base.year if words[1] == "this" else base.year - 1
            return dt.date(year, MONTHS.index(first) + 1, 1), "month"
        return dt.date(base.year - 1, 1, 1), "year"
    if period == "month":
        return (base.replace(day=1) - dt.timedelta(days=1)).replace(day=1), "month"
    first = base - dt.timedelta(days=base.weekday() + 7)  # the Monday of the week before
    last = base - dt.timedelta(days=1)
    if first.year != last.year:
        return None
    if first.month == last.month:
        return first.replace(day=1), "month"
    return dt.date(first.year, 1, 1), "year"
