"""The week an undated article's weekdays fall in, when its own text and a dated article of
its cluster fix it together. Raw 153: [2] (no publication date) writes "if you were parked at
High Bridge Trail Head on February 13, 2017" and tells the girls vanished "on Monday"; [1],
dated 14 February 2017, tells the same Monday. [2]'s "Tuesday" and "Wednesday" (the bodies
found, then identified) were unresolved, and the timeline stopped on Tuesday.

An article is read so only when it writes one full date, names that date's weekday, and a
dated article of the cluster, written within six days after that date, names the same
weekday (its bare weekday of that name is then that very day): the article's first day is
the story's. Its bare weekdays are then the days of the six after it, as a dated article's are
the last ones on or before its writing; one its clause says lies ahead is left unread. Read
against the other article's date instead, or the day nearest the article's own full date,
earlier passes found 18 and 6 wrong rows (docs/journal/timeline.md, "Timeline, forty-second
pass (stop 35)"): a full date alone is more often background than the week of writing, and
an undated article may be written days after the dated one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from chorus.analyze.model import Precision
from chorus.analyze.timeline_form_patterns import DATE_PATTERNS
from chorus.analyze.timeline_forms import DateMatch, absolute
from chorus.analyze.timeline_relative import weekday_ahead
from chorus.model import Sentence

_FULL_DATE = re.compile(
    "|".join(p for form, _, p in DATE_PATTERNS if form in ("month day year", "day month year"))
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_AFTER = 6
"""How long after its full date a dated article may be written for the two to tell one week."""


def _first_day(text: str) -> dt.date | None:
    """The one day the full dates of `text` write, None when they write none or several."""
    days = {absolute(m.group()) for m in _FULL_DATE.finditer(text)}
    return next(iter(days))[0] if len(days) == 1 and None not in days else None


def weeks_lent(sentences: Iterable[Sentence], left_out: Collection[str]) -> dict[str, dt.date]:
    """The full date each undated article's weekdays are read around, by its id, for the
    articles (of `sentences`) whose one full date a dated article of the cluster (not in
    `left_out`) tells by its weekday within six days after it."""
    read = {s.article.id: s.article for s in sentences if s.article.id not in left_out}
    articles = list(read.values())
    dated = [a for a in articles if a.published is not None]
    weeks: dict[str, dt.date] = {}
    for article in articles if dated else ():
        if article.published is not None or not any(n in article.text for n in _WEEKDAYS):
            continue
        first = _first_day(article.text)
        if first is None:
            continue
        name = _WEEKDAYS[first.weekday()]
        if name not in article.text:
            continue
        if any(
            0 <= (d.published - first).days <= _DAYS_AFTER and name in d.text
            for d in dated
            if d.published is not None
        ):
            weeks[article.id] = first
    return weeks


def in_its_week(
    sentence: Sentence, match: DateMatch, day: dt.date
) -> tuple[dt.date, Precision] | None:
    """The day a bare weekday (`match`) names within three days of its article's full date
    (`day`), None for any other weekday form ("last Monday") or one its clause says lies
    ahead."""
    name = sentence.article.text[match.start : match.end]
    if name not in _WEEKDAYS or weekday_ahead(sentence, match):
        return None
    return day + dt.timedelta(days=(_WEEKDAYS.index(name) - day.weekday() + 3) % 7 - 3), "day"
