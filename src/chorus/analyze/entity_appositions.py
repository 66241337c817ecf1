"""A read name the recognizer gave no label in its window, labelled by an apposition after
it that names a body's kind: "But LKAB, the state-owned company responsible for the mine"
(raw 158; the window, "But LKAB, the state-owned", was read as no name), or by that kind
right before it ("wedding website The Knot", raw 18)."""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator
from functools import partial

from chorus.analyze.entity_cues import ORGANISATION_BEFORE

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


def bodies_after_their_kind(unread: Collection[str], text: str, read: Container[str]) -> list[str]:
    """Of `unread` (as `bodies_by_apposition` takes them), names `text` writes right after
    a body's kind and running on into no capitalised word: "a survey of 15,800 brides by
    wedding website The Knot." (raw 18; its windows, "since The Knot began tracking" too,
    gave it no label). Not a run closing on a sentence's full stop ("The Knot.", "Peace
    Winds Japan."), nor one opening on "The" before a read name ("The Onion" beside raw
    71's "Onion"): the name without them is the body's, read or left to this rule. `read`
    holds the names a window labelled."""
    return [
        name
        for name in unread
        if not name.endswith(".")
        and name.removeprefix("The ") not in read
        and any(map(partial(_after_a_kind, text, name), _found(text, f" {name}")))
    ]


def _found(text: str, run: str) -> Iterator[int]:
    """Where `run` starts in `text`, each time: a `find` of each of the few names unread
    cost ~0.05 ms a cluster, a search of the text for every kind's word 0.23."""
    at = text.find(run)
    while at >= 0:
        yield at
        at = text.find(run, at + 1)


def _after_a_kind(text: str, name: str, space: int) -> bool:
    """Whether the name written after the space at `space` follows a body's kind and runs
    on into no capitalised word."""
    word = text[text.rfind(" ", 0, space) + 1 : space]
    return word in ORGANISATION_BEFORE and not _RUNS_ON.match(text, space + 1 + len(name))
