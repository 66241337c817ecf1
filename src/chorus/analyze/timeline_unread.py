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
_PERIOD = re.compile(
    "".join(rf"(?<!\b{d} )(?<!\b{d.title()} )" for d in DETERMINERS)
    + r"\b(?:[Ll]ast|[Tt]his|[Nn]ext) (?:week|month|year)\b(?:['’]s?)?"
)
"""A week, month or year told from the writing, not after a determiner ("the next year" and
"his last week in office" are spans, no calendar period)."""
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


def unread_dates(text: str, offset: int, read: list[DateMatch]) -> list[str]:
    """The date expressions of a sentence's `text` (at `offset` in its article) that no match
    in `read` covers, as written ("Last week" as "last week", once in the note's words)."""
    found = []
    if _YEAR_LIKE.search(text) is not None:  # far cheaper than the pattern: most hold none
        found += [m for m in _YEAR.finditer(text) if not _covered(m, offset, read)]
    if ("week" in text or "month" in text or "year" in text) and (
        "ast " in text or "his " in text or "ext " in text
    ):
        found += [m for m in _PERIOD.finditer(text) if not _covered(m, offset, read)]
    return [_as_named(m.group()) for m in sorted(found, key=lambda m: m.start())]


def _covered(found: re.Match[str], offset: int, read: list[DateMatch]) -> bool:
    start, end = found.start() + offset, found.end() + offset
    return any(m.start < end and start < m.end for m in read)


def _as_named(words: str) -> str:
    return words[0].lower() + words[1:] if words[0] in "LTN" else words
