"""The recognizer's reading of the names' windows counted as votes for each name's label,
and the name after a possessive the recognizer read joined to another ("Douma" of "Ghouta's
Douma"), which `entities.recognize` reads again where it is written alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from chorus.analyze.entity_endings import place_by_state, read_as_a_modifier
from chorus.analyze.entity_kinds import is_one_name, numbered_place
from chorus.analyze.entity_names import span_name, with_centuries
from chorus.analyze.model import EntityLabel

LABELS: dict[str, EntityLabel] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
"""spaCy labels shown, and what they are called in a briefing."""

_PAPERS = ("daily ", "tabloid ", "newspaper ", "weekly ", "magazine ")
"""Words before a paper's name: the recognizer reads "the daily Corriere della Sera" as a
work of art, not listed; a paper is an organisation ("the Turin daily La Stampa")."""

Recognizer = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]


def vote(
    named: list[tuple[str, str]], recognizer: Recognizer, votes: dict[str, Counter[EntityLabel]]
) -> None:
    """The recognizer's labels of the names in each window, read for a name, as votes."""
    texts = [text for _, text in named]
    for (read_for, text), spans in zip(named, recognizer(texts), strict=True):
        for start, end, label in with_centuries(text, spans):
            name = span_name(text, start, end)
            # a year before the span, or a facility: few spans; the test only for them
            if (
                (kind := LABELS.get(label) or numbered_place(name) or _a_paper(text, start, label))
                and is_one_name(name)
                and not (
                    (label == "FAC" or text[start - 5 : start - 1].isdigit())
                    and read_as_a_modifier(text, start, end, label)
                )
            ):
                # 3 for the window read for this name, 2 for others: a tie goes to the
                # name's own window, and more windows still outvote it.
                own = name in read_for or read_for in name
                kind = place_by_state(text, start, end) or _an_armys_owner(text, end, kind)
                votes[name][kind] += 3 if own else 2


_ARMY = re.compile(r"['’]s (?:[a-z][\w-]* )?(?:army|armies|legions)\b")


def _an_armys_owner(text: str, end: int, kind: EntityLabel) -> EntityLabel:
    """Person, for an organisation's span ending at `end` before "'s" and an army's word:
    "hurled at Alexander’s besieging army" (raw 194, read as an organisation). An army is
    a ruler's or a land's (on the 280 raw and DUC clusters, MacBeth's, Assad's, Arafat's and
    Tito's troops or forces, and lands' forces), and a land is read as one; "troops" and
    "forces" are left, as a group's too ("NATO's troops"). `kind` otherwise."""
    if kind != "organisation":
        return kind
    # the span holds the possessive or stops before it: "Alexander’s", "Alexander"
    owner = _ARMY.match(text, end - 2) or _ARMY.match(text, end)
    return "person" if owner else kind


def _a_paper(text: str, start: int, label: str) -> EntityLabel | None:
    """Organisation, for a work of art's span after a word for a paper (_PAPERS)."""
    return "organisation" if label == "WORK_OF_ART" and text.endswith(_PAPERS, 0, start) else None


def majority(votes: Counter[EntityLabel]) -> EntityLabel:
    """The label with the most votes; ties broken by name, so every process agrees."""
    return min(votes, key=lambda label: (-votes[label], label))
