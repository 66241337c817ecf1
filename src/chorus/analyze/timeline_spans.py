"""Ranges of years: whether a span ("from 2010 to 2012", "between 2013 and 2014") names a deed
of the story, then an entry under its first end with the span in its note, or bounds a
count, a change or a study's data, no event (timeline_asides reads the rest of what stands
around a date); a period of days a sentence opens with to count over ("From January 1
through June 17 ..., there were 46 shootings"), no event either; and the ends of every range
listed once, under the first: of a range within a year ("November and December 2013"), of a
span of years ("in 2000-2001", "in 1920-1937": two rows of one sentence read as two
entries, raw 192, 194) and of a window one deed falls in ("concluding sometime between 2019
and 2021")."""

from __future__ import annotations

import re

from chorus.analyze.timeline_asides import CLAUSE_END, COUNT
from chorus.analyze.timeline_form_patterns import YEAR_RANGE
from chorus.analyze.timeline_forms import RANGE_IN_A_YEAR, DateMatch

_REACH = 80
"""How far before a range's end its clause is read."""
_DEED = re.compile(
    r"\b(?:[a-z]+ed|was|were|did|had|held|led|ran|spent|taught|fought|won|lost|kept|made|went"
    r"|began)\b"
)
"""A verb in the past: someone did something, or something was, over a span of years."""
_FROM_YEAR = re.compile(r"\b[Ff]rom (?:(?:1[89]|20)\d\d(?: to | through | until |[-–]))?$")
_BETWEEN_YEARS = re.compile(r"\bbetween (?:(?:1[89]|20)\d\d and )?$")
_HELD_BETWEEN = re.compile(
    r"\b(?:served|worked|lived|played|taught|coached|studied|stayed|sometime between"
    r"|(?:was|were) (?:the |an? |its |his |her |their )?[A-Z][a-z]+)\b"
)
"""A post held or work done over a span "between" two years ("was General Manager between
2013 and 2014", "worked at cbs between 2016 and 2018"), or a thing done "sometime between"
them ("concluding sometime between 2019 and 2021", "set to open sometime between 2020 and
2021", listed once: `second_end_of`). Most such spans bound a study's data or a change
("data collected between 2000 and 2012", "tripled between 1996 and 2013", "tweets sent
between 2014 and 2017"): of 31 read over raw, DUC and Multi-News+ validation with a past
verb alone, 14 were no event of the story."""


def no_deed_over_years(before: str) -> bool:
    """Whether a range of years ("from 2010 to 2012"), after the text `before` it, spans no
    deed of the story: its clause bounds a count or an amount ("rose 24 percent from 2001 to
    2011", "received $3.8 million from 2011 through 2015") or tells no past verb ("malaria
    cases from 1990 to 2005", "coins, dating from 1847 to 1894"), unlike "did a second
    stint from 2003 to 2006"; "between" two years only a post held or work done."""
    near = before[-_REACH:]
    if _BETWEEN_YEARS.search(near) is not None:
        clause = CLAUSE_END.split(near)[-1]
        return COUNT.search(clause) is not None or _HELD_BETWEEN.search(clause) is None
    clause = CLAUSE_END.split(_FROM_YEAR.sub("", near))[-1]
    return COUNT.search(clause) is not None or _DEED.search(clause) is None


def without_between(before: str) -> str:
    """The text before a range of years' end without its "between ... and " opening: what is
    left is asked whether it names an event, not whether it ends a range."""
    return _BETWEEN_YEARS.sub("", before)


_TALLY_PERIOD = re.compile(r"^From (?:[A-Z][a-z]+\.? \d{1,2} (?:through|to|until) )?$")
"""A sentence opening with a period of days, up to the date ("From January 1 through ")."""
_PERIOD_S_REST = re.compile(r"^(?: (?:through|to|until) [A-Z][a-z]+\.? \d{1,2})?[^,]{0,40},")


def a_tally_s_period(before: str, after: str) -> bool:
    """Whether a month and day bounds the period a sentence opening with it counts over
    ("From January 1 through June 17 in Grand Central, there were 46 shootings compared to
    56 during the same period in 2011"): the tally's, no event's."""
    if _TALLY_PERIOD.match(before) is None or (rest := _PERIOD_S_REST.match(after)) is None:
        return False
    return COUNT.search(CLAUSE_END.split(after[rest.end() :], maxsplit=1)[0]) is not None


_A_RANGE_S_JOIN = re.compile(r"(?:[-–/]| to | through | and )")
"""What stands between the ends of a range within a year ("November and December 2013")."""
_SPAN_JOINS = frozenset((" to ", " through ", " until ", "-", "–"))
"""What joins the two ends of a span of years ("from 2010 to 2014", "in 2000-2001")."""
_INTO_EARLY = " and early "
"""What joins a year to the start of the next, one run of time ("stocks ... raced ahead in
2017 and early 2018", raw 19): under both years one sentence read as two deeds."""
_A_WINDOW = re.compile(r"\b(?:[Ss]ome ?time|at some point) between $")
"""Before a range of years' first end, words that make it the window one deed falls in
("concluding sometime between 2019 and 2021"), not a span it runs over."""


def second_end_of(text: str, shown: DateMatch | None, match: DateMatch) -> bool:
    """Whether a date in an article's `text` ends a range whose first end is shown, and is
    listed there once: "November and December 2013", under November with the range in its
    note (its second line, the same sentence under the next month or day, told the reader
    nothing new); "from 2010 to 2014" and "in 2000-2001", under the first year with the span
    in its note (timeline_range_words); "sometime between 2019 and 2021", under 2019 (a
    second line would say the deed fell in both years); "from April 2015 until June 2016"
    under April 2015. "in 2014 and 2015" names two years, each a row."""
    if shown is None or shown.end >= match.start:
        return False
    if shown.form == RANGE_IN_A_YEAR:
        return _A_RANGE_S_JOIN.fullmatch(text, shown.end, match.start) is not None
    if shown.form == YEAR_RANGE and text[shown.end : match.start] == " and ":
        return True  # "between 2013 and 2014", a window's "sometime between 2019 and 2021"
    return ends_a_span(text, shown, match)


def ends_a_span(text: str, shown: DateMatch, match: DateMatch) -> bool:
    """Whether a date ends the span whose first end is `shown` ("from 2010 to 2014", "from
    2007-09", "in 2000-2001", a post held "between 2013 and 2014", "from April 2015 until
    June 2016", "March 8 to 23, 2017", "October–November 2015"): the entry of the first runs
    until it. A window one deed falls in is none, nor "November and December 2013"."""
    join = text[shown.end : match.start]
    if shown.form == YEAR_RANGE and join == " and ":
        return _A_WINDOW.search(text, max(0, shown.start - 20), shown.start) is None
    if shown.form in ("month year", RANGE_IN_A_YEAR):  # "March 8 to 23, 2017" too
        return match.form in ("month year", RANGE_IN_A_YEAR) and join in _SPAN_JOINS
    if shown.form == "year" and join == _INTO_EARLY:
        return match.form == "year"
    return shown.form in (YEAR_RANGE, "year") and join in _SPAN_JOINS
