"""A month named alone in a dated article: "Kim and Kris, who married in a lavish wedding in
August" (raw 28 [3], an October 2011 page) is last August. Read only when a verb in the past
tells it in its clause, with no cue ahead, the sentence writes no year before it, and the month lies
within a season of the writing's (this month or one of the four before it): "hanged
himself in July" and "in May" in an August page, "A report released in January" in a
February one. Farther back ("in March" in a December page) which year it was the text does
not say; an undated article gives no year at all, so there it is not looked for. A year
the sentence writes after the month dates a later clause, not the month's verb."""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_ahead import AHEAD
from chorus.analyze.timeline_beside import tells_the_past
from chorus.analyze.timeline_forms import DateMatch
from chorus.model import Sentence

MONTH_ALONE = "month alone"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER = {name: n for n, name in enumerate(MONTHS, 1)} | {
    "Jan.": 1,
    "Feb.": 2,
    "Aug.": 8,
    "Sept.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
_IN_A_MONTH = re.compile(
    rf"\bin ({'|'.join(MONTHS)}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?![ ,]*(?:\d|of \d))"
    r"(?!\w)(?! (?:of )?(?:last|next|this|that)\b)"
)
"""A month after "in" with no day or year after it ("in August have spent", not "in August
2011", "in August, 2011", "in August of 2011" or "began in March last year": 2011's in a
March 2012 page, raw 76)."""
_IN_A_CAPITAL = re.compile(r"in [ADFJMNOS]")
"""What a month after "in" needs, searched first: an undated article's every sentence with
" in " is asked for one (0.07 ms a raw cluster with `_IN_A_MONTH` alone, 0.03 with this)."""
_CLAUSE_END = re.compile(r"[;(]|[,:](?!(?<=\d[,:])\d)")
"""Where the clause before a month alone ends: timeline_asides' ends, but a comma between
figures ("won the $50,000 Science in Action Award in August", raw 129), which cuts no
clause a past verb may tell the month in."""
_A_SEASON = 4
"""How many months before the writing's a month alone may lie (timeline_beside's season)."""


def months_alone(sentence: Sentence, matches: list[DateMatch]) -> list[DateMatch]:
    """`matches` with the months alone of a sentence whose article is dated that a verb in
    the past tells within a season of the writing, in order; none when the sentence writes
    a year."""
    published = sentence.article.published
    if published is None:
        return matches
    found = []
    for month, clause in _not_told_ahead(sentence, matches):
        if (published.month - _NUMBER[month.group(1)]) % 12 > _A_SEASON:
            continue
        if not tells_the_past(clause):
            continue
        start, end = sentence.start + month.start(1), sentence.start + month.end(1)
        if all(end <= m.start or start >= m.end for m in matches):
            found.append(DateMatch(start, end, True, MONTH_ALONE))
    return sorted(matches + found, key=lambda m: m.start) if found else matches


def months_unread(sentence: Sentence, matches: list[DateMatch]) -> list[str]:
    """The months alone of an undated article's sentence not told ahead ("won the $50,000
    ... Award in August", raw 129): which year they are no date says, and the timeline's
    note names them as it names an undated "Wednesday". Not one a cue puts ahead ("will
    also compete ... in September"), which would be no past month with a date either."""
    return [month.group(1) for month, _ in _not_told_ahead(sentence, matches)]


def _not_told_ahead(
    sentence: Sentence, matches: list[DateMatch]
) -> list[tuple[re.Match[str], str]]:
    """The months alone of a `sentence`, each with its clause before it, whose clause has no
    cue ahead, before any year the sentence writes (one of `matches` not relative): a year
    after the month dates a later clause's deed ("Turner was found guilty in March of
    sexually assaulting an unconscious woman ... in 2015", raw 103 [2], a June 2016 page:
    the verdict was March 2016's); one before it may be the month's own ("the June 1995
    meeting in its antitrust suit, filed in May")."""
    text = sentence.text
    years = [m.start - sentence.start for m in matches if not m.relative]
    if " in " not in text:
        return []
    if _IN_A_CAPITAL.search(text) is None:  # a third of `_IN_A_MONTH`'s cost, most sentences
        return []
    found = []
    for month in _IN_A_MONTH.finditer(text, 0, min(years, default=len(text))):
        clause = _CLAUSE_END.split(text[: month.start()])[-1]
        if not AHEAD.search(clause):
            found.append((month, clause))
    return found


def month_alone(text: str, match: DateMatch, base: dt.date) -> tuple[dt.date, Precision]:
    """The month a month alone (found by `months_alone`) names: the last such on or before
    `base`."""
    number = _NUMBER[text[match.start : match.end]]
    year = base.year if number <= base.month else base.year - 1
    return dt.date(year, number, 1), "month"
