"""A read name the recognizer gave no label in its window, labelled by an apposition after
it that names a body's kind: "But LKAB, the state-owned company responsible for the mine"
(raw 158; the window, "But LKAB, the state-owned", was read as no name)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from chorus.analyze.entity_cues import ORGANISATION_BEFORE
from chorus.model import Sentence

_KINDS = "|".join(sorted(ORGANISATION_BEFORE))
_APPOSITION = re.compile(
    rf", (?:the (?:[\w’'-]+ ){{1,2}}|an? (?:[\w’'-]+ ){{0,2}})(?:{_KINDS})\b(?![’'])"
)
"""A comma, an article, up to two words and a body's kind ("company", "firm", "brand"):
", the state-owned company", ", a company that made truck rims". After "the" a word comes
between: "from CEO Mark Zuckerberg, the company plans" opens a clause; and a kind's
possessive is another's ("Johanna Sevä, the store's co-owner")."""


def bodies_by_apposition(unread: Collection[str], sentences: Sequence[Sentence]) -> list[str]:
    """Of `unread`, names read in a window that gave them no label, those the text writes
    before a comma and an apposition naming a body's kind: organisations."""
    if not unread:
        return []
    text = "\n".join(s.text for s in sentences)
    found = []
    for name in unread:
        at = text.find(f"{name}, ")
        while at >= 0:
            # a whole word: "LKAB, the" is no part of "XLKAB, the"
            if (not at or not text[at - 1].isalnum()) and _APPOSITION.match(text, at + len(name)):
                found.append(name)
                break
            at = text.find(f"{name}, ", at + 1)
    return found
