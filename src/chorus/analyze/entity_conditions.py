"""Names of diseases and of the living things that cause or carry them, which the recognizer
labels organisations or places and which are neither: a name closing on a disease's word
("Rocky Mountain Spotted Fever", raw 159, an organisation in 27 mentions) and a genus written
right after its kind's word, before its species ("the bacteria Rickettsia rickettsii", "the
cayenne tick (Amblyomma cajennense)", raw 159, a place and an organisation). The house has no
kind for them, so they are not listed (a thing left out beats a wrong kind)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.model import Excerpt

_DISEASE_WORDS = frozenset(
    ("Fever", "Syndrome", "Disease", "Virus", "Flu", "Cancer", "Disorder", "Infection")
)
"""The last word of a disease's name. On the 280 raw and DUC listings three names close on
one: raw 159's two fevers and "International Agency for Research on Cancer" (raw 154), a
body's name, whose lower-case "for" and "on" `_a_disease` reads apart; bodies write the
word inside their names ("Centers for Disease Control", "American Cancer Society")."""
_KIND_BEFORE = re.compile(r"\b(?:bacteria|bacterium|genus|species|tick|virus) \(?$")
"""A living thing's kind written right before its genus, the genus bracketed or not."""
_SPECIES_AFTER = re.compile(r" [a-z]")
_KIND_SPAN = 12
"""Characters before a mention that hold its kind's word and a bracket ("bacterium (")."""


def diseases_and_taxa(mentions: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Names closing on a disease's word, and one-word names a mention of which is a genus
    written between its kind's word and its species: not listed."""
    return {
        name
        for name, found in mentions.items()
        if _a_disease(name) or (" " not in name and any(_a_genus(mention) for mention in found))
    }


def _a_disease(name: str) -> bool:
    """Whether `name` is two words or more, each capitalised, the last a disease's word."""
    words = name.split(" ")
    return len(words) > 1 and words[-1] in _DISEASE_WORDS and all(w[:1].isupper() for w in words)


def _a_genus(mention: Excerpt) -> bool:
    """Whether the text writes a living thing's kind right before `mention` and a lower-case
    word, its species, right after: "bacteria Rickettsia rickettsii"."""
    text = mention.article.text
    # the space or bracket before the mention rules out most before the pattern is tried
    return (
        text[mention.start - 1 : mention.start] in (" ", "(")
        and _SPECIES_AFTER.match(text, mention.end) is not None
        and _KIND_BEFORE.search(text, max(0, mention.start - _KIND_SPAN), mention.start) is not None
    )
