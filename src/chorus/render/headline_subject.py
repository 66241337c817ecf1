"""Whether a summary sentence names who or what the story is about, for the headline's
choice (`render.headline_choice`): a proper name, or a stem both sides of an agreed fact telling the
story's event write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from chorus.model import Briefing, Document, Span
from chorus.render.name_cuts import writes_name
from chorus.sentences import split


def agreed_stems(briefing: Briefing) -> frozenset[str] | None:
    """The stems both sides of an agreed fact telling the story's event write, its
    statement and a sentence of another outlet that supports it: what the story is about
    ("sales", "brewers"). None without such a fact (or the analysis): nothing then tells a
    subject from any word. The statements' own words held adjectives ("bad")."""
    facts = getattr(briefing.analysis, "agreed", ())
    if not facts:
        return None
    # Imported here: only a briefing with the analysis has agreed facts.
    from chorus.analyze.similarity import stems

    leads = _lead_stems(briefing, stems)
    shared: set[str] | None = None
    for fact in facts:
        supports = [set(stems(sentence.text)) for sentence in fact.support]
        stated = set(stems(fact.statement.text))
        if sum(not lead.isdisjoint(stated.union(*supports)) for lead in leads) >= _EVENT_LEADS:
            shared = (shared or set()).union(*(stated & support for support in supports))
    return None if shared is None else frozenset(shared)


_EVENT_LEADS = 2
"""How many on-story articles' first sentences an agreed fact shares a word with to tell
the story's event, not one detail of it: raw validation 74's one agreed fact, the best
weekly dose of jogging ("hours", "three", "week", "study"), shares a word only with
HealthDay's lead and left "A little jogging is good for your health, researchers say, but
too much might not be." naming nothing; 6's, hunger's "no effect on non-food items"
("hunge", "how", "much"), only the abstract's, and kept New Scientist's "People buy far
more stuff ... when they're hungry ..." from `report_first`."""


def _lead_stems(briefing: Briefing, stems: Callable[[str], list[str]]) -> list[set[str]]:
    """The stems of each on-story article's first sentence."""
    off_topic = getattr(briefing.analysis, "off_topic", frozenset())
    firsts = (
        next(iter(split(_opening(document))), None)
        for document in briefing.documents
        if document.article.id not in off_topic and document.kept
    )
    return [set(stems(first.text)) for first in firsts if first is not None]


_OPENING_CHARS = 600
"""How much of an article's first kept span is split for its first sentence: splitting
whole articles doubled `headline`'s time."""


def _opening(document: Document) -> Document:
    """The document cut to the opening of its first kept span."""
    first = document.kept[0]
    end = min(first.end, first.start + _OPENING_CHARS)
    return replace(document, kept=(Span(first.start, end),))


def names_someone(text: str, agreed: frozenset[str] | None) -> bool:
    """Whether a sentence names who or what it is about: a proper name, or what the
    outlets agree on. "All things considered, the quarter wasn't bad on the face of it."
    names neither company nor subject (raw validation cluster 61)."""
    if agreed is None or writes_name(text):
        return True
    # Imported here: `agreed` comes only from a briefing with the analysis.
    from chorus.analyze.similarity import stems

    return not agreed.isdisjoint(stems(text))
