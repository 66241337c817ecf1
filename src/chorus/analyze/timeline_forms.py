"""Date expressions: the forms a date takes in English news text, where they stand in a
sentence and, for a form that names its year, the date it names.

Forms are found with the patterns of timeline_form_patterns.py (named, one per form, each
told there); earlier forms win where two overlap. Which of them date an event is the
timeline's question, not this module's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chorus.analyze.model import Precision
from chorus.analyze.timeline_form_patterns import (
    ANY,
    COMPILED,
    DATE_PATTERNS,
    LAST_YEAR,
    MONTH,
    OLD,
    OLD_YEAR,
    YEAR,
    YEAR_RANGE,
)
from chorus.analyze.timeline_lower import DAY, lower_month_before
from chorus.model import Sentence

_LAST = len("Last ")
"""How far before the first place `ANY` matches a weekday's scan starts: "Last" opening a
sentence ("Last Friday, it was found ...") is left out of the characters `ANY` looks ahead
for, where its capital would try every form before each "L" (a tenth of `find_dates`'
cost)."""
_DIGIT = re.compile(r"\d")


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_A_MONTH = re.compile("|".join(_MONTH_STARTS))  # a third of twelve substring tests' cost
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_OLD_YEAR_LIKE = re.compile(r" 1[0-7]\d\d")
"""Where an old year may stand: few sentences hold one, so its pattern, left out of `ANY`,
is searched only there (after a test for " 1", far cheaper: most sentences hold none)."""


def _may_hold_a_date(text: str) -> bool:
    """Every form needs "day" (weekdays, yesterday, today), "tonight", a year, or a digit
    and a month: these tests are far cheaper than `ANY`, which tries ten forms at every
    position (a third of the sentences with a digit hold neither a year nor a month)."""
    if "day" in text or "onight" in text:
        return True
    if _DIGIT.search(text) is None:
        return False
    if _YEAR_LIKE.search(text) is not None or _A_MONTH.search(text) is not None:
        return True
    return _may_hold_a_far_year(text)


def _may_hold_a_far_year(text: str) -> bool:
    """Whether `text` may hold an old year or 2100, the form `ANY` leaves out."""
    return (" 1" in text and _OLD_YEAR_LIKE.search(text) is not None) or LAST_YEAR in text


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a sentence, by offsets into its article."""

    start: int
    end: int
    relative: bool
    form: str


def _lower_case_months(text: str, offset: int) -> list[DateMatch]:
    """The lower-case months with their year of a sentence's `text` (at `offset` in its
    article), and its dates in figures (timeline_lower), looked for before each year only:
    a search of the whole sentence cost 0.04 ms a raw cluster."""
    found = []
    for year in _YEAR_LIKE.finditer(text):
        if text[year.end() : year.end() + 1].isdigit():
            continue
        if (before := lower_month_before(text, year.start())) is not None:
            month, form = before
            found.append(DateMatch(month.start(1) + offset, year.end() + offset, False, form))
    return found


_YEAR_FORMS = frozenset(("iso date", "month day year", "day month year", "month year", "year"))
_MONTH_FORMS = _YEAR_FORMS - {"iso date", "year"} | {"month day", "day month"}


def _forms_without_their_words(text: str) -> set[str]:
    """The forms `text` lacks the words of (tests far cheaper than the forms' scans): a
    month's need a digit and _A_MONTH, a year's a year, the range "from" (its two-digit end
    need not be a year), a weekday "day", "yesterday or today" "day" or "onight"."""
    spans = "rom " in text or "etween " in text
    skipped = set() if spans else {YEAR_RANGE}  # its lookbehinds cost 0.05 ms
    if _DIGIT.search(text) is None or _A_MONTH.search(text) is None:
        skipped |= _MONTH_FORMS
    if _YEAR_LIKE.search(text) is None:
        skipped |= _YEAR_FORMS
    if not _may_hold_a_far_year(text):
        skipped.add(OLD)
    if "day" not in text:
        skipped |= {"weekday"} if "onight" in text else {"weekday", "yesterday or today"}
    return skipped


def find_dates(sentence: Sentence) -> list[DateMatch]:
    """Date expressions of a sentence, left to right, without overlaps."""
    text = sentence.text
    if not _may_hold_a_date(text):
        return []
    taken = _lower_case_months(text, sentence.start)
    earliest = ANY.search(text)
    if earliest is None and not _may_hold_a_far_year(text):
        return _with_ranges_within_a_year(sentence, taken)
    # No form matches before the first place any form does: each starts its scan there
    # (its word boundaries and lookbehinds still see the text before); an old year's, which
    # `ANY` leaves out, from the start.
    skipped = _forms_without_their_words(text)
    if earliest is None:
        skipped |= {form for form, _, _ in DATE_PATTERNS if form != OLD}
    for form, relative, pattern in COMPILED:
        if form in skipped:
            continue
        first = 0 if earliest is None or form == OLD else earliest.start()
        first = max(0, first - _LAST) if form == "weekday" else first
        for match in pattern.finditer(text, first):
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(DateMatch(start, end, relative, "year" if form == OLD else form))
    return sorted(_with_ranges_within_a_year(sentence, taken), key=lambda m: m.start)


