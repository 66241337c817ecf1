"""A surname read as an organisation that a pronoun then calls "he" or "she": raw 117's
"Lamar's “Humble” won video of the year ... He also gave an explosive performance", read
as a body in another name's window while the text names "Kendrick Lamar" once, a full name
the budget of windows left unread. Made a person here, the surname joins its one full name
(`entity_surnames.surnames_written_whole`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from chorus.analyze.entity_surnames import first_names_written
from chorus.analyze.model import EntityLabel
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
