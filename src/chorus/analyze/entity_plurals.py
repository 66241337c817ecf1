"""Names a text lists before their kind's word in the plural: "where Crane and Steep Hill
beaches meet" names Crane Beach and Steep Hill Beach, which the recognizer read as an
organisation ("Crane") and a person ("Steep Hill") beside the beaches it read whole."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_LIST_BEFORE = re.compile(rf"(?:{_NAME}(?:, and |, | and ))+{_NAME}$")
"""Names joined by commas and "and" closing the text before a plural: "Crane and Steep
Hill" of "Crane and Steep Hill beaches"."""
_JOINS = re.compile(r", and |, | and ")
_LOOK_BACK = 80
"""How far before a plural its list is looked for: three or four names."""


def _plural(word: str) -> str:
    """A kind's word in the plural as a text writes it after a list: "beaches", "rivers",
    "counties"."""
    word = word.lower()
    if word.endswith(("ch", "sh", "s", "x", "z")):
        return f"{word}es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{word[:-1]}ies"
    return f"{word}s"


def listed_before_their_kind(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence]
) -> dict[str, str]:
    """Read names also read with a last word after them ("Steep Hill", "Steep Hill Beach"),
    mapped to that longer name where the text lists them before that word in the plural
    ("Crane and Steep Hill beaches", raw 164: "Crane" an organisation, "Steep Hill" a
    person by the recognizer): the short name is the longer one's, as are the others of the
    list so read ("Crane" of "Crane Beach"). Only a list: "the Ford plants" names Ford's."""
    wholes: dict[str, dict[str, str]] = {}  # plural -> the short names' longer ones
    for name in labels:
        head, space, last = name.rpartition(" ")
        if space and head in labels and last[:1].isupper():
            wholes.setdefault(_plural(last), {})[head] = name
    if not wholes:
        return {}  # nearly every cluster: the text is joined only for such a pair
    text = "\n".join(s.text for s in sentences)
    found = {}
    for plural, longer in wholes.items():
        at = text.find(f" {plural}")
        while at >= 0:
            if listed := _LIST_BEFORE.search(text, max(0, at - _LOOK_BACK), at):
                found |= {n: longer[n] for n in _JOINS.split(listed[0]) if n in longer}
            at = text.find(f" {plural}", at + 1)
    return found