_RANGE_JOIN = r"(?:[-–/]| to | through | and )"
RANGE_IN_A_YEAR = "range within a year"
"""The form of an end of a range inside one year that names its year once: the first end
of "March 8 to 23, 2017" and of "October–November 2015", and the second day of the first
("23, 2017"). Each end is read with the year, and the month, its range names."""
_DAYS_ON = re.compile(rf"{_RANGE_JOIN}(?:({DAY},? {YEAR})|{MONTH} {DAY},? {YEAR})\b")
"""After a month and day ("March 8"), what makes it a range's first end: a join, then a
day and the year ("to 23, 2017", "to March 23, 2017"); the group is a second end that
only a day names."""
_MONTH_BEFORE = re.compile(rf"\b({MONTH}){_RANGE_JOIN}$")
"""Before a month and year ("November 2015"), a month that starts its range ("October–")."""
_BESIDE_A_RANGE = ("month day", "month year")
"""The forms a range within a year is found beside."""
_REACH_OF_A_RANGE = 24
"""How far a range within a year runs on either side of an end: "September 30 through
October"."""


def _with_ranges_within_a_year(sentence: Sentence, taken: list[DateMatch]) -> list[DateMatch]:
    """The matches, with the ends of ranges within one year read where another form found
    one end: a month and day that runs on to a day and year ("March 8 to 23, 2017", read as
    a relative "March 8" and no more), a month and year after a month ("October–November
    2015"). Looked for beside those matches only: a form of its own cost 0.24 ms a cluster."""
    if not any(m.form in _BESIDE_A_RANGE for m in taken):
        return taken
    text, offset = sentence.text, sentence.start
    found = []
    for match in taken:
        start, end = match.start - offset, match.end - offset
        if match.form == "month day":
            run_on = _DAYS_ON.match(text, end)
            if run_on is None:
                found.append(match)
                continue
            found.append(DateMatch(match.start, match.end, False, RANGE_IN_A_YEAR))
            if run_on.group(1):
                day = run_on.start(1) + offset, run_on.end(1) + offset
                found.append(DateMatch(*day, False, RANGE_IN_A_YEAR))
            continue
        found.append(match)
        if match.form == "month year":
            before = _MONTH_BEFORE.search(text, max(0, start - _REACH_OF_A_RANGE), start)
            if before is not None:
                month = before.start(1) + offset, before.end(1) + offset
                found.append(DateMatch(*month, False, RANGE_IN_A_YEAR))
    return found


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NUMBERS = re.compile(r"\d+")
_LETTERS = re.compile(r"[A-Za-z]+")
_MONTH_WORD = re.compile(MONTH)
_YEAR_NUMBER = re.compile(f"{YEAR}|{OLD_YEAR}|{LAST_YEAR}")


def absolute(expression: str) -> tuple[dt.date, Precision] | None:
    """The date of a form that names its year ("2016", "January 2016", "April 7, 2018",
    "7 April 2018", "2018-04-07", "11/21/2013"), read directly: dateparser takes ~1 ms for each, and
    gives the same dates (checked on every such expression of raw Multi-News validation);
    a missing month or day is the first, as dateparser gives with its 1900-01-01 base."""
    found = NUMBERS.findall(expression)
    if "/" in expression and len(found) == 3:  # in figures, month first: "11/21/2013"
        found = [found[2], found[0], found[1]]
    if not found or not _YEAR_NUMBER.fullmatch(found[0] if len(found) == 3 else found[-1]):
        return None
    numbers = [int(n) for n in found]
    words = [w for w in _LETTERS.findall(expression) if _MONTH_WORD.fullmatch(w.title())]
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


def _short_range_end(start: str, end: str) -> str | None:
    """The year a range's two-digit end names, in its start's century ("2007", "09":
    "2009"); None when that is no later than the start ("2016-05" reads as a month)."""
    year = int(start) - int(start) % 100 + int(end)
    return str(year) if year > int(start) else None


_LAST_MONTH_DAY = re.compile(rf"({MONTH}) {DAY}{_RANGE_JOIN}$")


def words_naming(text: str, match: DateMatch) -> str | None:
    """The words that name a match's date, in an article's `text`: its own, or with what its
    range names once: "2009" for "from 2007-09", "March 8 2017" for the first end of
    "March 8 to 23, 2017", "March 23, 2017" for its second. None when there is no such
    date ("2016-05" is no range)."""
    words = text[match.start : match.end]
    if match.form == YEAR_RANGE and len(words) == 2:
        return _short_range_end(text[match.start - 5 : match.start - 1], words)
    if match.form != RANGE_IN_A_YEAR:
        return words
    if words[0].isdigit():
        month = _LAST_MONTH_DAY.search(text, max(0, match.start - _REACH_OF_A_RANGE), match.start)
        return f"{month.group(1)} {words}" if month else None
    year = _YEAR_NUMBER.search(text, match.end, match.end + _REACH_OF_A_RANGE)
    return f"{words} {year.group()}" if year else None
