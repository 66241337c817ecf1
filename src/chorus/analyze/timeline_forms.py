"""Date expressions: the forms a date takes in English news text, where they stand in a
sentence and, for a form that names its year, the date it names.

Forms are found with the patterns below (named, one per form); earlier forms win where two
overlap. A year alone is read after "in", a part of the year ("early 2013", "the spring of
2018", "In Fall 2016"), another year ("in 2014 and 2015"), a determiner ("the 1899 heist";
not an address's "the 2000 block of 84th street") or "from" where no range runs on ("tracks
from 1970", the thing's date; not "from 1982 until he stepped aside"), both ends of a range
of years ("served from 2010 to 2014", "from 2007-2014", "from 2007-09", "in 2000-2001"; not
a season's "in 1988-89"), and both ends of a range within a year that names its year once
("March 8 to 23, 2017", "October–November 2015"), each end with that year. A month may name
its year with "of" ("August of 2017"); a decade written "the late 1970's" is no year. A
month in lower case, as Multi-News+ writes every one, is read only with its year and after a
word that makes it a time ("was arrested in april 2015"; timeline_lower, with dates in
figures). Which of them date an event is the timeline's question, not this module's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chorus.analyze.model import Precision
from chorus.analyze.timeline_lower import DAY, WEEKDAY, lower_month_before
from chorus.model import Sentence

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
YEAR = r"(?:1[89]\d\d|20\d\d)"
_LAST_YEAR = "2100"
"""The one year past 2099 read, alone after "in" and the like ("sometime around 2100", a
plan's end), with the old years: in `YEAR` or `_YEAR_LIKE` it cost `timeline()` 1-5%
(every sentence with a digit is searched with them)."""
_OLD_YEAR = r"1[0-7]\d\d"
"""A year before 1800, read only on its own after "in" and the like ("In 1798 Thomas Malthus",
"in the fall of 1677"): after a determiner a number that size is more often none ("the 1500
block", "the 1200 residents"); months and ranges are read from 1800 on."""
_OLD = "year before 1800"
"""The pattern of an old year (or 2100), searched only where one may stand; its matches are
"year"s."""
_NO_OLD_YEAR_AFTER = (
    r"(?![,.]?\d| ?%| (?:(?!(?:as|is|was|has|his|its|this|thus|does|plus|across|unless)\b)[a-z]+s"
    r"|[AaBb]\.?[CcDd]\.?E?)\b)"
)
"""After an old year, what makes it none: a count of things ("in 1000 years"; "as" is no
plural: "was able to retire in 1613 as the largest property owner"), an era ("1500 BC"), a
figure ("1,500", "1500%")."""

_DETERMINERS = ("[Tt]he", "an", "a", "his", "her", "their", "its", "our", "[Ii]n that")
_BEFORE_A_YEAR = (
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in _DETERMINERS) + r"|(?<=['’]s )|(?<=[a-z]s ' ))"
)
"""A determiner before a year used as an adjective ("the 1899 heist", "his 1966 bestseller",
"In that 2009 speech, Holder scolded"),
a possessive too as Multi-News+ spaces a plural's ("the beastie boys ' 2012 rock and roll
hall of fame induction")."""
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_LASTED = ("continued", "lasted", "stretched", "extended", "dragged on", "went on", "carried on")
"""Verbs of a deed running on, before "into" and the year it ran into."""
_BEFORE_A_BARE_YEAR = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in (
            *("[Ii]n", "[Ee]arly", "[Ll]ate", *_SEASONS, *(f"{s} of" for s in _SEASONS)),
            *(f"{s}s of" for s in _SEASONS),
            *(rf"{s}s of \d{{4}} and" for s in _SEASONS),
        )
    )
    + r"|(?<=\bsince )|(?<=\bend of )|(?<=\bstart of )|(?<=\bbeginning of )|(?<=\bmid-)"
    + r"|(?<=\bas early as )|(?<=\bscheduled for )|(?<=\bslated for )|(?<=\bplanned for )"
    + r"|(?<=\buntil the year )|(?<=\bsometime around )|(?<=\b[Nn]ight, )|(?<=\b[Ee]ve, )"
    + r"|(?<=\b[Tt]hanksgiving )"
    + r"|(?<=\b[Ii]n (?:1[89]|20)\d\d and )|(?<=\b[Ii]n (?:1[89]|20)\d\d[-–])"
    + "".join(rf"|(?<=\b{verb} into )" for verb in _LASTED)
    + ")"
)
"""What names a year on its own: "in 2016", "since 1993" (timeline_asides says which start a
state held), a part of the year ("early 2013", "mid-2016", "in spring 2017", "the spring of
2018", "at the end of 2018"), the second of two ("in 2014 and 2015"; "during the summers of
2007 and 2008", each summer's fieldwork a row), the end of a span ("in 2000-2001"), the time
a plan is set for ("is scheduled for 2022", "is footing the entire bill until the year
2033", "sometime around 2100"), the first time known ("learned as early as 2003 of extensive
foreclosure abuses"), a holiday's night or eve ("death on Christmas night, 1996":
timeline_names), a Thanksgiving ("spent Thanksgiving 2011 with him", raw 155: the year; its
day moves, and "before christmas 2012" is a season's), the year a lasting deed ran into ("the
affair continued into 2008, she claimed", raw 175; not "the deal he needs heading into 2012",
a plan's). "in the year" is left: a film's plot,
a speculation ("In the year 2011, charles dies in a hovercraft", "sex will be like in the
year 2050")."""
_A_NAMED_RULING = r" (?:[A-Z][\w.&-]* ){1,4}(?:decision|ruling|verdict|judgment|[Ll]aw|Act)\b"
"""After a determiner and a year, the capitalised words of a court or a law, then what it
decided or passed: the year dates that deed ("after discovering the 1964 Supreme Court
decision Brulotte v. Thys", raw 188; "who wrote the 1994 Violence Against Women Act", raw
103), where capitals alone name a thing ("the 2014 Winter Olympics") and are not read."""
_NO_DECADE = r"(?!(?<=0)['’]s\b)"
"""A year ending in 0 written with "'s" is a decade ("from the late 1970's to early 1990's"),
no year: read as 1970 it would be a wrong date."""
_CAPITAL_SEASON = (
    "(?:"
    + "|".join(rf"(?<=\b[Ii]n {s.title()} )" for s in _SEASONS)
    + "|"
    + "|".join(rf"(?<=\b[Tt]he {s.title()} of )" for s in _SEASONS)
    + ")"
)
"""A capitalised season after "in" ("In Fall 2016", "in Spring 2015") or "the ... of": a
season with a capital after "the" or before another capital names games or an issue ("the
Summer 2012 Olympics", "our Spring 2009 article") and is not read."""
_NOT_FROM_A_YEAR_ALONE = r"(?: to | through | until |[-–/]|['’]s\b| on(?:wards?)?\b)"
"""After "from" and a year, what makes the year a span's start, no date of its own: a range's
join ("from 1982 until he stepped aside", "from 2004 to '07", "from 2005 onwards"), read by
the range of years' form where both ends are years; or a decade ("from 1970's")."""
_RANGE_JOINS = (" to ", " through ", " until ", "-", "–")
"""What joins the ends of a range of years ("from 2010 to 2012", "from 2007-2014")."""
YEAR_RANGE = "range of years"
"""The form of either end of "from 2010 to 2012": each end is a date of the span; whether
the span is the story's is asked of the clause (timeline_spans.no_deed_over_years)."""
SHORT_END = r"\d\d\b(?![-–/]\d)"
"""A range's end written with two digits ("from 2007-09"), not a month ("2016-05-01")."""
_YEAR_RANGE_ENDS = (
    rf"(?<=\b[Ff]rom ){YEAR}(?=(?:{'|'.join(_RANGE_JOINS)}){YEAR}\b|[-–]{SHORT_END})"
    + "|(?:"
    + "|".join(rf"(?<=\b[Ff]rom \d{{4}}{j})" for j in _RANGE_JOINS)
    + rf"){YEAR}"
    + rf"|(?<=\bbetween ){YEAR}(?= and {YEAR}\b)|(?<=\bbetween \d{{4}} and ){YEAR}"
)

