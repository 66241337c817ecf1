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
A month and day opening a range whose end writes its year ("beginning Jan. 7 and going until
March 21, 2014") lies in that year when it falls before the end, within half a year of it.
A month and day after the writing that a verb in the past tells, with no cue ahead, lies in
the year before when that falls within a season of the writing ("On October 16, police were
called" in a February article: last October); farther back, which year the sentence does
not say ("hanged on 31 May" in January).
A month and day no rule dates in an article with no publication date takes the year another
date of the cluster writes with that very month and day ("Nov. 3" beside another article's
"On November 3rd, 2017"), or a dated article places on or before its publication date ("May
29" in raw 161's dated [1], 0-based), when all such dates write one year: the story's day
told twice.
An article with such a day is of the story's time, and its other months and days take that
year when they lie within half a year of each of its lent days and on or before the cluster's
latest publication date (161's undated [2]: "charged June 2", "arrested June 18"); a day
after it may be a plan its article does not mark ("Her arraignment was scheduled for July
2"), and is left. No article being dated, a lent day its sentence tells in the past bounds
its article's writing instead (raw 209's "disappeared on 8 March" before "The images were
taken ... on 24 March").
A month and day none of these dates, in an article with no publication date whose every
date and year is of one year, written in full before it, lies in that year when it falls on
or after each such full date, within half a year: the story carried forward, as
`year_carried` reads it two sentences on (raw 246 [2]'s "a Sept. 2, 2015, incident" ... "A
grand jury indicted him Nov. 19"). A background date of another year, anywhere in the
article, is what made a cluster-wide year wrong (timeline71): one year told and the day after
it leave no other to choose. A full date written only after the day is none of its story's
("got married Sept. 9. Each was born on April 28, 1990": raw 66 [1], two decades on).
"""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_ahead import PAST
from chorus.analyze.timeline_forms import DateMatch, absolute

_DATED = frozenset(("month day year", "day month year", "month year", "iso date"))
_FULL = frozenset(("month day year", "day month year", "iso date"))
_A_LEAP_YEAR = 2000
"""Any leap year: the year a month and day is read in to learn which they are (February 29
too)."""
_HALF_A_YEAR = dt.timedelta(days=182)
_TO_THE_END = re.compile(
    r" (?:to|through|until|till|and (?:going|running|lasting|continuing) (?:to|through|until))"
    r" |[-–]"
)
"""What stands between a range's start and its end ("Jan. 7 and going until March 21")."""


def year_beside(
    text: str, match: DateMatch, matches: list[DateMatch]
) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`) names in the one year the dates before it in its
    sentence (`matches`) write with their month, when none after it writes one and it lies
    within half a year of each."""
    before = [m for m in matches if m.start < match.start]
    after = [m for m in matches if m.start > match.start]
    if after and after[0].form in _DATED and _TO_THE_END.fullmatch(text, match.end, after[0].start):
        return _a_range_s_start(text, match, after[0])
    if any(m.form in _DATED for m in after):
        return None
    dates = [absolute(text[m.start : m.end]) for m in before if m.form in _DATED]
    return in_the_year_of(text, match, [d for d, _ in filter(None, dates)])


def in_the_year_of(
    text: str, match: DateMatch, anchors: list[dt.date]
) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`) names in the one year `anchors` (dates written with
    their month) share, when it lies within half a year of each."""
    if len({d.year for d in anchors}) != 1:
        return None
    day = absolute(f"{text[match.start : match.end]} {anchors[0].year}")
    if day is None or day[1] != "day":
        return None
    if any(abs(day[0] - a) > _HALF_A_YEAR for a in anchors):
        return None
    return day


_CARRIED = 2
"""How many sentences after it a year told with its month dates a month and day: raw 138's
"by July 1955" dates "On July 25" right after it and "first flight on Aug. 4" the sentence
after; farther on, over raw and DUC, the story had moved to another year (a 2009 film's
date, then "As late as Aug. 17" of 2012) as often as not."""


Told = tuple[int, list[DateMatch]]
"""A sentence's index in its article and its dates."""


def year_carried(
    text: str, match: DateMatch, recent: tuple[Told | None, Told | None], index: int
) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`), its sentence's only date, names in the year the
    last sentence naming a year among the two before it (`recent`: its article's last two
    sentences with dates, the later last) told with its month, when it lies on or after
    those dates, within half a year: the story carried forward."""
    for told in reversed(recent):
        if told is None or index - told[0] > _CARRIED:
            return None
        if (anchors := year_told(text, told[1])) is None:
            continue
        day = in_the_year_of(text, match, anchors)
        return day if day is not None and day[0] >= max(anchors) else None
    return None


def year_told(text: str, matches: list[DateMatch]) -> list[dt.date] | None:
    """What a sentence's `matches` tell of the year the sentences after it are in: the
    dates it writes with their month when they share one year and it names no other
    ("Three months later, by July 1955, ..."), [] when it names a year otherwise (a year
    alone, two years: none sure), None when it names none (the year told before holds)."""
    named = [m for m in matches if not m.relative]
    if not named:
        return None
    if any(m.form not in _DATED for m in named):
        return []
    dates = [d for d, _ in filter(None, (absolute(text[m.start : m.end]) for m in named))]
    return dates if len(dates) == len(named) and len({d.year for d in dates}) == 1 else []


def _a_range_s_start(
    text: str, match: DateMatch, end: DateMatch
) -> tuple[dt.date, Precision] | None:
    """The day a range's start (`match`) names in the year its `end` writes, when it falls
    before the end and within half a year of it."""
    last = absolute(text[end.start : end.end])
    if last is None:
        return None
    day = absolute(f"{text[match.start : match.end]} {last[0].year}")
    if day is None or day[1] != "day" or not dt.timedelta(0) < last[0] - day[0] <= _HALF_A_YEAR:
        return None
    return day


_A_SEASON = dt.timedelta(days=122)
_TOLD = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|confirmed|noted|explained|wrote)\b"
)
"""Verbs of telling: their past is the telling's ("the company said it launches Oct. 16"),
not the day's."""
_PAST_WORDS = 8


def told_in_the_past(before: str, after: str) -> bool:
    """Whether a verb in the past, not one of telling, stands among the last `_PAST_WORDS`
    words of a date's clause (`before`) or the first of the words after it ("responded to an
    alarm at 1:13 a.m. on Oct. 16", "On October 16, police were called")."""
    near = (" ".join(before.split()[-_PAST_WORDS:]), " ".join(after.split()[:_PAST_WORDS]))
    return any(_TOLD.fullmatch(p.group()) is None for words in near for p in PAST.finditer(words))


def tells_the_past(clause: str) -> bool:
    """Whether a clause holds a verb in the past, not one of telling ("analysts said Congress
    would ...": what is told may lie ahead) nor a participle after "is" or "are" ("are headed
    over to Phortse on June 5th"), a word's end no verb ("Davis rose to national prominence in
    June", raw 230)."""
    return any(
        _TOLD.fullmatch(p.group()) is None
        and not f" {clause[: p.start()]}".endswith((" is ", " are "))
        for p in PAST.finditer(clause)
    )


def the_year_before(date: dt.date, written: dt.date) -> dt.date | None:
    """A month and day after the writing as the year before's, when that lies within
    `_A_SEASON` of the writing."""
    try:
        earlier = date.replace(year=date.year - 1)
    except ValueError:  # February 29
        return None
    return earlier if written - earlier <= _A_SEASON else None


Full = tuple[int, dt.date]
"""A full date an article writes ("Sept. 2, 2015"): where it starts, and its day."""
OwnYears = tuple[list[Full], set[int]]
"""An undated article's full dates, each with where it starts, and every year it names
(`years_named`)."""
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def years_named(
    text: str, matches: list[DateMatch], unread: list[str], full: list[Full], into: OwnYears
) -> None:
    """Records in `into` the full dates `days_written` read of `matches` (`full`) and the
    years written in the dates `matches` name and in those no form reads (`unread`)."""
    dates, years = into
    dates.extend(full)
    for match in matches:
        if not match.relative:
            years.update(map(int, _A_YEAR.findall(text, match.start, match.end)))
    for words in unread:
        years.update(map(int, _A_YEAR.findall(words)))


def year_of_its_article(
    text: str, match: DateMatch, named: OwnYears | None
) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`) names in the one year its undated article names
    (`named`, by `years_named`), written in full before it, when it falls on or after each
    such full date and within half a year of it."""
    if named is None or len(named[1]) != 1:
        return None
    anchors = [day for start, day in named[0] if start < match.start]
    day = in_the_year_of(text, match, anchors) if anchors else None
    return day if day is not None and day[0] >= max(anchors) else None


Written = dict[tuple[int, int], set[int]]
"""The years a cluster's full dates write with each month and day."""


def days_written(text: str, matches: list[DateMatch], written: Written) -> list[Full]:
    """Records in `written` the year of each full date `matches` write ("November 3rd, 2017"),
    under its month and day; returns those dates."""
    full = []
    for match in matches:
        if match.form in _FULL and (day := absolute(text[match.start : match.end])) is not None:
            written.setdefault((day[0].month, day[0].day), set()).add(day[0].year)
            full.append((match.start, day[0]))
    return full


def year_lent(text: str, match: DateMatch, written: Written) -> tuple[dt.date, Precision] | None:
    """The day a month and day (`match`) names in the one year the cluster's full dates write
    with that month and day (`days_written`), if they write it with one."""
    words = text[match.start : match.end]
    if (read := absolute(f"{words} {_A_LEAP_YEAR}")) is None or read[1] != "day":
        return None
    years = written.get((read[0].month, read[0].day), set())
    return absolute(f"{words} {next(iter(years))}") if len(years) == 1 else None


Unplaced = tuple[str, str, DateMatch, int, int]
"""An undated article's month and day no rule of its own dated: its article's id and text,
and where its sentence starts and ends."""


def years_lent(
    days: list[Unplaced], written: Written, latest: dt.date | None
) -> list[tuple[dt.date, Precision] | None]:
    """The day each of `days` names: in the one year the cluster writes with it
    (`year_lent`), else, in an article one of whose days is lent a year, in that year when it
    lies within half a year of each lent day and on or before `latest` (the cluster's latest
    publication date) or, no article being dated, before a lent day its sentence tells in the
    past (then written before)."""
    lent = [year_lent(text, match, written) for _, text, match, _, _ in days]
    anchors: dict[str, list[dt.date]] = {}
    bounds: dict[str, dt.date] = {}
    for (article, text, match, start, end), day in zip(days, lent, strict=True):
        if day is None:
            continue
        anchors.setdefault(article, []).append(day[0])
        past = told_in_the_past(text[start : match.start], text[match.end : end])
        bound = latest if latest is not None else day[0] if past else None
        if bound is not None:
            bounds[article] = max(bound, bounds.get(article, bound))
    placed = list(lent)
    for i, (article, text, match, _, _) in enumerate(days):
        if placed[i] is None and article in bounds:
            day = in_the_year_of(text, match, anchors[article])
            placed[i] = day if day is not None and day[0] <= bounds[article] else None
    return placed
