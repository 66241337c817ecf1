"""The order the listing's cap keeps entities in (`ranked`): the most outlets, then mentions;
a known name the recognizer did not read after one it did; a name written on its own before
one written only inside a list of names; then the one its article writes earliest."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from chorus.analyze.model import Entity, Excerpt


def ranked(found: Iterable[Entity], known: Container[str]) -> list[Entity]:
    """`found` in the order the cap keeps them: the most outlets, then mentions; a known name
    the recognizer did not read after one it did, as widely used; then one written on its
    own before one written only inside a list of names, then the one an article writes
    earliest, as a share of its length: a news story puts what matters first. By
    their names' order, raw 176's Qatar (its prime minister calling the Arab League's
    meeting, three quarters into its article) gave way to Istanbul (the evacuation flight
    closing the other), one mention each; the listing's own order stays the names'."""
    return sorted(
        found,
        key=lambda e: (-e.outlets, -len(e.mentions), e.name in known, _in_lists(e), _lead(e)),
    )


def _lead(entity: Entity) -> float:
    """How far into its article an entity is first written, as a share of the article."""
    return min(m.start / len(m.article.text) for m in entity.mentions)


_NEXT_ITEM = re.compile(r"(?:,| and) [A-Z]")


def _in_lists(entity: Entity) -> bool:
    """Whether every mention of an entity is an item inside a list of names, a capitalised
    word and a comma before it and a comma or "and" and another after it ("Tennessee,
    Vermont, Washington and West Virginia", raw 68's twenty-six states, each written once):
    one name among many matters less to the story than one the text writes on its own ("In
    Britain, meanwhile, draft guidelines ..."). Not a town's state ("Plano, Texas, whose")
    nor a dateline's town ("1994, Vancouver, B.C.")."""
    return all(map(_an_item, entity.mentions))


def _an_item(mention: Excerpt) -> bool:
    """Whether a mention is an item inside a list of names (`_in_lists`)."""
    text, start = mention.article.text, mention.start
    if not text.endswith(", ", 0, start):
        return False
    word = text[text.rfind(" ", 0, start - 2) + 1 : start - 2]
    return word[:1].isupper() and _NEXT_ITEM.match(text, mention.end) is not None
