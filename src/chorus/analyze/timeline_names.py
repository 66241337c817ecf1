"""Dates that are names, or told from another day, not days of their own. A month and day
may be a holiday's name, every year's ("make June 19 a federal holiday", "June 19 is known as
Juneteenth", "within a few weeks of Nov. 11, Veteran's Day", "Nov. 11, or Veterans Day"), or
the name of an attack ("the Sept. 11 terror attacks"). A weekday may be part of a
day's name ("Holy Thursday", "Easter Sunday", "Super Bowl Sunday", "Black Monday") or of a
title ("'Saturday Night Live'", "the Sunday Times", "the Mail on Sunday") or of a quoted
name ("a 'Friendship Friday' thing"), or be told from
another day ("On the Friday after Election Day", of a race six years before its article).
Read against the publication date, each named the week's last such day, or put a holiday
on one day of one year: none is shown. A holiday of a fixed day whose year the sentence
gives is that day ("It was the Fourth of July, a warm summer night in 2014").
"""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.timeline_forms import DateMatch

_A_HOLIDAY_AFTER = re.compile(
    r"(?:,? (?:is |was )?(?:also )?known as\b| an? (?:federal |national |public )?holiday\b"
    r"|, (?:or )?[A-Z][\w'’]*(?:['’]s)? Day\b)"
)
_THE_ATTACKS = re.compile(
    r"Sept(?:\.|ember) 11(?:th)? (?:terror(?:ist)? )?"
    r"(?:attack|hijack|mastermind|plot|[Cc]ommission)"
)
"""September 11 as the name of the attacks of 2001 ("the Sept. 11 terror attacks", "Sept. 11
mastermind Khalid Sheikh Mohammed"): what its line tells is of another day."""
_A_HOLIDAY_BEFORE = re.compile(r"\b(?:[A-Z][\w'’]*(?:['’]s)? Day|Juneteenth),? $")
_A_DAY_S_NAME = re.compile(
    r"\b(?:Holy|Good|Maundy|Easter|Palm|Ash|Whit|Mothering|Shrove|Fat|Black|Cyber|Giving"
    r"|Super|Bowl|Business|Bloody) $"
)
"""The word before a weekday that makes it a day's name: the Church's year ("Holy Thursday",
"Palm Sunday", "Easter Sunday"), a shopping day ("Black Friday", "Small Business
Saturday"), a vote's or a game's ("Super Tuesday", "Super Bowl Sunday"), a crash's or a
massacre's ("Black Monday", "Bloody Sunday"). Which year's the name is, the sentence may not
say ("His Holy Thursday Masses", a predecessor's)."""
_A_TITLE_AFTER = re.compile(
    r" (?:Night (?:Live|Football|Lights)|Times|Telegraph|Mirror|Express|Herald|Tribune)\b"
)
_A_TITLE_BEFORE = re.compile(r"\bMail on $")
"""A show's or a paper's name around a weekday ("on 'Saturday Night Live'", "London's Sunday
Times", "The Sunday Tribune", "the Mail on Sunday"). "Fox News Sunday" is read: what was said
on it was said on the show's Sunday, as a plain "on Sunday" is."""
_A_SHOW_AFTER = re.compile(r" (?:[Ss]how|programme|program)\b")
_A_NETWORK_BEFORE = re.compile(r"\b(?:NBC|Nine)['’]s $")
"""A morning show's name inside a sentence: "aired on NBC's Today programme yesterday"."""
_A_QUOTED_NAME_BEFORE = re.compile(
    r"(?:^|[\s(])['‘\"“](?!(?:On|Last|Next|This|That|Every|Each|By|Until|Since|Early|Late)\b)"
    r"[A-Z][\w'’]* $"
)
_A_QUOTED_NAME_AFTER = re.compile(r"s?['’\"”]")
"""A weekday closing a quoted name with its capitalised word ("we do a 'Friendship Friday'
thing": a weekly event's), not a quoted date ("'Last Friday'")."""
_FROM_ANOTHER_DAY_BEFORE = re.compile(r"\bthe (?:(?:first|second|third|last|following) )?$")
_FROM_ANOTHER_DAY_AFTER = re.compile(r" (?:after|before|following)\b")
"""A weekday told from another day: "the Friday after Election Day", "the Monday before
Thanksgiving" (which year's is that day's, not the article's week)."""
_FIXED_HOLIDAYS = {
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "halloween": (10, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas night": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "st. patrick's day": (3, 17),
    "bastille day": (7, 14),
    "boxing day": (12, 26),
}
_A_HOLIDAY_IN = re.compile(
    "("
    + "|".join(h.replace(".", r"\.").replace("'", "['’]") for h in _FIXED_HOLIDAYS)
    + ")"
    + r"(?: night)?(?:(?:, an? [^,.;:]{1,30})? in |, )$",
    re.IGNORECASE,
)
"""A holiday of one day just before "in" and its year, or with a short apposition between
("the Fourth of July, a warm summer night in 2014", "that halloween night in 1974"), or
before a comma and its year ("on Christmas night, 1996"). A plain
"Christmas" is a season ("the run up to christmas in 1972"), and so is a holiday's weekend
or a spree ("fourth of july weekend in 2013", "christmas shopping spree in 2012")."""
_REACH = 16
"""How far before a date the words that make it a name are looked for."""


def is_a_name(text: str, start: int, end: int, match: DateMatch) -> bool:
    """Whether a month and day with no year is a holiday's name or is named by one, or a
    weekday is part of a day's name or a title, or is told from another day; `start` and
    `end` bound its sentence in its article's `text`; or a capitalised "Today" inside a
    sentence is a show's name."""
    if match.form in ("month day", "day month"):
        return (
            _A_HOLIDAY_AFTER.match(text, match.end, end) is not None
            or _THE_ATTACKS.match(text, match.start, end) is not None
            or _A_HOLIDAY_BEFORE.search(text, max(start, match.start - 30), match.start) is not None
        )
    if text.startswith("Today", match.start) and match.start > start:
        return (
            _A_SHOW_AFTER.match(text, match.end, end) is not None
            or _A_NETWORK_BEFORE.search(text, max(start, match.start - 8), match.start) is not None
        )
    if match.form != "weekday":
        return False
    before = max(start, match.start - _REACH)
    return (
        _A_DAY_S_NAME.search(text, before, match.start) is not None
        or _A_TITLE_AFTER.match(text, match.end, end) is not None
        or _A_TITLE_BEFORE.search(text, before, match.start) is not None
        or (
            _A_QUOTED_NAME_BEFORE.search(text, before, match.start) is not None
            and _A_QUOTED_NAME_AFTER.match(text, match.end, end) is not None
        )
        or (
            _FROM_ANOTHER_DAY_BEFORE.search(text, before, match.start) is not None
            and _FROM_ANOTHER_DAY_AFTER.match(text, match.end, end) is not None
        )
    )


def holiday_s_day(before: str, year: int) -> dt.date | None:
    """The day of a fixed holiday the text `before` a year names as that year's, if any."""
    if not before.endswith((" in ", ", ")):  # a test far cheaper than the names' search
        return None
    holiday = _A_HOLIDAY_IN.search(before[-80:])
    if holiday is None:
        return None
    key = holiday.group(1).lower().replace("’", "'")
    return dt.date(year, *_FIXED_HOLIDAYS[key])
