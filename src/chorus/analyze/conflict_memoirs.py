"""Years of one person's memoir that differ: "he wrote in his 2012 memoir" against "In his
2011 autobiography, My Infamous Life, Johnson recalled ..." (raw validation 21: Prodigy's
one book, "Shortly after his release, he published ... 'My Infamous Life'" in the first
article too), "his 2014 autobiography, 'coreyography: a memoir'" against "his 2013 memoir
coreyography" (Multi-News+ train 25634).

A memoir or autobiography named by its owner and its year ("his 2012 memoir") is the book
of a life, which a person writes once; two articles dating it two years disagree, whatever
else their sentences say, so no likeness of the sentences is asked. A pair is shown only
when the owner is written alike ("his" and "his", "feldman's" and "feldman's": a pronoun
and a name may be two people), no article gives that owner's memoir two years (one that
does tells two books), and the story gives it two years, no more."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict, ConflictKind
from chorus.model import Sentence

V = TypeVar("V")
WORDS = ("memoir", "autobiograph")
"""The literals of a memoir's words: only the sentences holding one are scanned."""
_DATED = re.compile(
    r"\b(his|her|their|[a-z][a-z-]+['’]s) (?:[a-z-]+ )?((?:19|20)\d\d) (?:[a-z-]+ )?"
    r"(?:memoirs?|autobiography)\b"
)
"""A memoir dated by its owner and year, in lower-case text: "his 2012 memoir", "her
best-selling 2009 autobiography", "johnson's 2011 memoirs"."""


def memoir_conflicts(
    story: Sequence[Sentence], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each owner whose memoir two articles date two different years
    (`lowered` are the `story` sentences' texts lower-cased, `joined` them joined)."""
    dated: dict[str, dict[int, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    years_of: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row in sorted(joined.holding(WORDS)):
        sentence = story[row]
        for match in _DATED.finditer(lowered[row]):
            owner, year = match.group(1), int(match.group(2))
            years_of[owner, sentence.article.id].add(year)
            dated[owner][year].append(sentence)
    two_books = {owner for (owner, _), years in years_of.items() if len(years) > 1}
    return [
        two_values("date", by_year, "Different years for one memoir")
        for owner, by_year in dated.items()
        if owner not in two_books and len(by_year) == 2
    ]


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
