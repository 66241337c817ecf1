"""A university's campus written after a comma ("University of California, Los Angeles"): the
recognizer cuts the name at the comma, listing the university for every campus."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from chorus.analyze.entity_lists import KNOWN, LANDS_SPELLED
from chorus.analyze.model import EntityLabel

_CAMPUS = re.compile(r", ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?![\w'’-]| [A-Z])")
"""A comma and a town's name of one to three words, no other capitalised word after it:
", Los Angeles, who calls", ", Irvine."."""


def campuses_after_a_comma(labels: Mapping[str, EntityLabel], text: str) -> set[str]:
    """Names of a read university ("University of ...", "... University") and a town after
    a comma, where the text so writes them and the town is a read or known place: the
    campus, one body ("University of California, Irvine", raw 93; "California State
    Polytechnic University, Pomona", raw 142). A country or a state after the comma only
    says where the university is ("University of Oxford, England")."""
    universities = [
        name
        for name, label in labels.items()
        if label == "organisation"
        and (name.startswith("University of ") or name.endswith(" University"))
    ]
    if not universities:
        return set()  # most clusters: no university
    found = set()
    for name in universities:
        at = text.find(f"{name}, ")
        while at != -1:
            if (town := campus(text, at + len(name))) and (
                a_place(town[1], labels) or _named_only_inside(town[1], labels, text)
            ):
                found.add(text[at : town.end()])
            at = text.find(f"{name}, ", at + 1)
    return found


def _named_only_inside(name: str, labels: Mapping[str, EntityLabel], text: str) -> bool:
    """Whether `name` is one word read as a person that `text` writes only after a
    capitalised word or a comma: a campus's town inside its institutions' names ("Pomona" of
    "California State Polytechnic University, Pomona" and "Cal Poly Pomona", raw 142), no
    one's name, as a person's surname is written alone ("Pomona said") somewhere."""
    if labels.get(name) != "person" or " " in name:
        return False
    at = text.find(name)
    while at != -1:
        before = text[max(at - 2, 0) : at]
        word = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
        if before != ", " and not (before[-1:] == " " and word[:1].isupper()):
            return False
        at = text.find(name, at + 1)
    return True


def campus_towns(campuses: Iterable[str], labels: Mapping[str, EntityLabel]) -> set[str]:
    """The towns closing `campuses` that were read as people (`_named_only_inside`): their
    mentions are the campus's, and no one's."""
    towns = {name.rpartition(", ")[2] for name in campuses}
    return {town for town in towns if labels.get(town) == "person"}


def campus(text: str, end: int) -> re.Match[str] | None:
    """A town's name written after the comma at `end` (a university's name's end), its
    group 1, no country nor state."""
    town = _CAMPUS.match(text, end)
    return town if town is not None and town[1] not in LANDS_SPELLED else None


def a_place(name: str, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether `name` is a read (`labels`) or a known place."""
    return (labels.get(name) or KNOWN.get(name)) == "place"


_AFTER_A_ROLE = re.compile(r"[a-z]+ at $")
"""What comes before a university written short after someone's role: "a disease ecologist
at " (raw 131's "at Michigan")."""


def universities_after_a_role(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A read place "X" beside a read "University of X", mapped to the university where
    `text` writes the place only after a lower-case word and "at" (a role's "a disease
    ecologist at Michigan", raw 131): the university, written short, not the state. A place
    also written otherwise ("in Houston", "Madison, Wisconsin") stays one."""
    found = {}
    for name, label in labels.items():
        place = name.removeprefix("University of ")
        if place == name or label != "organisation" or labels.get(place) != "place":
            continue
        at, alone = text.find(place), []
        while at != -1:
            if not text.endswith("University of ", 0, at):
                alone.append(_AFTER_A_ROLE.search(text, max(at - 30, 0), at) is not None)
            at = text.find(place, at + 1)
        if alone and all(alone):
            found[place] = name
    return found
