"""Timeline: sentences that carry a date, with the date resolved.

Date expressions are found with the patterns below (named, one per form). Forms that
name their year are read directly; relative forms ("on Tuesday", "yesterday", "April 7")
are handed to dateparser one at a time and resolved against the article's publication
date with PREFER_DATES_FROM="current_period" ("past" puts a weekday a week too early
when the article was published on that weekday).
Vague spans ("last week", "a year ago") are not dated: they would be wrong with confidence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from chorus.analyze.model import Excerpt, Precision, TimelineEntry
from chorus.model import Sentence

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

DATE_PATTERNS: tuple[tuple[str, bool, str], ...] = (
    # (form, relative to the publication date?, pattern); earlier forms win on overlap.
    ("iso date", False, rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    ("month day year", False, rf"\b{_MONTH} {_DAY},? {_YEAR}\b"),
    ("day month year", False, rf"\b{_DAY} {_MONTH},? {_YEAR}\b"),
    ("month year", False, rf"\b{_MONTH},? {_YEAR}\b"),
    ("month day", True, rf"\b{_MONTH} {_DAY}\b(?!,? \d)"),
    ("day month", True, rf"\b{_DAY} {_MONTH}\b"),
    ("weekday", True, rf"\b(?:(?:last|next|this) )?{_WEEKDAY}\b"),
    ("yesterday or today", True, r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b"),
    ("year", False, rf"(?<=\b[Ii]n ){_YEAR}\b"),
)
_COMPILED = tuple((form, relative, re.compile(p)) for form, relative, p in DATE_PATTERNS)
_FIRST_CHARACTERS = r"[\dJFMASONDTWYlnty]"
"""What a form can start with: a digit, a month's or weekday's capital, "last", "next",
"this", "yesterday", "today" or "tonight"."""
_ANY = re.compile(
    f"(?={_FIRST_CHARACTERS})(?:" + "|".join(f"(?:{p})" for _, _, p in DATE_PATTERNS) + ")"
)
"""One search that rules out the many sentences without a date before each form is tried;
the lookahead spares the nine forms every other position (3x)."""
_DIGIT = re.compile(r"\d")


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR_CUES = ("-", "n 1", "n 2", *_MONTH_STARTS)
"""What a form with digits holds besides them: the dash of an ISO date, "in" before a
year, or a month."""


def _may_hold_a_date(text: str) -> bool:
    """Every form needs "day" (weekdays, yesterday, today), "tonight", or a digit with one
    of _YEAR_CUES: these tests are far cheaper than `_ANY`, which tries nine forms at
    every position (a third of the sentences with a digit hold no cue)."""
    if "day" in text or "onight" in text:
        return True
    return _DIGIT.search(text) is not None and any(cue in text for cue in _YEAR_CUES)


_SETTINGS = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": []}
_PERIODS: dict[str, Precision] = {"day": "day", "week": "day", "month": "month", "year": "year"}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a sentence, by offsets into its article."""

    start: int
    end: int
    relative: bool


def find_dates(sentence: Sentence) -> list[DateMatch]:
    """Date expressions of a sentence, left to right, without overlaps."""
    text = sentence.text
    if not _may_hold_a_date(text) or (earliest := _ANY.search(text)) is None:
        return []
    # No form matches before the first place any form does: each starts its scan there
    # (its word boundaries and lookbehinds still see the text before).
    taken: list[DateMatch] = []
    for _, relative, pattern in _COMPILED:
        for match in pattern.finditer(text, earliest.start()):
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(DateMatch(start, end, relative))
    return sorted(taken, key=lambda m: m.start)


@functools.lru_cache(maxsize=256)
def _parser(base: dt.date) -> Any:
    """One dateparser per base date: building one costs more than parsing with it.
    dateparser is imported here, so a briefing without the analysis never loads it."""
    from dateparser.date import DateDataParser

    relative_base = dt.datetime.combine(base, dt.time())
    return DateDataParser(languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": relative_base})


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMBERS = re.compile(r"\d+")
_LETTERS = re.compile(r"[A-Za-z]+")
_MONTH_WORD = re.compile(_MONTH)
_YEAR_NUMBER = re.compile(_YEAR)


def absolute(expression: str) -> tuple[dt.date, Precision] | None:
    """The date of a form that names its year ("2016", "January 2016", "April 7, 2018",
    "7 April 2018", "2018-04-07"), read directly: dateparser takes ~1 ms for each, and
    gives the same dates (checked on every such expression of raw Multi-News validation);
    a missing month or day is the first, as dateparser gives with its 1900-01-01 base."""
    found = _NUMBERS.findall(expression)
    if not found or not _YEAR_NUMBER.fullmatch(found[0] if len(found) == 3 else found[-1]):
        return None
    numbers = [int(n) for n in found]
    words = [w for w in _LETTERS.findall(expression) if _MONTH_WORD.fullmatch(w)]
    months = [MONTHS.index(w[:3].lower()) + 1 for w in words]
    try:
        if months and len(numbers) == 2:
            return dt.date(numbers[1], months[0], numbers[0]), "day"
        if months and len(numbers) == 1:
            return dt.date(numbers[0], months[0], 1), "month"
        if not months and len(numbers) == 3:
            return dt.date(*numbers), "day"
        if not months and len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), "year"
    except ValueError:
        return None
    return None


@functools.lru_cache(maxsize=4096)
def resolve(expression: str, base: dt.date | None) -> tuple[dt.date, Precision] | None:
    """The date an expression names, or None when it cannot be read. Relative forms are
    resolved by dateparser against `base` (the publication date); absolute ones directly."""
    if base is None:
        return absolute(expression)
    data = _parser(base).get_date_data(expression.rstrip("."))
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    return data.date_obj.date(), _PERIODS[data.period]


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    reason: str


def timeline(sentences: Iterable[Sentence], skip_relative: frozenset[str]) -> Timeline:
    """Dated sentences in date order. Relative dates of articles in `skip_relative`
    (background articles, whose publication date may not be the story's) are left out."""
    entries: list[TimelineEntry] = []
    undated = background = unreadable = 0
    for sentence in sentences:
        article = sentence.article
        for match in find_dates(sentence):
            if match.relative and article.published is None:
                undated += 1
                continue
            if match.relative and article.id in skip_relative:
                background += 1
                continue
            expression = Excerpt(article, match.start, match.end)
            resolved = resolve(expression.text, article.published if match.relative else None)
            if resolved is None:
                unreadable += 1
                continue
            date, precision = resolved
            entries.append(
                TimelineEntry(date, precision, sentence, expression, relative=match.relative)
            )
    entries.sort(key=lambda e: (e.date, e.sentence.article.id, e.sentence.index))
    return Timeline(tuple(entries), _reason(entries, undated, background, unreadable))


def _reason(
    entries: Sequence[TimelineEntry], undated: int, background: int, unreadable: int
) -> str:
    """Why the timeline is empty, or what it leaves out when it is not."""
    left_out = []
    if undated:
        left_out.append(
            f"{undated} relative date expression(s) (such as 'on Tuesday') could not be "
            "resolved: no publication date is known for their articles (set one with --date)"
        )
    if background:
        left_out.append(
            f"{background} relative date expression(s) of background articles (their "
            "publication date may not be the story's)"
        )
    if left_out:
        return ("not shown: " if entries else "") + "; ".join(left_out)
    if entries:
        return ""
    if unreadable:
        return f"{unreadable} date expression(s) could not be read"
    return "no dated events found"
