"""The words of the range a timeline date ends, which its line's note names ("2017-03-08
(March 8 to 23, 2017)", "2010 (from 2010 to 2014)", "2019 (between 2019 and 2021)"):
listed under one end without them, a span would read as an event of that day or year; and
the two years one event fell in ("2011 (2011 or 2012)"). The renderer reads it; the timeline
lists a range once, under its first end (timeline_spans). A "from" before a date opens no
span when no end follows it: it tells where a thing comes from ("an entire Paris gig from
1969")."""

from __future__ import annotations

import re

from chorus.analyze.timeline_form_patterns import MONTH, SHORT_END, YEAR
from chorus.analyze.timeline_forms import NUMBERS
from chorus.analyze.timeline_lower import DAY

_JOIN = r"(?: to | through | until |[-–])"
OR_A_YEAR = r" or (?:in )?(?:1[89]|20)\d\d\b"
"""After a year, the other of two years its event fell in ("met the boy ... in 2011 or 2012"):
the line stands under the first, with both in its note, as a window's "sometime between 2019
and 2021" does; the second is no date of its own (timeline_unread)."""
_JOIN_OF_MONTHS = r"(?: to | through | until | and |[-–])"
"""What joins a range's ends; "and" only between months ("November and December 2013"):
"in 2014 and 2015" names two years, no span."""
_FIRST_END = re.compile(
    rf"(?:\b[Ff]rom )?(?:(?:{MONTH} (?:{DAY},? )?)?{YEAR}{_JOIN}|{MONTH} {DAY}{_JOIN}"
    rf"|\b{MONTH}{_JOIN_OF_MONTHS}|\bbetween {YEAR} and )$"
)
"""Before a range's second end: its first end and the join ("March 8 to ", "from 2010 to ",
"from April 2015 until ", "in 2000-", "October–", "November and ", "between 2019 and ")."""
_AND_A_YEAR = re.compile(rf" and {YEAR}\b")
"""After "between" and a year, the window's or span's second end ("between 2019 and 2021"):
"in 2014 and 2015" names two years, no span."""
_SECOND_END = re.compile(
    rf"^(?:{_JOIN}(?:{MONTH} )?(?:{DAY},? {YEAR}|{YEAR})|[-–]{SHORT_END}"
    rf"|{_JOIN_OF_MONTHS}{MONTH},? {YEAR}| and early {YEAR}|{OR_A_YEAR})"
)
"""After a range's first end: the join and its second end (" to 23, 2017", "-2014", "-09",
"–November 2015", " and December 2013", " and early 2018"), or the other of two years one
event fell in (" or 2012")."""
_LAST_DAY = re.compile(
    rf"{_JOIN_OF_MONTHS}((?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b(?![,.]?\d| ?[:%]| percent)"
)
"""After a month and day with no year, a range's last day ("July 3-5 at Soldier Field", "from
Feb. 9 to 11", "April 3 and 4"), later than the first: listed under its first day alone, a
span would read as an event of that day."""
_MONTH_DAY = re.compile(rf"{MONTH} {DAY}")
_RANGE_REACH = 40
"""How far from an end its range's other end and join may run ("from September 30, 2015
through ")."""


def range_words(before: str, words: str, after: str) -> str | None:
    """The words of the range whose end `words` is, between the text `before` and `after` it
    ("March 8 to 23, 2017" for "23, 2017" or "March 8"; "from 2010 to 2012" for either
    year), None when it ends none: listed under one end, a span would read as an event of
    that day."""
    if (first := _FIRST_END.search(before[-_RANGE_REACH:])) is not None:
        return first.group() + words
    if before.endswith("between "):
        second = _AND_A_YEAR.match(after)
        return None if second is None else f"between {words}{second.group()}"
    start = before[-5:] if before.endswith(("from ", "From ")) else ""
    if (second := _SECOND_END.match(after[:_RANGE_REACH])) is not None:
        return start + words + second.group()
    day = _LAST_DAY.match(after) if _MONTH_DAY.fullmatch(words) else None
    if day is not None and int(day.group(1)) > int(NUMBERS.findall(words)[-1]):
        return start + words + day.group()
    return None


_A_SPAN_GOES_ON = re.compile(r" ?[-–—]| (?:to|through|until|till) ")


def from_a_thing_s_year(words: str, after: str) -> bool:
    """Whether a "from" before a date (`words`, the text `after` it) tells where a thing
    comes from ("an entire Paris gig from 1969", "complaints from 2012"), not a span's start:
    no end runs on after it ("from march 2010 to february 2011", whose lower-case months the
    range's forms do not read) nor within it ("from january through december 2014"). Of the
    45 notes over raw, DUC and Multi-News+ validation so read, 40 named a thing's year; 4
    opened a span with no end ("which ran from 1984"), 1 a comparison's base."""
    return _A_SPAN_GOES_ON.match(after) is None and _A_SPAN_GOES_ON.search(words) is None
