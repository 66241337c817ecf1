"""One thing the story gives two values, as a conflict: the memoir's year, the street's
block, the day of one person's act (conflict_memoirs, conflict_blocks, conflict_days) are
each read per sentence, then sided here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from chorus.analyze.model import Conflict, ConflictKind
from chorus.model import Sentence

K = TypeVar("K", bound=Hashable)
V = TypeVar("V", bound=Hashable)


def told_two_ways(found: Iterable[tuple[K, V, Sentence]]) -> dict[K, dict[V, list[Sentence]]]:
    """Of the things found (a thing, the value a sentence gives it, that sentence), those
    the story gives two values, no more, and no article two (an article giving two tells
    two things: two books, two places on one street), each with the sentences by value."""
    by_thing: dict[K, dict[V, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    in_article: dict[tuple[K, str], set[V]] = defaultdict(set)
    for thing, value, sentence in found:
        by_thing[thing][value].append(sentence)
        in_article[thing, sentence.article.id].add(value)
    twice = {thing for (thing, _), values in in_article.items() if len(values) > 1}
    return {
        thing: by_value
        for thing, by_value in by_thing.items()
        if thing not in twice and len(by_value) == 2
    }


def two_values(
    kind: ConflictKind,
    by_value: Mapping[V, Sequence[Sentence]],
    what: str,
    shown: Callable[[V], str] = str,
) -> Conflict:
    """The conflict of one thing given two values (`by_value`'s two keys, each with the
    sentences giving it): each side the first sentence of each article giving its value,
    the reason "`what`: first vs second"."""
    (first, ours), (second, theirs) = by_value.items()
    reason = f"{what}: {shown(first)} vs {shown(second)}"
    return Conflict(kind, first_of_each(ours), first_of_each(theirs), reason)


def first_of_each(sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """The first sentence of each article, in the order found."""
    first: dict[str, Sentence] = {}
    for sentence in sentences:
        first.setdefault(sentence.article.id, sentence)
    return tuple(first.values())
