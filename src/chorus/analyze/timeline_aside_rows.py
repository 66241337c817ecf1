"""One row for a sentence whose dates all stand in its asides. "The last two winners of the
Iowa GOP caucuses — former Arkansas Gov. Mike Huckabee in 2008 and former Sen. Rick Santorum
(Pa.) in 2012 — have faded" (raw 238) tells, outside its dashes, an event of no date; the
years inside say who the winners were. Listed under each, the sentence stood twice, once in
2008 and once in 2012, as if two events were told. It is shown once, under its first date,
where the reader meets it in the sentence; the other date stays in the words shown.

A sentence whose clauses tell a date each ("born in Brooklyn on Feb. 24, 1927, and went on to
earn his law degree ... in 1951") keeps a row for each: two events, as the house has judged
(docs/journal/timeline.md, seventieth and seventy-first passes), unless they set one
subject's date beside another's (timeline_contrasts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import TimelineEntry
from chorus.analyze.timeline_contrasts import the_story_s_row
from chorus.model import Sentence

_DASH = r"(?: ?—|--| –| _) "
_ASIDE = re.compile(rf"{_DASH}[^—_]*?{_DASH[:-1]}|\([^()]*\)")
"""Words set aside in a sentence: in brackets, or between two dashes (an em dash, two
hyphens, an en dash or the underscore the DUC wires print, spaced: "1920–1937" is a range)."""
_WORDS_OUTSIDE = 3
"""How many words a sentence writes outside its asides to tell a clause of its own: a
sentence in brackets ("(Mr. Kantner and Ms. Anderson died in 2016, Mr. Dryden in 2005 ...)",
raw 229) is no aside of one."""


def one_row_a_sentence(
    entries: Sequence[TimelineEntry], texts: Sequence[str]
) -> list[TimelineEntry]:
    """The rows, a sentence whose dates all stand in its asides shown once, under its first
    date in its words, and a contrast of two subjects' dates under the date of the subject
    the cluster's `texts` name more often (timeline_contrasts)."""
    rows: dict[Sentence, list[TimelineEntry]] = {}
    for entry in entries:
        rows.setdefault(entry.sentence, []).append(entry)
    dropped = set()
    for sentence, own in rows.items():
        if len({e.when for e in own}) < 2:
            continue
        kept = the_story_s_row(sentence, own, texts)
        if kept is None and _all_set_aside(sentence, own):
            kept = min(own, key=lambda e: e.expression.start)
        if kept is not None:
            dropped.update(id(e) for e in own if e is not kept)
    return [e for e in entries if id(e) not in dropped]


def _all_set_aside(sentence: Sentence, entries: Sequence[TimelineEntry]) -> bool:
    """Whether every entry's date stands in one of its sentence's asides, and the sentence
    writes a clause outside them."""
    at = sentence.start
    asides = [(m.start() + at, m.end() + at) for m in _ASIDE.finditer(sentence.text)]
    if not asides or len(_ASIDE.sub(" ", sentence.text).split()) < _WORDS_OUTSIDE:
        return False
    return all(
        any(start <= e.expression.start and e.expression.end <= end for start, end in asides)
        for e in entries
    )
