"""A person's surname read alone and the full name the text writes it in: "Tagliabue" of
"Commissioner Paul Tagliabue", where the budget of names read left the full name."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from chorus.analyze.entity_first_names import surname_forms
from chorus.analyze.entity_forms import is_a_title
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_POSTS = frozenset(
    ("President", "Premier", "Chancellor", "Chairman", "Speaker", "King", "Queen", "Pope")
)
"""Posts written before a surname alone ("President Suharto"): no first name."""
_OPENING = "(“\"‘'"


def surnames_written_whole(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence]
) -> dict[str, str]:
    """A one-word person no read full name ends, mapped to the one "First Surname" the
    text writes it in, where the first word is no title and is never written in lower
    case (no "When Snyder"): "Tagliabue" of "Commissioner Paul Tagliabue", "Snyder" of
    "Gov. Rick Snyder’s", "Edwards" of "Marc Edwards, the Virginia Tech professor" (the
    budget of names read left the full names). Two full names of one surname, none."""
    ended = {last for name in labels if " " in name for last in surname_forms(name)}
    lone = [
        n
        for n, label in labels.items()
        if label == "person" and " " not in n and n.isalpha() and n not in ended
    ]
    if not lone:
        return {}
    text = "\n".join(s.text for s in sentences)
    alternatives = "|".join(map(re.escape, lone))
    written: dict[str, set[str]] = defaultdict(set)
    # after a word and a space: a sentence's first word ("While Rihanna") is no first name
    pattern = rf"(\S+) ([A-Z][a-z]+) ({alternatives})\b(?! [A-Z])"
    for found in re.finditer(pattern, text):
        before, first = found[1], found[2]
        # no longer name's end: "(“Cal Poly Pomona”)"
        if _a_first_name(first, labels, text) and (
            not before.lstrip(_OPENING)[:1].isupper() or is_a_title(before)
        ):
            written[found[3]].add(f"{first} {found[3]}")
    return {surname: whole.pop() for surname, whole in written.items() if len(whole) == 1}


def _a_first_name(word: str, labels: Mapping[str, EntityLabel], text: str) -> bool:
    """Whether `word`, before a surname, may be a first name: capitalised letters, no read
    name, post nor title, and never written in lower case in `text` (no "When Snyder")."""
    return (
        word.isalpha()
        and word[1:].islower()
        and word not in labels
        and word not in _POSTS
        and not is_a_title(word)
        and f"{word.lower()} " not in text
    )
