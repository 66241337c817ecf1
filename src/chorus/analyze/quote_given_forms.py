"""A speaker quoted under a short form of the given name the cluster also writes in full,
named in full: one outlet's "Sandy Levin" is another's "Rep. Sander Levin", one's "Bill
Taylor" another's "William W. Taylor III" (raw 116, Lerner's lawyer). Two people share a
surname too often in one story (a father and son, a couple) for a likeness of first names
alone: the two forms are joined only where the cluster names no one else of that surname,
among its speakers and the people it read, and only a short form with its plain given name
(two short forms of one name, "Bob" and "Bobby" Goodlatte of raw 208, are father and son)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.model import EntityLabel
from chorus.language.given_name_forms import SHORT_FORMS

_FULL = re.compile(
    r"(?P<first>[A-Z][a-z]+)(?: [A-Z]\.)*(?: [A-Z][a-z]+)?? (?P<surname>[A-Z][a-z’'-]+)"
    r"(?: (?:Jr\.|Sr\.|II|III|IV))?"
)
"""A person's full name: a given name, maybe initials or one middle name, a surname, maybe
a generation ("William W. Taylor III")."""


def given_names_joined(given: Sequence[str], known: Mapping[str, EntityLabel]) -> list[str]:
    """Each speaker named "<short form> <surname>" as the one speaker whose given name it
    stands for with that surname, where no other person of the surname is named."""
    # a set test first: most clusters quote no one under a short given name
    short = {name for name in given if name.partition(" ")[0] in SHORT_FORMS}
    if not short:
        return list(given)
    people = {*given, *(name for name, label in known.items() if label == "person")}
    firsts: dict[str, set[str]] = {}  # each surname's given names
    names: dict[str, set[str]] = {}  # each surname's full names
    for name in people:
        if (full := _FULL.fullmatch(name)) is not None:
            firsts.setdefault(full["surname"], set()).add(full["first"])
            names.setdefault(full["surname"], set()).add(name)
    joined = {}
    for name in short:
        first, _, surname = name.partition(" ")
        others = firsts.get(surname, set()) - {first}
        if len(others) != 1 or not others <= set(SHORT_FORMS[first]):
            continue
        (plain,) = others
        written = [n for n in names[surname] if n.startswith(f"{plain} ") and n in given]
        if len(written) == 1:
            joined[name] = written[0]
    return [joined.get(name, name) for name in given]
