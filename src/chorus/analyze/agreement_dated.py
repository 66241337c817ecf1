"""Two sentences that date one deed, told in the same word, to a past year and to a day of
the story's week: two deeds, read before they are linked (agreement_apart.told_apart). "It
was published in 2014, also in the Journal of the American College of Cardiology." (Lee's
own study) and "But in a report published Monday in the Journal of the American College of
Cardiology researchers from Denmark say ..." (the new one, raw 74) share the journal and
"published", and score 0.48: a study printed years ago is not the one printed on Monday."""

from __future__ import annotations

import re
from functools import lru_cache

_IN_YEAR = re.compile(r"(?<!first )\b([a-z]{3,})[ ]+(?:back[ ]+)?in[ ]+(?:19|20)\d\d\b(?![ ]*[-–])")
"""A deed dated to a year: "published in 2014", "was arrested back in 1998"; not the start of
a span ("in 2014-15"), nor a deed done first that year and again since ("the final version of
a comprehensive study first issued in 2015" is the report "issued tuesday", Multi-News+
train 342)."""
_THIS_WEEK = re.compile(
    r"\b([a-z]{3,})[ ]+(?:on[ ]+|late[ ]+|early[ ]+|last[ ]+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|this[ ]week)\b",
    re.IGNORECASE,
)
"""A deed dated to a day of the story's week: "published Monday", "arrested on Tuesday",
"announced today"."""


def dated_apart(a: str, b: str) -> bool:
    """Whether one sentence dates a deed to a year (`_IN_YEAR`) and the other dates the same
    word to a day of the story's week (`_THIS_WEEK`)."""
    return _year_and_day(a, b) or _year_and_day(b, a)


def _year_and_day(year_side: str, day_side: str) -> bool:
    """`dated_apart` read one way: the year in `year_side`, the day in `day_side`."""
    in_year = _dated_to_a_year(year_side)
    return bool(in_year) and not in_year.isdisjoint(_dated_this_week(day_side))


@lru_cache(maxsize=4096)
def _dated_to_a_year(text: str) -> frozenset[str]:
    """The words a sentence dates to a year (`_IN_YEAR`); read once a sentence, which meets
    several in `agreed`."""
    # a year's "in 19" or "in 20" spares most sentences the search
    if "in 19" not in text and "in 20" not in text:
        return frozenset()
    return frozenset(found[1] for found in _IN_YEAR.finditer(text))


@lru_cache(maxsize=4096)
def _dated_this_week(text: str) -> frozenset[str]:
    """The words, in lower case, a sentence dates to a day of the story's week
    (`_THIS_WEEK`)."""
    # every such day holds "day" or "week": most sentences are spared the search
    if "day" not in text and "week" not in text:
        return frozenset()
    return frozenset(found[1].lower() for found in _THIS_WEEK.finditer(text))
