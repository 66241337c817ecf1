"""Timeline: sentences that carry a date, with the date resolved.

Date expressions are found with the patterns below (named, one per form). Forms that
name their year are read directly; relative forms ("on Tuesday", "yesterday", "April 7")
are handed to dateparser one at a time and resolved against the article's publication
date with PREFER_DATES_FROM="current_period" ("past" puts a weekday a week too early
when the article was published on that weekday). A year alone is read after "in", a part of
the year ("early 2013", "the spring of 2018", "In Fall 2016"), another year ("in 2014 and
2015") or a determiner ("the 1899 heist"), and both ends of a range of years ("served from
2010 to 2014", "from 2007-2014", "from 2007-09"), each an entry with the sentence that
names the span, when its clause tells a deed and counts nothing
(timeline_asides.no_deed_over_years).
Vague spans ("last week", "a year ago") are not dated: they would be wrong with confidence.
Neither are the page's own dates (timeline_page: a line that is only a date, a "Published"
stamp, a photo caption's date), and a month and day that falls after the publication date
is dated only when its sentence says the event lies ahead ("will be held on 4-5 May"):
"hanged on 31 May" in a January article is of an earlier year, and which one the sentence
does not say.
A bare weekday is the last one on or before the publication date, unless the words just
before it say the event lies ahead ("is set to return to court Wednesday": the next one).
"today" meaning the present ("as few as 32,000 today") is no date, and neither is a date
that names no event of the story: a range's end, a figure's year, a comparison, a
possibility (timeline_asides). Neither are the dates of an article the relevance step is
confident tells another event (`about_another_event`); the reason counts them.
An event that lies ahead of its article's writing is shown, marked planned
(timeline_ahead).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from chorus.analyze.model import Excerpt, Precision, Relevance, TimelineEntry
from chorus.analyze.timeline_ahead import AHEAD, marked_if_planned, period_end
from chorus.analyze.timeline_asides import CLAUSE_END, no_deed_over_years, not_an_event
from chorus.analyze.timeline_page import is_caption, is_page_date
from chorus.analyze.timeline_reason import LeftOut, reason
from chorus.model import Sentence

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_DETERMINERS = ("[Tt]he", "an", "a", "his", "her", "their", "its", "our")
_BEFORE_A_YEAR = "(?:" + "|".join(rf"(?<=\b{w} )" for w in _DETERMINERS) + r"|(?<=['’]s ))"
"""A determiner before a year used as an adjective ("the 1899 heist", "his 1966 bestseller")."""
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_BEFORE_A_BARE_YEAR = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in ("[Ii]n", "[Ee]arly", "[Ll]ate", *_SEASONS, *(f"{s} of" for s in _SEASONS))
    )
    + r"|(?<=\bmid-)|(?<=\b[Ii]n (?:1[89]|20)\d\d and ))"
)
"""What names a year on its own: "in 2016", a part of the year ("early 2013", "mid-2016",
"in spring 2017", "the spring of 2018"), the second of two ("in 2014 and 2015")."""
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
_RANGE_JOINS = (" to ", " through ", " until ", "-", "–")
"""What joins the ends of a range of years ("from 2010 to 2012", "from 2007-2014")."""
YEAR_RANGE = "range of years"
"""The form of either end of "from 2010 to 2012": each end is a date of the span; whether
the span is the story's is asked of the clause (timeline_asides.no_deed_over_years)."""
_SHORT_END = r"\d\d\b(?![-–/]\d)"
"""A range's end written with two digits ("from 2007-09"), not a month ("2016-05-01")."""
_YEAR_RANGE_ENDS = (
    rf"(?<=\b[Ff]rom ){_YEAR}(?=(?:{'|'.join(_RANGE_JOINS)}){_YEAR}\b|[-–]{_SHORT_END})"
    + "|(?:"
    + "|".join(rf"(?<=\b[Ff]rom \d{{4}}{j})" for j in _RANGE_JOINS)
    + rf"){_YEAR}"
)

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
    # "in 2016", "early 2013", or a year used as an adjective ("the 1899 heist").
    (
        "year",
        False,
        rf"(?=1[89]|20)(?:{_BEFORE_A_BARE_YEAR}{_YEAR}\b|{_BEFORE_A_YEAR}{_YEAR}(?= [a-z])"
        rf"|{_CAPITAL_SEASON}{_YEAR}\b(?! [A-Z]))",
    ),
    (YEAR_RANGE, False, rf"(?=1[89]|20)(?:{_YEAR_RANGE_ENDS})\b"),
)
_SHORT_RANGE_END = rf"(?<=\b[Ff]rom \d{{4}}[-–]){_SHORT_END}"
"""The end of "from 2007-09", a form of its own: it never starts a sentence's first date
(its start does), so the search for that one leaves it out."""
_COMPILED = tuple(
    (form, relative, re.compile(f"{p}|{_SHORT_RANGE_END}" if form == YEAR_RANGE else p))
    for form, relative, p in DATE_PATTERNS
)
_FIRST_CHARACTERS = r"[\dJFMASONDTWYlnty]"
"""What a form can start with: a digit, a month's or weekday's capital, "last", "next",
"this", "yesterday", "today" or "tonight"."""
_ANY = re.compile(
    f"(?={_FIRST_CHARACTERS})(?:" + "|".join(f"(?:{p})" for _, _, p in DATE_PATTERNS) + ")"
)
"""One search that rules out the many sentences without a date before each form is tried;
the lookahead spares the ten forms every other position (3x)."""
_DIGIT = re.compile(r"\d")


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


