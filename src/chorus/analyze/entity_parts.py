"""A listed place or body that is a part of another listed one, by its name's shape, listed
once under the other's name with both names' mentions counted: a region a compass
adjective names before a known land ("Western North Carolina" beside "North Carolina", raw
190, one article writing each; "Northern California" beside "California", raw 105) and a
university's school or medical centre written after its name ("Duke University Medical
Center" beside "Duke University", raw 190; "UC Berkeley Haas School of Business" beside "UC
Berkeley", raw 189); a campus written as its university's initials and its town ("UNC
Chapel Hill" beside the "University of North Carolina", raw 22), listed under the
university's name with its own mentions whole. A region that is a land of its own is known
as one ("Northern Ireland", "Western Australia") and stays apart, as do "South Africa" and
"East Germany": a bare compass point names whole lands as often as parts, so only its
adjective is read. A body after another's name is kept apart otherwise ("House Oversight
Committee", "UN Security Council", "Verizon Wireless"): a chamber's committee, a council or
a subsidiary is a body of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.entity_first_names import joined_mentions
from chorus.analyze.entity_initials import initials_of
from chorus.analyze.entity_lists import KNOWN, LANDS_SPELLED
from chorus.analyze.entity_mentions import outlets
from chorus.analyze.model import Entity, Excerpt

_REGION_WORDS = (
    *("Northern ", "Southern ", "Eastern ", "Western "),
    *("Northeastern ", "Northwestern ", "Southeastern ", "Southwestern "),
)
_UNIT = re.compile(
    r" (?:[A-Z][\w'’-]* )*?(?:Medical Cent(?:er|re)|Medical School|Law School|Business School"
    r"|(?:School|College) of(?: and| [A-Z][\w'’-]*)+)$"
)
"""A university's school or medical centre after its name, a donor's name before it or not
("Duke University Medical Center", "UC Berkeley Haas School of Business"); not "Hospital" or
"Health System", often a body of its own ("Thomas Jefferson University Hospital")."""
_CAMPUS = re.compile(r"U[A-Z]{1,3} [A-Z][a-z]+(?: [A-Z][a-z]+)?")
"""A university's initials and its campus's town, of one or two title-case words: "UNC
Chapel Hill" (raw 22), "UC Davis". On the 280 raw and DUC texts, a "U" and capitals before
title-case words are written 3 ways beside "US" and "UN": "UNC Chapel Hill", "USC Professor
Richard Jewell" (raw 39, no listed "University of ...") and "UK Foreign Secretary"."""


def parts_joined(found: Sequence[Entity]) -> list[Entity]:
    """`found`, each part a name's shape makes of another listed name (`_whole_of`) joined
    to it: its mentions, cut to the other's name, counted with the other's."""
    by_name = {entity.name: entity for entity in found}
    parts = {e.name: whole for e in found if (whole := _whole_of(e, by_name)) is not None}
    if not parts:
        return list(found)
    more: dict[str, list[Excerpt]] = {}
    for name, whole in parts.items():
        more.setdefault(whole, []).extend(_cut_to(by_name[name].mentions, name, whole))
    joined = []
    for entity in found:
        if entity.name in parts:
            continue
        if entity.name in more:
            mentions = joined_mentions(list(entity.mentions), more[entity.name])
            entity = replace(entity, outlets=outlets(mentions), mentions=tuple(mentions))
        joined.append(entity)
    return joined


def _whole_of(entity: Entity, by_name: dict[str, Entity]) -> str | None:
    """The listed name `entity` is a part of, by the shape of its own name, or None."""
    name = entity.name
    if entity.label == "place" and name.startswith(_REGION_WORDS) and name not in KNOWN:
        land = name.partition(" ")[2]
        if KNOWN.get(land) == "place" and _labelled(by_name, land, "place"):
            return land
    elif entity.label != "organisation":
        return None
    elif _CAMPUS.fullmatch(name) is not None and (found := _university_of_a_campus(name, by_name)):
        return found
    elif _UNIT.search(name) is not None:
        # the longest listed body before a unit: "UC Berkeley" of "... Haas School of
        # Business", not "UC"
        at = len(name)
        while (at := name.rfind(" ", 0, at)) > 0:
            body = name[:at]
            if _labelled(by_name, body, "organisation") and _UNIT.fullmatch(name, at):
                return body
    return None


def _university_of_a_campus(name: str, by_name: dict[str, Entity]) -> str | None:
    """The one listed "University of ..." whose initials (its "U" and its place's) open
    `name`, a campus's: "UNC" of the "University of North Carolina". Known initials are a
    land's or a body's ("UN Security Council", "US Army"), no campus's."""
    initials = name.partition(" ")[0]
    if initials in KNOWN or initials in LANDS_SPELLED:
        return None
    universities = [
        other
        for other, entity in by_name.items()
        if other.startswith(_UNIVERSITY)
        and entity.label == "organisation"
        and f"U{initials_of(other.removeprefix(_UNIVERSITY))}" == initials
    ]
    return universities[0] if len(universities) == 1 else None


_UNIVERSITY = "University of "


def _labelled(by_name: dict[str, Entity], name: str, label: str) -> bool:
    return name in by_name and by_name[name].label == label


def _cut_to(mentions: Sequence[Excerpt], name: str, whole: str) -> list[Excerpt]:
    """The mentions of `name` cut to `whole`, which opens or closes it; a mention spelled
    otherwise, or of a name `whole` neither opens nor closes (a campus's), is kept whole."""
    gap = len(name) - len(whole)
    if not name.endswith(whole) and not name.startswith(whole):
        return list(mentions)
    if name.startswith(whole):
        return [replace(m, end=m.end - gap) if m.text == name else m for m in mentions]
    return [replace(m, start=m.start + gap) if m.text == name else m for m in mentions]
