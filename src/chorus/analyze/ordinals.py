"""One place in a text numbered two ways: "the third line of the anthem will change" against
"changing the second line of the anthem" (raw validation 49: both quote "in all thy sons
command", the one line the bill changes).

A place is an ordinal before a part of a text ("line", "verse", "stanza", "paragraph",
"chapter", "page", "clause", "sentence") and "of" the thing it is part of, its first word
after a determiner ("of the anthem"). Two sentences of different articles at least
`conflicts.NUMBER_SIMILARITY` alike (they tell one event), each numbering a part of one
thing, number one place two ways when their ordinals differ, and neither article itself
names the other's ordinal of that part (an article telling "the first chapter of the book"
and "the second chapter of the book" tells two chapters). Over the 250 raw validation
clusters, the 30 DUC ones and Multi-News+ train 0-4999, the pattern reads five places:
49's two, and three alone in their clusters (raw 34's "first paragraph of the suit",
train 814's "first page of the book", train 2182's "first sentence of death"). Floors are
floors.py's; other ordinals ("second reading", "third quarter", "first time") tell moments
or ranks, not places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from chorus.analyze.floors import ORDINALS
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems

PARTS = ("line", "verse", "stanza", "paragraph", "chapter", "page", "clause", "sentence")
PART_STEMS = frozenset(stems(" ".join(PARTS)))
ORDINAL_STEMS = frozenset(stems(" ".join(ORDINALS)))
"""The stems (similarity.py) a sentence holds when it may number a part of a text, looked
up as measures.py looks up its units: a part's stem alone let "sentenced" and every "line"
through to the place pattern, which cost about 60 µs a sentence."""
_SUFFIXES = ("st", "nd", "rd", "th")
_PLACE = re.compile(
    rf"\b(?P<ordinal>{'|'.join(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))[- ]"
    rf"(?P<part>{'|'.join(PARTS)}) of (?:the |its |his |her |their |this |that )?"
    r"(?P<thing>[^\W\d_]+)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Place:
    """A numbered part of a thing: ("line", "anthem") with "third"."""

    part: str
    thing: str
    ordinal: str
    written: str


def places(text: str) -> list[Place]:
    """The numbered parts of things a text names."""
    return [
        Place(m["part"].lower(), m["thing"].lower(), m["ordinal"].lower(), m.group())
        for m in _PLACE.finditer(text)
    ]


def _holds_ordinal(held: Sequence[str]) -> bool:
    """Whether a sentence's stems hold an ordinal ("third", "21st")."""
    return not ORDINAL_STEMS.isdisjoint(held) or any(
        stem[0].isdigit() and stem.endswith(_SUFFIXES) for stem in held
    )


def _ordinals_of(text: str, part: str, thing: str) -> set[str]:
    """Every ordinal a text gives `part` of `thing`."""
    return {p.ordinal for p in places(text) if (p.part, p.thing) == (part, thing)}


def place_reason(
    ours: Sequence[Place], theirs: Sequence[Place], texts: tuple[str, str]
) -> str | None:
    """One part of one thing two sentences number two ways, neither article (`texts`)
    giving the other's ordinal of it."""
    for a in ours:
        for b in theirs:
            if (a.part, a.thing) != (b.part, b.thing) or a.ordinal == b.ordinal:
                continue
            if b.ordinal in _ordinals_of(texts[0], a.part, a.thing):
                continue
            if a.ordinal in _ordinals_of(texts[1], a.part, a.thing):
                continue
            return f"Two ordinals for one {a.part}: the {a.written} vs the {b.written}"
    return None


def place_conflicts(
    similarity: Similarity, close: Sequence[tuple[int, int, float]], paired: Set[int]
) -> list[Conflict]:
    """Parts of one thing numbered two ways in close pairs of sentences (`close`: of
    different articles; `paired`: the rows in them); only rows holding one of
    `PART_STEMS` are read."""
    sentences, held = similarity.sentences, similarity.stems
    named = {
        row: found
        for row in paired
        # the part's look-up first: it rules out all but a few sentences
        if not PART_STEMS.isdisjoint(held[row])
        and _holds_ordinal(held[row])
        and (found := places(sentences[row].text))
    }
    if len(named) < 2:  # most clusters: the close pairs, hundreds, go unread
        return []
    conflicts = []
    for i, j, _ in close:
        if i not in named or j not in named:
            continue
        pair = (sentences[i].article.text, sentences[j].article.text)
        if reason := place_reason(named[i], named[j], pair):
            conflicts.append(Conflict("number", (sentences[i],), (sentences[j],), reason))
    return conflicts
