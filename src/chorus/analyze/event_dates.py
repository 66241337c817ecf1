"""Dates of one event that differ: sentences alike that name the same event next to dates
on different days (a citation's date, "(Labor union official 302, February 3, 2009 p.
3)", dates the source, no event)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from chorus.analyze.model import Conflict, TimelineEntry
from chorus.analyze.similarity import Similarity, stems

DATE_SIMILARITY = 0.40
"""Dating one event needs closer sentences: two events of a story often differ by a day."""
EVENT_WORDS = 5
"""Words each side of a date expression that name what happened that day."""

DATE_STEMS = frozenset(
    stems("on in of january february march april may june july august september october")
    + stems("november december monday tuesday wednesday thursday friday saturday sunday")
)
"""Words of dates themselves: two dates share them whatever they date."""
_CITATION = re.compile(r"\([^()]*\bpp?\.\s*\d[^()]*\)")
"""A parenthesised reference with a page ("(... 302, February 2, 2009, p. 7)")."""


def _event_words(entry: TimelineEntry) -> set[str]:
    """The stems of the words next to a date expression, in its sentence: what happened
    that day ("sank on October 24", "spoke to ... on November 12")."""
    sentence, expression = entry.sentence, entry.expression
    text = sentence.article.text
    before = text[sentence.start : expression.start].split()[-EVENT_WORDS:]
    after = text[expression.end : sentence.end].split()[:EVENT_WORDS]
    return set(stems(" ".join((*before, *after)))) - DATE_STEMS


def _cited(entry: TimelineEntry) -> bool:
    """Whether a date stands in a citation of a document rather than dating an event."""
    sentence, expression = entry.sentence, entry.expression
    text = sentence.article.text
    return any(
        m.start() <= expression.start - sentence.start
        and expression.end - sentence.start <= m.end()
        for m in _CITATION.finditer(text[sentence.start : sentence.end])
    )


def date_conflicts(
    similarity: Similarity, rows: Sequence[int], timeline: Sequence[TimelineEntry]
) -> list[Conflict]:
    """Sentences alike that date one event on different days: both name the event next to
    their dates (sentences this alike often tell of two events of one story, a fleet that
    sailed on the 18th and a ship that sank on the 24th). A weekday whose week was lent
    (`TimelineEntry.week_lent`) is left out: raw 153's "Police confirmed Wednesday the
    identities ..." against "Police didn't identify ... Tuesday" are two days' news."""
    days: dict[tuple[str, int], set[str]] = defaultdict(set)
    events: dict[tuple[str, int], set[str]] = defaultdict(set)
    for entry in timeline:
        if entry.precision == "day" and not entry.week_lent and not _cited(entry):
            days[entry.sentence.key].add(entry.when)
            events[entry.sentence.key] |= _event_words(entry)
    keep = {row for row in rows if similarity.sentences[row].key in days}
    conflicts = []
    for i, j, _ in similarity.pairs(DATE_SIMILARITY):
        if i not in keep or j not in keep:
            continue
        key_i, key_j = similarity.sentences[i].key, similarity.sentences[j].key
        a, b = days[key_i], days[key_j]
        if a.isdisjoint(b) and not events[key_i].isdisjoint(events[key_j]):
            reason = (
                f"Different dates for one event: {', '.join(sorted(a))} vs {', '.join(sorted(b))}"
            )
            sides = (similarity.sentences[i],), (similarity.sentences[j],)
            conflicts.append(Conflict("date", *sides, reason))
    return conflicts
