"""A film's cast in a review: an actor named in brackets after the part they play
("a magazine photographer (Brie Larson)") says the character's lines, which the review
quotes as dialogue ("“How did British special forces get dragged into this?” Larson asks
him": multi_news-val-2642). Such a quote is the film's, not a statement of the actor's, and
is given to no one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.model import Sentence

_CAST = re.compile(
    r"(?<![\w’'.-])[a-z][a-z-]*\s+\((?:[A-Z][\w.’'-]*\s+){1,3}(?P<surname>[A-Z][\w’'-]+)\)"
)
"""A full name alone in brackets right after a lower-case word (the part played); one
word ("(R-Texas)") or a name after a capitalised word ("Havoc (Kejuan Muchita)", "Meryl
Streep (Florence Foster Jenkins)", multi_news-val-410, 4411) is no part."""
_BRACKETED_NAME = re.compile(r"\((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+\)")


def cast_of(article: str) -> frozenset[str]:
    """The surnames of the actors an article names after their parts."""
    # _CAST tries every lower-case word; its bracketed name, searched from "(" alone, is
    # missing from most articles and a quarter of the cost.
    if " (" not in article or not _BRACKETED_NAME.search(article):
        return frozenset()
    return frozenset(found["surname"] for found in _CAST.finditer(article))


def unplayed(
    found: Sequence[tuple[Attribution, Sentence]], article: str
) -> list[tuple[Attribution, Sentence]]:
    """The attributions whose speaker plays no part in the film the article reviews."""
    cast = cast_of(article) if found else frozenset()
    return [pair for pair in found if pair[0].speaker.rsplit(None, 1)[-1] not in cast]
