"""The Conflicts, Who-said-what lead-ins and timeline rows as they are shown: each sentence
past its wire dateline and a leading dash (`summarize.shown.without_dateline`), as the
summary and the Agreed and Only-in-one rows (agreement_items, unique) show theirs: "OSAN AIR
BASE, South Korea (AFNS) -- South Korea and U.S. military forces participated ..." (raw
validation 104's timeline) reads "South Korea and U.S. military forces participated ...".

The sections are made first, reading their sentences whole; only the spans shown narrow,
once each sentence (`Shown`), since the renderers tell one sentence by its identity (a
conflict's sides merged, a timeline sentence dated twice shown once).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from chorus.analyze.model import Conflict, Quote, TimelineEntry
from chorus.model import Sentence
from chorus.summarize.shown import without_dateline


@dataclass
class Shown:
    """Each sentence's shown span, made once, so that a sentence two rows cite stays one."""

    spans: dict[int, Sentence] = field(default_factory=dict)

    def of(self, sentence: Sentence) -> Sentence:
        found = self.spans.get(id(sentence))
        if found is None:
            found = self.spans[id(sentence)] = without_dateline(sentence)
        return found

    def all(self, sentences: Iterable[Sentence]) -> tuple[Sentence, ...]:
        return tuple(map(self.of, sentences))


def conflicts_shown(conflicts: Iterable[Conflict], shown: Shown) -> tuple[Conflict, ...]:
    """Each conflict with its sides' sentences as shown."""
    return tuple(
        replace(conflict, side_a=shown.all(conflict.side_a), side_b=shown.all(conflict.side_b))
        for conflict in conflicts
    )


def quotes_shown(quotes: Iterable[Quote], shown: Shown) -> tuple[Quote, ...]:
    """Each quote with the lead-in it is shown after (its `context`) as shown; the quoted
    words are an excerpt of their own, past any dateline."""
    return tuple(
        replace(quote, context=shown.all(quote.context)) if quote.context else quote
        for quote in quotes
    )


def timeline_shown(entries: Iterable[TimelineEntry], shown: Shown) -> tuple[TimelineEntry, ...]:
    """Each entry with its sentence, lead-in and copies as shown. A sentence whose date
    expression lies in its dateline keeps it ("NEW YORK, May 18 (UPI) -- "): the row's note
    reads the words around the expression in the sentence shown."""
    narrowed = []
    for entry in entries:
        sentence = shown.of(entry.sentence)
        if entry.expression.start < sentence.start:
            sentence = entry.sentence
        narrowed.append(
            replace(
                entry,
                sentence=sentence,
                context=shown.all(entry.context),
                copies=shown.all(entry.copies),
            )
        )
    return tuple(narrowed)