DATE_PATTERNS: tuple[tuple[str, bool, str], ...] = (
    # (form, relative to the publication date?, pattern); earlier forms win on overlap.
    ("iso date", False, rf"\b{YEAR}-[01]\d-[0-3]\d\b"),
    ("month day year", False, rf"\b{MONTH},? {DAY},? {YEAR}\b"),  # "November, 4 2008" too
    ("day month year", False, rf"\b{DAY} {MONTH},? {YEAR}\b"),
    ("month year", False, rf"\b{MONTH},? (?:of )?{YEAR}\b"),  # "August of 2017" too
    ("month day", True, rf"\b{MONTH} {DAY}\b(?!,? \d)"),
    ("day month", True, rf"\b{DAY} {MONTH}\b"),
    ("weekday", True, rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his) )?{WEEKDAY}\b"),
    ("yesterday or today", True, r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b"),
    # "in 2016", "early 2013", or a year used as an adjective ("the 1899 heist").
    (
        "year",
        False,
        rf"(?=1[89]|20)(?:{_BEFORE_A_BARE_YEAR}{YEAR}\b{_NO_DECADE}"
        rf"|{_BEFORE_A_YEAR}{YEAR}(?= [a-z]|{_A_NAMED_RULING})(?! block\b)"
        rf"|{_CAPITAL_SEASON}{YEAR}\b(?! [A-Z])"
        rf"|(?<=\b[Ff]rom ){YEAR}\b(?!{_NOT_FROM_A_YEAR_ALONE}))",
    ),
    # A year before 1800 (or 2100) on its own after "in" ("In 1798 Thomas Malthus ...", "in
    # the fall of 1677"): not before a plural, an era or a figure ("in 1000 years", "1500 BC").
    (
        _OLD,
        False,
        rf"(?=1[0-7]|{_LAST_YEAR}){_BEFORE_A_BARE_YEAR}(?:{_OLD_YEAR}|{_LAST_YEAR})\b"
        + _NO_OLD_YEAR_AFTER,
    ),
    (YEAR_RANGE, False, rf"(?=1[89]|20)(?:{_YEAR_RANGE_ENDS})\b"),
)
_SHORT_RANGE_END = rf"(?<=\b[Ff]rom \d{{4}}[-–]){SHORT_END}"
"""The end of "from 2007-09", a form of its own: it never starts a sentence's first date
(its start does), so the search for that one leaves it out. "in 1988-89" names a season,
whose second year is no date of its own."""
_COMPILED = tuple(
    (form, relative, re.compile(f"{p}|{_SHORT_RANGE_END}" if form == YEAR_RANGE else p))
    for form, relative, p in DATE_PATTERNS
)
_FIRST_CHARACTERS = r"[\dJFMASONDTWYlnty]"
"""What a form can start with: a digit, a month's or weekday's capital, "last", "next",
"this", "yesterday", "today" or "tonight"."""
_LAST = len("Last ")
"""How far before the first place `_ANY` matches a weekday's scan starts: "Last" opening a
sentence ("Last Friday, it was found ...") is left out of `_FIRST_CHARACTERS`, where its
capital would try every form before each "L" (a tenth of `find_dates`' cost)."""
_ANY = re.compile(
    f"(?={_FIRST_CHARACTERS})(?:"
    + "|".join(f"(?:{p})" for form, _, p in DATE_PATTERNS if form != _OLD)
    + ")"
)
"""One search that rules out the many sentences without a date before each form is tried;
the lookahead spares the ten forms every other position (3x)."""
_DIGIT = re.compile(r"\d")


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_A_MONTH = re.compile("|".join(_MONTH_STARTS))  # a third of twelve substring tests' cost
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_OLD_YEAR_LIKE = re.compile(r" 1[0-7]\d\d")
"""Where an old year may stand: few sentences hold one, so its pattern, left out of `_ANY`,
is searched only there (after a test for " 1", far cheaper: most sentences hold none)."""


