"""Relative dates put against their article's writing: a bare weekday the clause says lies
ahead is the next one, a month and day after the writing is dated only when the sentence
says it lies ahead (or, told in the past within a season, the year before's), and "today"
dates an event only when a verb around it says so (split from timeline.py)."""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_ahead import AHEAD
from chorus.analyze.timeline_asides import CLAUSE_END
from chorus.analyze.timeline_beside import tells_the_past, the_year_before, told_in_the_past
from chorus.analyze.timeline_days_ahead import (
    condition_ahead,
    deadline_ahead,
    far_cue_ahead,
    lead_up_ahead,
    next_year_s,
    present_ahead,
    runs_until,
    says_ahead,
    scheduled_soon,
    year_told,
)
from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_imagined import quoted
from chorus.model import Sentence

A_DAY_OF_A_YEAR = frozenset(("month day", "day month"))

_DATES_TODAY = re.compile(
    r"\b(?:[a-z]+ed|said|told|made|held|met|sent|found|won|lost|began|came"
    r"|went|took|gave|spoke|wrote|earlier|later|will|set to|due to|expected|plans?)\b|['’]ll\b"
)
"""Words that make "today" the day of an event ("announced today", "earlier today") rather
than the present ("people today", "Today, nearly all ethanol", "today's young adults")."""

_PRESENT_PASSIVE = frozenset(("is", "are"))
"""Around "today", the present's passive: "Most ethanol today is produced", "Croats are
today called to give": its participle is no past."""
_AHEAD_WORDS = 6
"""How far before a weekday its clause may say the event lies ahead."""
_LAST_WEEK = dt.date.max - dt.timedelta(days=7)
"""The last date a week can be added to: a weekday ahead of a base near 9999-12-31 is none."""


def weekday_ahead(sentence: Sentence, match: DateMatch) -> bool:
    """Whether the words before a weekday, in its clause, say the event lies ahead: a cue
    among the last few, or one farther back with no verb in the past after it ("will begin
    the Church's most important liturgical season on Sunday", "plan to be there until at
    least Friday"; "will" and then "took a hard line Saturday" tell the past); or a
    condition holding it that the sentence says will be followed ("If ... not met by
    Friday, they will call ..."), or the time before its event ("in the run-up to Thursday's
    general election")."""
    before = sentence.text[: match.start - sentence.start]
    clause = CLAUSE_END.split(before)[-1]
    if AHEAD.search(" ".join(clause.split()[-_AHEAD_WORDS:])) or far_cue_ahead(clause):
        return True
    if present_ahead(clause):
        return True
    after = sentence.text[match.end - sentence.start :]
    if condition_ahead(before, after) or deadline_ahead(before, after):
        return True
    return lead_up_ahead(before, after)


def today_is_a_day(sentence: Sentence, match: DateMatch, headed: bool) -> bool:
    """Whether "today" dates an event: a past or future verb among the few words around it
    in its clause ("today's" looks only before), or a date in brackets after it ("today
    (Jan. 16)"). Of 45 uses read in raw Multi-News about half mean the present ("as few as
    32,000 today", "Today, the Church ..."); the show "Today" is quoted. Under a heading
    that dates the words below it (`headed`: a list item's "Jan. 16, 2018:", a post's, a
    transcript's), a quotation's "today" is the day it was said ('"The stock market is way
    up again today ...," Trump said.'), in the present too."""
    text = sentence.article.text
    if match.start > 0 and text[match.start - 1] in "\"“‘'":
        return False
    if headed and quoted(text[sentence.start : match.start]):
        return True
    if text.startswith(" (", match.end):
        return True
    before = CLAUSE_END.split(text[sentence.start : match.start])[-1].split()[-_AHEAD_WORDS:]
    after = CLAUSE_END.split(text[match.end : sentence.end], maxsplit=1)[0].split()[:3]
    if text.startswith(("'s", "’s"), match.end) or _PRESENT_PASSIVE & {*before[-1:], *after[:1]}:
        after = []
    return _DATES_TODAY.search(" ".join((*before, *after))) is not None


def placed(
    resolved: tuple[dt.date, Precision], base: dt.date, sentence: Sentence, match: DateMatch
) -> tuple[dt.date, Precision] | None:
    """A relative date put on the right side of the publication date, None when its year
    is unknown. dateparser puts a bare weekday on or before `base` and a month and day in
    base's year; a weekday the clause says lies ahead is the next one; a month and day "of
    last year" is the year before's, and one after `base` is dated only when the sentence
    says the event lies ahead or it ends a time still to run ("funding the government until
    March 23"), or as the year before's when a verb in the past tells it within a season of
    `base` (timeline_beside.the_year_before)."""
    date, precision = resolved
    bare = " " not in sentence.article.text[match.start : match.end]
    if match.form == "weekday" and bare and date < base and weekday_ahead(sentence, match):
        return (date + dt.timedelta(days=7), precision) if date < _LAST_WEEK else None
    if match.form not in A_DAY_OF_A_YEAR:
        return resolved
    if (year := year_told(sentence.article.text, match.end, base)) is not None:
        try:
            return date.replace(year=year), precision
        except ValueError:  # February 29, or a year past the calendar's edge
            return None
    clause = CLAUSE_END.split(sentence.text[: match.start - sentence.start])[-1]
    if date > base:
        at = match.start - sentence.start
        ahead = says_ahead(sentence.text, at)
        # a cue only after the date, in a sentence whose clause before it tells the past,
        # is another clause's ("did ... have to cancel its event on Dec. 30 and Dec. 31 due
        # to frigid temperatures"): no sign the date lies ahead
        cue_before = AHEAD.search(sentence.text, 0, at) is not None
        ahead = ahead and (cue_before or not tells_the_past(clause))
        if ahead or runs_until(date, base, clause) or scheduled_soon(date, base, clause):
            return resolved
        after = sentence.text[match.end - sentence.start :]
        earlier = the_year_before(date, base) if told_in_the_past(clause, after) else None
        return (earlier, precision) if earlier is not None else None
    coming = next_year_s(date, base, clause)
    return (coming, precision) if coming is not None else resolved
