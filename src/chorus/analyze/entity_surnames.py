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
    """A one-word person no read full name ends, mapped to the one "First Surname" (or
    "First M. Surname": "Robert S. Mueller III") the text writes it in, where the first
    word is no title and is never written in lower case (no "When Snyder"): "Tagliabue"
    of "Commissioner Paul Tagliabue", "Snyder" of "Gov. Rick Snyder’s", "Edwards" of "Marc
    Edwards, the Virginia Tech professor" (the budget of names read left the full names).
    Two full names of one surname, none."""
    people = [name for name, label in labels.items() if label == "person"]
    ended = {last for name in people if " " in name for last in surname_forms(name)}
    lone = [name for name in people if " " not in name and name.isalpha() and name not in ended]
    if not lone:
        return {}
    text = "\n".join(s.text for s in sentences)
    written: dict[str, set[str]] = defaultdict(set)
    # each surname found by `str.find`: a regex over the text cost ~90 µs a cluster
    for surname in lone:
        at = text.find(f" {surname}")
        while at > 0:
            if (first := _first_name_before(text, at, surname, labels)) is not None:
                written[surname].add(first)
            at = text.find(f" {surname}", at + 1)
    # each first word looked for in lower case once: a search of the whole text
    lowered = {first for firsts in written.values() for first in firsts}
    lowered = {first for first in lowered if f"{first.partition(' ')[0].lower()} " in text}
    return {
        surname: f"{(firsts - lowered).pop()} {surname}"
        for surname, firsts in written.items()
        if len(firsts - lowered) == 1
    }


def _first_name_before(
    text: str, at: int, surname: str, labels: Mapping[str, EntityLabel]
) -> str | None:
    """The first name before the space at `at` that opens `surname` in `text`, if one is:
    the surname a whole word running on into no capital, the word before it a first name
    (`_a_first_name`) after a word and a space, not a sentence's first word ("While
    Rihanna"), and that word no capitalised one but a title (no longer name's end: "(“Cal
    Poly Pomona”)")."""
    if not _WHOLE_WORD.match(text, at + 1 + len(surname)):
        return None
    opens = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    first = text[opens:at]
    if _INITIAL.fullmatch(first) and text[opens - 1 : opens] == " ":
        # a middle initial: the first name is the word before it ("Robert S. Mueller III")
        opens = max(text.rfind(" ", 0, opens - 1), text.rfind("\n", 0, opens - 1)) + 1
        first = text[opens:at]
    if text[opens - 1 : opens] != " " or not _a_first_name(first.partition(" ")[0], labels):
        return None
    before = text[
        max(text.rfind(" ", 0, opens - 1), text.rfind("\n", 0, opens - 1)) + 1 : opens - 1
    ]
    return first if not before.lstrip(_OPENING)[:1].isupper() or is_a_title(before) else None


_WHOLE_WORD = re.compile(r"(?!\w)(?! [A-Z])|(?= (?:Jr\.|Sr\.|II|III|IV)(?!\w))")
"""A surname's end: no capital after it but a generation's ("Mueller III", listed without)."""
_INITIAL = re.compile(r"[A-Z]\.")


def _a_first_name(word: str, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether `word`, before a surname, may be a first name: capitalised letters, no read
    name, post nor title (`surnames_written_whole` asks that it is never written in lower
    case: no "When Snyder")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and word[1:].islower()
        and word not in labels
        and word not in _POSTS
        and not is_a_title(word)
    )
