"""A month and day dated by its own sentence's year: in an article with no publication
date, "posted on the Department of State's website on November 2, 2016, ... broke it Friday
evening December 2" puts December 2 in 2016. The year must be written in a date with its
month ("November 2, 2016", "November 2016"), never a thing's ("on Dec. 2, the 2016 report
said", "the 2016 election ... on Nov. 2": a year that names what happened need not be when
the day fell); the sentence must write one such year, before the day: a year carries
forward, where a date written with its year after a bare one sets it apart ("complaints
from July 17 ... and a complaint from March 9, 2015": raw 17's July 17 is of 2016); and the
day must lie within half a year of each such date, so that the same day a year either side
is farther ("December 30, 2016 ... Jan. 2" may be 2017: nothing shown).
"""

from __future__ import annotations

import datetime as dt

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import DateMatch, absolute

_DATED = frozenset(("month day year", "day month year", "month year", "iso date"))
_HALF_A_YEAR = dt.timedelta(days=182)


def year_beside(
    text: str, match: DateMatch, matches: list[DateMatch]
) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`) names in the one year the dates before it in its
    sentence (`matches`) write with their month, when none after it writes one and it lies
    within half a year of each."""
    before = [m for m in matches if m.start < match.start]
    if any(m.form in _DATED for m in matches if m.start > match.start):
        return None
    dates = [absolute(text[m.start : m.end]) for m in before if m.form in _DATED]
    anchors = [d for d, _ in filter(None, dates)]
    if len({d.year for d in anchors}) != 1:
        return None
    day = absolute(f"{text[match.start : match.end]} {anchors[0].year}")
    if day is None or day[1] != "day":
        return None
    if any(abs(day[0] - a) > _HALF_A_YEAR for a in anchors):
        return None
    return day