def _may_hold_a_date(text: str) -> bool:
    """Every form needs "day" (weekdays, yesterday, today), "tonight", a year, or a digit
    and a month: these tests are far cheaper than `_ANY`, which tries ten forms at every
    position (a third of the sentences with a digit hold neither a year nor a month)."""
    if "day" in text or "onight" in text:
        return True
    if _DIGIT.search(text) is None:
        return False
    return _YEAR_LIKE.search(text) is not None or any(m in text for m in _MONTH_STARTS)


_SETTINGS = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": []}
_PERIODS: dict[str, Precision] = {"day": "day", "week": "day", "month": "month", "year": "year"}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a sentence, by offsets into its article."""

    start: int
    end: int
    relative: bool
    form: str


def find_dates(sentence: Sentence) -> list[DateMatch]:
    """Date expressions of a sentence, left to right, without overlaps."""
    text = sentence.text
    if not _may_hold_a_date(text) or (earliest := _ANY.search(text)) is None:
        return []
    # No form matches before the first place any form does: each starts its scan there
    # (its word boundaries and lookbehinds still see the text before).
    taken: list[DateMatch] = []
    for form, relative, pattern in _COMPILED:
        if form == YEAR_RANGE and "rom " not in text:
            continue  # its lookbehinds cost 0.05 ms a cluster, and "from" is rare
        for match in pattern.finditer(text, earliest.start()):
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(DateMatch(start, end, relative, form))
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


def short_range_end(start: str, end: str) -> str | None:
    """The year a range's two-digit end names, in its start's century ("2007", "09":
    "2009"); None when that is no later than the start ("2016-05" reads as a month)."""
    year = int(start) - int(start) % 100 + int(end)
    return str(year) if year > int(start) else None


@functools.lru_cache(maxsize=4096)
def resolve(expression: str, base: dt.date | None) -> tuple[dt.date, Precision] | None:
    """The date an expression names, or None when it cannot be read. Relative forms are
    resolved by dateparser against `base` (the publication date); absolute ones directly."""
    if base is None:
        return absolute(expression)
    try:
        data = _parser(base).get_date_data(expression.rstrip("."))
    except OverflowError:  # a base at the calendar's edge (year 1 or 9999) from metadata
        return None
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    return data.date_obj.date(), _PERIODS[data.period]


_DATES_TODAY = re.compile(
    r"\b(?:[a-z]+ed|said|told|made|held|met|sent|found|won|lost|began|came|went|took|gave|spoke|"
    r"wrote|earlier|later|will|set to|due to|expected|plans?)\b|['’]ll\b"
)
"""Words that make "today" the day of an event ("announced today", "earlier today") rather
than the present ("people today", "Today, nearly all ethanol", "today's young adults")."""
_AHEAD_WORDS = 6
"""How far before a weekday its clause may say the event lies ahead."""
_LAST_WEEK = dt.date.max - dt.timedelta(days=7)
"""The last date a week can be added to: a weekday ahead of a base near 9999-12-31 is none."""


def _page_date(sentence: Sentence, match: DateMatch) -> bool:
    """Whether a date is the page's own (timeline_page): the whole line, a caption's
    dateline or a "Published" stamp."""
    text, offset = sentence.text, sentence.start
    before, after = text[: match.start - offset], text[match.end - offset :]
    return is_page_date(before, after, match.form)


def _aside(sentence: Sentence, match: DateMatch) -> bool:
    """Whether a date names no event: a range's end, a figure's year, a comparison, a
    possibility or one of two dates, or a range of years nobody acted over
    (timeline_asides)."""
    text, offset = sentence.text, sentence.start
    before, after = text[: match.start - offset], text[match.end - offset :]
    if match.form == YEAR_RANGE and no_deed_over_years(before):
        return True
    return not_an_event(before, after)


def _weekday_ahead(sentence: Sentence, match: DateMatch) -> bool:
    """Whether the few words before a weekday, in its clause, say the event lies ahead."""
    before = sentence.text[: match.start - sentence.start]
    clause = CLAUSE_END.split(before)[-1].split()[-_AHEAD_WORDS:]
    return AHEAD.search(" ".join(clause)) is not None


def _today_is_a_day(sentence: Sentence, match: DateMatch) -> bool:
    """Whether "today" dates an event: a past or future verb among the few words around it
    in its clause ("today's" looks only before), or a date in brackets after it ("today
    (Jan. 16)"). Of 45 uses read in raw Multi-News about half mean the present ("as few as
    32,000 today", "Today, the Church ..."); the show "Today" is quoted."""
    text = sentence.article.text
    if match.start > 0 and text[match.start - 1] in "\"“‘'":
        return False
    if text.startswith(" (", match.end):
        return True
    before = CLAUSE_END.split(text[sentence.start : match.start])[-1].split()[-_AHEAD_WORDS:]
    after = CLAUSE_END.split(text[match.end : sentence.end], maxsplit=1)[0].split()[:3]
    if text.startswith(("'s", "’s"), match.end):
        after = []
    return _DATES_TODAY.search(" ".join((*before, *after))) is not None


def placed(
    resolved: tuple[dt.date, Precision], base: dt.date, sentence: Sentence, match: DateMatch
) -> tuple[dt.date, Precision] | None:
    """A relative date put on the right side of the publication date, None when its year
    is unknown. dateparser puts a bare weekday on or before `base` and a month and day in
    base's year; a weekday the clause says lies ahead is the next one, and a month and day
    after `base` is dated only when the sentence says the event lies ahead."""
    date, precision = resolved
    bare = " " not in sentence.article.text[match.start : match.end]
    if match.form == "weekday" and bare and date < base and _weekday_ahead(sentence, match):
        return (date + dt.timedelta(days=7), precision) if date < _LAST_WEEK else None
    if match.form in ("month day", "day month") and date > base:
        return resolved if AHEAD.search(sentence.text) else None
    return resolved


def _read(sentence: Sentence, match: DateMatch) -> tuple[dt.date, Precision] | None:
    """The date an expression names, against its article's publication date if relative;
    a range's two-digit end ("from 2007-09") takes its start's century."""
    article = sentence.article
    words: str | None = article.text[match.start : match.end]
    if match.form == YEAR_RANGE and len(words) == 2:
        words = short_range_end(article.text[match.start - 5 : match.start - 1], words)
    if words is None:
        return None
    return resolve(words, article.published if match.relative else None)


ANOTHER_EVENT_SCORE = 0.2
"""At or below this relevance score (p off-topic >= 0.8) an off-topic article tells another
event (1703's op-ed, 0.17); above it the score does not part the story from the rest (the
articles off between 0.25 and 0.62 in raw validation date 13 events of their stories and 15
of other things). The cast rule's background articles score high (seeds' 002: 0.82)."""


def about_another_event(ranked: Iterable[Relevance]) -> frozenset[str]:
    """The off-topic articles scored at or below ANOTHER_EVENT_SCORE: no date of theirs is
    the story's."""
    return frozenset(r.article_id for r in ranked if r.off_topic and r.score <= ANOTHER_EVENT_SCORE)


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    reason: str


def timeline(
    sentences: Iterable[Sentence],
    skip_relative: frozenset[str],
    another_event: frozenset[str] = frozenset(),
) -> Timeline:
    """Dated sentences in date order. Relative dates of articles in `skip_relative`
    (background articles, whose publication date may not be the story's) are left out, and
    every date of articles in `another_event`."""
    entries: list[TimelineEntry] = []
    left = LeftOut([], [])
    # The latest of each article's own dates (a post's, a stamp's): when it was written.
    written: dict[str, dt.date] = {}
    for sentence in sentences:
        article = sentence.article
        matches = find_dates(sentence)
        if matches and is_caption(sentence.text):
            continue
        for match in matches:
            expression = Excerpt(article, match.start, match.end)
            if _page_date(sentence, match):
                if not match.relative and (page := absolute(expression.text)) is not None:
                    written[article.id] = max(
                        period_end(*page), written.get(article.id, dt.date.min)
                    )
                continue
            if expression.text.lower() == "today" and not _today_is_a_day(sentence, match):
                continue
            if article.id in another_event:
                left.another_event.append(expression.text)
                continue
            if match.relative and article.id in skip_relative:
                left.background += 1
                continue
            if match.relative and article.published is None:
                left.undated.append(expression.text)
                continue
            resolved = _read(sentence, match)
            if resolved is None:
                left.unreadable += 1
                continue
            if match.relative and article.published is not None:
                resolved = placed(resolved, article.published, sentence, match)
                if resolved is None:
                    left.after += 1
                    continue
            if _aside(sentence, match):  # last: it reads words around the few dates shown
                continue
            date, precision = resolved
            entries.append(
                TimelineEntry(date, precision, sentence, expression, relative=match.relative)
            )
    entries = [marked_if_planned(e, written) for e in entries]
    entries.sort(key=lambda e: (e.date, e.sentence.article.id, e.sentence.index))
    return Timeline(tuple(entries), reason(entries, left))
