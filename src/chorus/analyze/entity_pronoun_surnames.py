"""A surname read as an organisation that a pronoun then calls "he" or "she": raw 117's
"Lamar's “Humble” won video of the year ... He also gave an explosive performance", read
as a body in another name's window while the text names "Kendrick Lamar" once, a full name
the budget of windows left unread. Made a person here, the surname joins its one full name
(`entity_surnames.surnames_written_whole`). A full name of a common given name read as an
organisation whose surname alone a pronoun of that name's sex then stands for is a person
too (`full_names_a_pronoun_follows`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from chorus.analyze.entity_surnames import first_names_written
from chorus.analyze.model import EntityLabel
from chorus.language.first_name_genders import first_name_gender
from chorus.model import Sentence

_PRONOUNS = ("He ", "She ")
_POSSESSIVES = ("'s", "’s")


def surnames_a_pronoun_follows(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence], text: str
) -> list[str]:
    """One-word organisations (letters only) that open a sentence, bare or with "'s", whose
    article's next sentence opens on "He" or "She", and that `text` (the sentences joined)
    writes after one first name only (`first_names_written`): a person's surname. A body
    opening a sentence is seldom followed by one a pronoun for a person opens; the full name
    asks that a person of that surname is written too."""
    bodies = {
        name
        for name, label in labels.items()
        if label == "organisation" and name.isalpha() and not name.isupper()
    }
    if not bodies:
        return []
    followed = set()
    for sentence, after in pairwise(sentences):
        if not after.text.startswith(_PRONOUNS) or after.article is not sentence.article:
            continue
        first = sentence.text.partition(" ")[0]
        if first.endswith(_POSSESSIVES):
            first = first[:-2]
        if first in bodies:
            followed.add(first)
    if not followed:
        return []
    written = first_names_written(sorted(followed), labels, text)
    return [surname for surname, firsts in written.items() if len(firsts) == 1]


_PRONOUN = re.compile(r"\b(?:(he|his|him)|(she|her|hers)|(it|its))\b")
"""The first pronoun after a surname, a man's, a woman's or a thing's (groups 1 to 3)."""
_GROUPS = {"he": 1, "she": 2}


def full_names_a_pronoun_follows(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence]
) -> list[str]:
    """Two-word organisations opening on a given name of one sex (`first_name_gender`: "he"
    for "Michael", "she" for "Stephanie") whose surname alone, in a sentence or more, is
    followed by a pronoun of that sex before any other, and never by "it" or "its" first: a
    person, a book's author, that the recognizer read as a body in the one window it had
    (raw 247's "adapted from Stephanie Meyer’s popular books", then "Meyer has insisted
    that she sees Bella as a feminist"). A brand named for its founder is an "it" ("Kors,
    which has lost 65 percent of its market value", raw 15). The surname alone is a word
    after no capitalised word and before none: not a piece of another name ("Ferris State
    University ... his", of raw 50's Wayne State)."""
    found = []
    for name, label in labels.items():
        if (
            label != "organisation"
            or name.count(" ") != 1
            or (sex := first_name_gender(name)) is None
            or not (surname := name.partition(" ")[2]).isalpha()
        ):
            continue
        alone = re.compile(rf"\b{surname}\b")
        firsts = [
            pronoun.lastindex
            for sentence in sentences
            for at in alone.finditer(sentence.text)
            if _written_alone(sentence.text, at.start(), at.end())
            and (pronoun := _PRONOUN.search(sentence.text, at.end()))
        ]
        if _GROUPS[sex] in firsts and 3 not in firsts:
            found.append(name)
    return found


def _written_alone(text: str, start: int, end: int) -> bool:
    """Whether the word from `start` to `end` of `text` runs on into no capitalised word
    and follows none (a word closing on punctuation, "Twilight,”", ends the run)."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return False
    before = text[max(start - 30, 0) : start]
    if not before.endswith(" "):
        return True
    word = before[:-1].rpartition(" ")[2]
    return not (word[:1].isupper() and word[-1:].isalpha())
