"""A read name the recognizer gave no label in its window, labelled by an apposition after
it that names a body's kind: "But LKAB, the state-owned company responsible for the mine"
(raw 158; the window, "But LKAB, the state-owned", was read as no name), or by that kind
right before it ("wedding website The Knot", raw 18); a place by a place's word and "of"
before it ("the city of Plantation", raw 60)."""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator

from chorus.analyze.entity_cues import ORGANISATION_BEFORE, PLACE_CUE_ENDS, in_a_place
from chorus.analyze.model import EntityLabel

_KINDS = "|".join(sorted(ORGANISATION_BEFORE))
_APPOSITION = re.compile(
    rf", (?:the (?:[\w’'-]+ ){{1,2}}|an? (?:[\w’'-]+ ){{0,2}})(?:{_KINDS})\b(?![’'])"
)
"""A comma, an article, up to two words and a body's kind ("company", "firm", "brand"):
", the state-owned company", ", a company that made truck rims". After "the" a word comes
between: "from CEO Mark Zuckerberg, the company plans" opens a clause; and a kind's
possessive is another's ("Johanna Sevä, the store's co-owner")."""


def bodies_by_apposition(unread: Collection[str], text: str) -> list[str]:
    """Of `unread`, names read in a window that gave them no label, those `text` (the
    sentences joined by newlines) writes before a comma and an apposition naming a body's
    kind: organisations."""
    if not unread:
        return []
    # The appositions found once, each name then looked for before their commas: a `find`
    # of each of ~8 names read the whole text (0.062 → 0.013 ms a cluster). No apposition
    # holds a comma past its first, so `finditer` skips none that `match` would find.
    commas = [m.start() for m in _APPOSITION.finditer(text)]
    found = []
    for name in unread:
        for comma in commas:
            at = comma - len(name)
            # a whole word: "LKAB, the" is no part of "XLKAB, the"
            if at >= 0 and text.startswith(name, at) and (not at or not text[at - 1].isalnum()):
                found.append(name)
                break
    return found


_RUNS_ON = re.compile(r"\w| [A-Z]")


def labelled_by_the_word_before(
    unread: Collection[str], text: str, read: Container[str]
) -> dict[str, EntityLabel]:
    """Of `unread` (as `bodies_by_apposition` takes them), names `text` writes right after
    a body's kind or a place's cue and running on into no capitalised word, each with the
    label its first such mention gives (the text's writings of each name found once for
    both: a `find` of each of the few names unread cost ~0.05 ms a cluster).

    A body's kind makes an organisation: "a survey of 15,800 brides by wedding website The
    Knot." (raw 18; its windows, "since The Knot began tracking" too, gave it no label).
    Not a run opening on "The" before a read name ("The Onion" beside raw 71's "Onion"):
    the name without it is the body's, read or left to this rule. `read` holds the names a
    window labelled.

    A place's cue (entity_cues.in_a_place: "the city of", "the village of", a street's
    "Blvd. in") makes a place: raw 60's "a Walgreens in the city of Plantation on June
    11th" (its window gave spaCy no span: the town's name is a common noun), the first
    store robbed, which both outlets name. Not two names a possessive joins ("the Yagi
    district of Hiroshima's Asa-Minami Ward", raw 245): entity_votes reads them apart.

    Neither for a run closing on a sentence's full stop ("The Knot.", "Peace Winds
    Japan.")."""
    found: dict[str, EntityLabel] = {}
    for name in unread:
        if name.endswith("."):
            continue
        body = name.removeprefix("The ") not in read
        place = not any(map(name.__contains__, _OWNING))
        for space in _found(text, f" {name}"):
            if _RUNS_ON.match(text, space + 1 + len(name)):
                continue
            if body and _after_a_kind(text, space):
                found[name] = "organisation"
                break
            if place and _after_a_place(text, space):
                found[name] = "place"
                break
    return found


def _found(text: str, run: str) -> Iterator[int]:
    """Where `run` starts in `text`, each time: a `find` of each of the few names unread
    cost ~0.05 ms a cluster, a search of the text for every kind's word 0.23."""
    at = text.find(run)
    while at >= 0:
        yield at
        at = text.find(run, at + 1)


def _after_a_kind(text: str, space: int) -> bool:
    """Whether the name written after the space at `space` follows a body's kind."""
    return text[text.rfind(" ", 0, space) + 1 : space] in ORGANISATION_BEFORE


_OWNING = ("'s ", "’s ")
_HEAD = 40
"""Characters before a mention `in_a_place` reads: its cue and the word before it."""


def _after_a_place(text: str, space: int) -> bool:
    """Whether the name written after the space at `space` follows a place's cue."""
    head = text[max(0, space - _HEAD) : space + 1]
    return head.endswith(PLACE_CUE_ENDS) and in_a_place(head)