def _may_hold_a_date(text: str) -> bool:
    """Every form needs "day" (weekdays, yesterday, today), "tonight", a year, or a digit
    and a month: these tests are far cheaper than `_ANY`, which tries ten forms at every
    position (a third of the sentences with a digit hold neither a year nor a month)."""
    if "day" in text or "onight" in text:
        return True
    if _DIGIT.search(text) is None:
        return False
    if _YEAR_LIKE.search(text) is not None or _A_MONTH.search(text) is not None:
        return True
    return _may_hold_a_far_year(text)


def _may_hold_a_far_year(text: str) -> bool:
    """Whether `text` may hold an old year or 2100, the form `_ANY` leaves out."""
    return (" 1" in text and _OLD_YEAR_LIKE.search(text) is not None) or _LAST_YEAR in text


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
        skipped.add(_OLD)
    if "day" not in text:
        skipped |= {"weekday"} if "onight" in text else {"weekday", "yesterday or today"}
    return skipped


def find_dates(sentence: Sentence) -> list[DateMatch]:
    """Date expressions of a sentence, left to right, without overlaps."""
    text = sentence.text
    if not _may_hold_a_date(text):
        return []
    taken = _lower_case_months(text, sentence.start)
    earliest = _ANY.search(text)
    if earliest is None and not _may_hold_a_far_year(text):
        return _with_ranges_within_a_year(sentence, taken)
    # No form matches before the first place any form does: each starts its scan there
    # (its word boundaries and lookbehinds still see the text before); an old year's, which
    # `_ANY` leaves out, from the start.
    skipped = _forms_without_their_words(text)
    if earliest is None:
        skipped |= {form for form, _, _ in DATE_PATTERNS if form != _OLD}
    for form, relative, pattern in _COMPILED:
        if form in skipped:
            continue
        first = 0 if earliest is None or form == _OLD else earliest.start()
        first = max(0, first - _LAST) if form == "weekday" else first
        for match in pattern.finditer(text, first):
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(DateMatch(start, end, relative, "year" if form == _OLD else form))
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
_YEAR_NUMBER = re.compile(f"{YEAR}|{_OLD_YEAR}|{_LAST_YEAR}")


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
