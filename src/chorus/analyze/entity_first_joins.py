"""The listing's first names joined to the full names they belong to, in the order the
rules of entity_first_names.py must run: a first name read as a group or a place before a
listed person's surname ("Nolan Brandy"), a first name the recognizer cut from a full name
("Sarah" of "Sarah Jessica Parker"), one of a couple ("Phillip and Sandra Dunn"), then one
written alone beside a person's full name ("Chuck" beside "Chuck Schumer"). Split from
entities.py, whose listing these change."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from chorus.analyze.entity_first_names import (
    first_names_apart,
    first_names_cut,
    first_names_of_couples,
    first_names_theirs,
    grown_to,
    joined_mentions,
    joined_to_full_name,
    places_maybe_first_names,
)
from chorus.analyze.entity_kinds import after_an_article
from chorus.analyze.model import EntityLabel, Excerpt


def first_names_joined(
    listed: dict[str, list[Excerpt]],
    label: Callable[[str], EntityLabel],
    cued: Mapping[str, EntityLabel],
    lone_people: set[str],
    full_names: Collection[str],
    running: set[str],
) -> tuple[dict[str, list[Excerpt]], dict[str, EntityLabel]]:
    """`listed` with its first names joined to their full names, and the labels of the
    names this makes (people), for `cued`. `label` reads `cued` as it stands before;
    `running` holds the names a mention of which runs on into a capitalised word before
    any stands alone (`entity_forms.how_it_stands`), as a first name before its surname."""
    listed = dict(listed)
    made: dict[str, EntityLabel] = {}

    def settled(name: str) -> EntityLabel:
        return made.get(name) or label(name)

    for first, (whole, grown) in first_names_read_as_groups(listed, settled, running).items():
        del listed[first]
        listed[whole] = grown
        made[whole] = "person"
    for first, full in first_names_cut(lone_people, listed, settled).items():
        whole = f"{first} {full}"
        listed[whole] = joined_to_full_name(listed.pop(first), listed.pop(full))
        made[whole] = "person"
    maybe_first = lone_people | places_maybe_first_names(listed, settled)
    couples = first_names_of_couples(maybe_first, listed, settled)
    for first, (whole, grown) in couples.items():
        del listed[first]
        listed[whole] = joined_mentions(grown, listed[whole]) if whole in listed else grown
        made[whole] = "person"
    # the recognizer's people and those of a cue: "Brad Fischetti", an organisation it read,
    # is a person by "Musician" (the cues name a few, so the loop over names stays short)
    cued_people = (
        name for name, kind in {**cued, **made}.items() if kind == "person" and " " in name
    )
    people_named = set(full_names).union(cued_people)
    for first, full in first_names_apart(
        people_named, listed, settled, lone_people | _lone_people_now(listed, settled)
    ).items():
        theirs, others = first_names_theirs(listed.pop(first), listed[full], full)
        listed[full] = joined_mentions(theirs, listed[full])
        if others:
            listed[first] = others
    return listed, made


def _lone_people_now(
    listed: Mapping[str, list[Excerpt]], settled: Callable[[str], EntityLabel]
) -> set[str]:
    """One-word people by the labels as they now stand, no listed person's surname: a cue
    makes people of names the recognizer read as groups ("photographer Mason" and "Mason
    Weaver", raw 46, organisations to it), after `lone_people` was drawn."""
    people = [name for name in listed if settled(name) == "person"]
    surnames = {name.rpartition(" ")[2] for name in people if " " in name}
    return {name for name in people if " " not in name and name not in surnames}


_CAPITAL_AFTER = re.compile(r" [A-Z][\w-]*")
"""A capitalised word right after a mention and a space: a surname it may open."""


def first_names_read_as_groups(
    listed: Mapping[str, list[Excerpt]],
    label: Callable[[str], EntityLabel],
    running: set[str],
) -> dict[str, tuple[str, list[Excerpt]]]:
    """One-word organisations and places written once or more before the surname of a
    listed person's full name and otherwise before no capitalised word nor after an
    article, each mapped to their own full name and its mentions: "Nolan Brandy remained
    hospitalized", then "Nolan's parents, Leon and Rachel Brandy" (raw 75, "Nolan" an
    organisation by the recognizer, the boy's full name written once and not read). Only
    `running` names are looked at: a full name is written before its first name alone."""
    candidates = [n for n in running & listed.keys() if " " not in n and n[1:].islower()]
    if not candidates:
        return {}
    surnames = {
        name[name.rfind(" ") + 1 :] for name in listed if " " in name and label(name) == "person"
    }
    found = {}
    for name in candidates:
        mentions = listed[name]
        if label(name) == "person":
            continue
        after = {c[0][1:] for m in mentions if (c := _CAPITAL_AFTER.match(m.article.text, m.end))}
        if (
            len(after) == 1
            and (surname := after.pop()) in surnames
            and f"{name} {surname}" not in listed
            and not any(after_an_article(m.article.text, m.start) for m in mentions)
        ):
            found[name] = (f"{name} {surname}", [grown_to(m, surname) for m in mentions])
    return found
