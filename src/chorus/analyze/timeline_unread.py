"""Date expressions no form of the timeline reads, named in its note so that none is dropped
silently (raw 213: "the band's Grammy-nominated 2011 album" and "in the 1930s" were in
neither the timeline nor its note): a year after words no form reads a year after (a thing's
adjective: "a 2012 Western Oregon University graduate", "the 2014 Winter Olympics"), a decade
("the 1930s"), and a period told from the writing that timeline_last does not read ("this
year", "next week", "last year's"). They stay unread: a thing's year dates the thing, not
the line's deed (timeline_forms), a decade is no year, "this year" is a span the writing is
inside and "next week" a plan with no day."""

from __future__ import annotations

import re

from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_last import DETERMINERS

_YEAR = re.compile(
    r"(?<![\w$#.,/–-])(?:(?:1[89]|20)\d0['’]?s\b"
    r"|(?:1[89]|20)\d\d(?![\w%/–-]|[.,:]\d| ?percent\b| [a-z]+s\b| block\b"
    r"|(?: [A-Z][a-z]+)+ (?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive)))"
)
"""A year or a decade ("1930s", "1960's") standing alone: not part of a figure ("1,999",
"$2000", "2000%"), a date in figures or a range's join ("2004–05"), a count ("2000 people")
or an address ("the 2000 block", "1900 Main Street")."""
_PERIOD = re.compile(r"\b(?:[Ll]ast|[Tt]his|[Nn]ext) (?:week|month|year)\b(?:['’]s?)?")
"""A week, month or year told from the writing."""
_AFTER_A_DETERMINER = re.compile(rf"\b(?:{'|'.join(DETERMINERS)}) $", re.IGNORECASE)
"""Before a period, what makes it a span, no calendar period ("the next year", "his last week
in office"), as `timeline_last` reads it."""
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_OR_AFTER_A_YEAR = re.compile(r"(?:1[89]|20)\d\d or (?:in )?$")
"""Before a year, the first of two years one event fell in ("in 2011 or 2012"): read, it
names both in its line's note (timeline_range_words.OR_A_YEAR)."""
_PERIOD_WORDS = ("s week", "s month", "s year", "t week", "t month", "t year")
"""What "this|last|next week|month|year" needs: substring tests far cheaper than the pattern,
which most sentences ("years", "his") would otherwise run."""


def unread_dates(text: str, offset: int, read: list[DateMatch]) -> list[str]:
    """The date expressions of a sentence's `text` (at `offset` in its article) that no match
    in `read` covers, as written ("Last week" as "last week", once in the note's words)."""
    found = []
    if "1" in text or "2" in text:  # cheap tests first: most sentences hold no year
        for year in _YEAR_LIKE.finditer(text):  # most years are read: the pattern for the rest
            if _covered(year, offset, read) or _one_of_two(text, year.start(), offset, read):
                continue
            if whole := _YEAR.match(text, year.start()):
                found.append(whole)
    if ("week" in text or "month" in text or "year" in text) and any(
        words in text for words in _PERIOD_WORDS
    ):
        for period in _PERIOD.finditer(text):
            before = text[max(0, period.start() - 8) : period.start()]
            if not _AFTER_A_DETERMINER.search(before) and not _covered(period, offset, read):
                found.append(period)
    if not found:  # most sentences: nothing to sort
        return []
    return [_as_named(m.group()) for m in sorted(found, key=lambda m: m.start())]


def _covered(found: re.Match[str], offset: int, read: list[DateMatch]) -> bool:
    start, end = found.start() + offset, found.end() + offset
    return any(m.start < end and start < m.end for m in read)


def _one_of_two(text: str, start: int, offset: int, read: list[DateMatch]) -> bool:
    """Whether the year at `start` of `text` is the second of two years one event fell in,
    the first read ("in 2011 or 2012"): no date of its own."""
    if text[max(0, start - 7) : start].find(" or ") < 0:  # cheap test: most years
        return False
    first = _OR_AFTER_A_YEAR.search(text, max(0, start - 12), start)
    return first is not None and _covered(first, offset, read)


def _as_named(words: str) -> str:
    return words[0].lower() + words[1:] if words[0] in "LTN" else words
