"""A round-up's quotation that reviews a work the page lists, shown after the listing line
that names the work.

A page may list earlier works, each on a line of its own with its title in quotation marks
and its year, and under each a critic's line credited to a paper ("Lesley Manville, Channel 4
drama, 'The Queen', (2009)" ¶ "“A brilliant performance. She was so good I found myself
loathing and detesting the woman all over again.” Mirror": raw 135 [0], the page's box of
earlier screen Thatchers). The paper's words are its own (`quote_credits.credited`), but of
that work, not of the story the cluster tells: shown alone, "**Mirror**: “A brilliant
performance ...”" read as praise of the film the story announces. The row keeps the listing
line as what it follows (`Quote.context`, "(after: “Lesley Manville, ... (2009)”)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from chorus.analyze.model import Quote
from chorus.language.quote_marks import OPEN
from chorus.model import Sentence

__all__ = ["with_listed_works"]

_OPENING_MARKS = tuple(OPEN)
_LISTING_LENGTH = 100
"""The longest listing line: a name, a kind of work, a title and a year."""
_WORK_LISTING = re.compile(
    r"[A-Z][^.!?]{0,80}['‘\"“][A-Z][^'’\"”]+['’\"”],?\s*\(?(?:19|20)\d\d\)?\.?"
)
"""A listing line closing on a quoted title and its year: "Lindsay Duncan, 'Margaret', 2009",
"Anna Massey, 'Pinochet in Suburbia', (2006)"."""


def with_listed_works(
    rows: Sequence[Quote], per_article: Sequence[Sequence[Sentence]]
) -> tuple[Quote, ...]:
    """The rows, each whole quotation under a listing line of a work given that line as its
    context."""
    quoted = {
        row.sentence.article.id
        for row in rows
        if not row.context and row.sentence.text.startswith(_OPENING_MARKS)
    }
    if not quoted:
        return tuple(rows)  # a test of each row's first character before any pairing
    listed = {
        (s.article.id, s.start): previous
        for sentences in per_article
        if sentences and sentences[0].article.id in quoted
        for previous, s in pairwise(sentences)
        if s.text.startswith(_OPENING_MARKS) and _lists_work(previous.text)
    }
    return tuple(
        replace(row, context=(work,))
        if not row.context
        and (work := listed.get((row.sentence.article.id, row.sentence.start))) is not None
        else row
        for row in rows
    )


def _lists_work(line: str) -> bool:
    """Whether `line` is a listing line naming a work and its year."""
    line = line.rstrip()
    year_last = line[-1:].isdigit() or line[-2:-1].isdigit()  # "2008", "(2006)"
    return (
        len(line) <= _LISTING_LENGTH
        and year_last  # literal tests before the pattern
        and _WORK_LISTING.fullmatch(line) is not None
    )
