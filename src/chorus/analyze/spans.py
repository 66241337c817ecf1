"""Spans of months that two sources give one event: "an outbreak that sickened at least 87
people ... from June 2014 through October 2015" against "the ... outbreak that sickened 87
people between May 2014 and November 2015".

The timeline leaves such spans out (they date no one moment), and the date rule compares
days. Two close sentences give one event's span when they share a figure of what happened
(the 87 sickened: no year, no day of a month); sentences that share none more often span
different things (a job "from April 2015 until June 2016", an iPhone repaired "in March").
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.language.counts import MONTHS

_MONTH = rf"({'|'.join(MONTHS)})(?:,? (\d{{4}}))?"
_SPAN = re.compile(
    rf"\b(?:from|between|since) {_MONTH} (?:through|to|until|till|and) {_MONTH}(?!,? \d)"
)
"""A span of months, the first year optional ("from June through October 2015")."""
_FIGURE = re.compile(r"(?<![\w.,$-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w,-]|\.\d)")
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
MONTH_STEMS = frozenset(stems(" ".join(MONTHS)))
"""A sentence whose stems (similarity.py) hold none of these holds no span of months."""


@dataclass(frozen=True, slots=True)
class Span:
    """A span of months as written, and its two ends as (year, month)."""

    start: tuple[int, int]
    end: tuple[int, int]
    written: str


def spans(text: str) -> list[Span]:
    """The spans of months of a sentence with a year at their end."""
    found = []
    for match in _SPAN.finditer(text):
        start_month, start_year, end_month, end_year = match.groups()
        if end_year is None:
            continue
        end = (int(end_year), MONTHS.index(end_month) + 1)
        start = (int(start_year or end_year), MONTHS.index(start_month) + 1)
        found.append(Span(start, end, match.group()))
    return found


def figures(text: str) -> frozenset[str]:
    """The figures of a sentence that are no year and no day of a month ("87", "9,000")."""
    return frozenset(
        m.group()
        for m in _FIGURE.finditer(text)
        if not _YEAR.match(m.group()) and not text[: m.start()].rstrip().endswith(MONTHS)
    )


def span_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], paired: Set[int]
) -> list[Conflict]:
    """Close sentences (`pairs`, `paired` their rows) that share a figure and give its event
    different spans; only sentences whose stems name a month are read."""
    sentences = similarity.sentences
    spanned = {
        row: spans(sentences[row].text)
        for row in paired
        if not MONTH_STEMS.isdisjoint(similarity.stems[row])
    }
    conflicts = []
    for i, j, _ in pairs:
        if not spanned.get(i) or not spanned.get(j):
            continue
        a, b = spanned[i], spanned[j]
        if any((x.start, x.end) == (y.start, y.end) for x in a for y in b):
            continue
        if figures(sentences[i].text).isdisjoint(figures(sentences[j].text)):
            continue
        reason = f"Different spans for one event: {a[0].written} vs {b[0].written}"
        conflicts.append(Conflict("date", (sentences[i],), (sentences[j],), reason))
    return conflicts
