"""Dates as Multi-News+ writes them, which the capitalised forms of timeline_forms miss: a
month in lower case before its year ("was arrested in april 2015", "the flight crashed july
17, 1996") and a date in figures ("robbed on saturday 11/21/2013"), each read only after a
word that makes it a time; and the day and weekday patterns both modules build on.
"""

from __future__ import annotations

import re

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_LOWER_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_LOWER_MONTH_BEFORE = re.compile(
    rf"\b(?:[Ii]n|since|until|from|by|of|the|an?|early|late|was|[a-z]+ed) "
    rf"((?:(?:{_LOWER_MONTHS}) (?:and|or|to|through) )?(?:{_LOWER_MONTHS}),? (?:of )?)$"
)
"""A month in lower case before its year with no day, after a word that makes it a time ("was
arrested in april 2015", "the october 2012 kidnapping", "a june 2016 meeting", "since may
2014", "it was march 1982 when", "was shot and killed december 2017", "to be released december
2012"), as Multi-News+ writes every month; two months may share the year ("in february and
march 2017": the first names the date). With no such word, a lower-case date there is
mostly the page's: tweets' and bylines' stamps ("( @handle ) may 20, 2016", "24 jan 2011"),
captions ("performs in las vegas, nevada, u.s., august 9, 2003") and citations ("personal
communication, june 2017"); read with their year, those cost the fourteenth pass its
precision."""
_LOWER_DAY_BEFORE = re.compile(
    rf"\b(?:on|[a-z]+ed) ((?:{_LOWER_MONTHS}|(?:jan|feb|aug|sept?|oct|nov|dec)\.) {DAY},? "
    rf"|{DAY} (?:{_LOWER_MONTHS}),? )$"
)
"""A month in lower case with its day and year after "on" or a verb in the past ("expected to
plead guilty ... on oct. 28, 2015", "the flight crashed july 17, 1996"): a stamp or a tweet's
dateline has neither ("posted" and "updated" are the page's: timeline_page). The day may come
first ("the window opened on 12 january 2012")."""
_FIGURES_BEFORE = re.compile(
    rf"\b(?:on|[a-z]+ed) (?:{WEEKDAY.lower()},? )?((?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])/)$"
)
"""A date written in figures, month first, after the same words ("we were robbed on saturday
11/21/2013", "adopted ... on 9/3/2005"): with no such word, such dates are stamps, listings
and labels ("Updated: 10/1/2013 5: 30 a.m.", "introduced in senate ( 11/14/2013 )", "use by
date of 10/02/2018")."""
LOWER_CASE_DAY = "lower-case month day year"
"""The form of a lower-case month with its day and year (`_LOWER_DAY_BEFORE`), and of a date
in figures (`_FIGURES_BEFORE`): whether it is a caption's is the page's question
(timeline_page)."""
_LOWER_MONTH_REACH = len("early september and november, of ")
_LOWER_DAY_REACH = len("discontinued september 30, ")
_DAY_DIGIT_REACH = len("30 september ")
_FIGURES_REACH = len("robbed on wednesday, 12/31/")


def lower_month_before(text: str, year: int) -> tuple[re.Match[str], str] | None:
    """The lower-case month, maybe with its day, or the month and day in figures, before the
    year starting at `year`, and its form."""
    month = _LOWER_MONTH_BEFORE.search(text, max(0, year - _LOWER_MONTH_REACH), year)
    if month is not None:
        return month, "month year"
    if text[year - 1 : year] == "/":
        figures = _FIGURES_BEFORE.search(text, max(0, year - _FIGURES_REACH), year)
        return (figures, LOWER_CASE_DAY) if figures is not None else None
    # A day's digit stands just before its year ("17, 1996", "17th, 1993") or its month
    # ("12 january 2012"): the search runs only there.
    if not any(c.isdigit() for c in text[max(0, year - _DAY_DIGIT_REACH) : year]):
        return None
    day = _LOWER_DAY_BEFORE.search(text, max(0, year - _LOWER_DAY_REACH), year)
    return (day, LOWER_CASE_DAY) if day is not None else None
