"""A listed place or body that is a part of another listed one, by its name's shape, listed
once under the other's shorter name with both names' mentions counted: a region a compass
adjective names before a known land ("Western North Carolina" beside "North Carolina", raw
190, one article writing each; "Northern California" beside "California", raw 105) and a
university's school or medical centre written after its name ("Duke University Medical
Center" beside "Duke University", raw 190; "UC Berkeley Haas School of Business" beside "UC
Berkeley", raw 189). A region that is a land of its own is known as one ("Northern Ireland",
"Western Australia") and stays apart, as do "South Africa" and "East Germany": a bare compass
point names whole lands as often as parts, so only its adjective is read. A body after
another's name is kept apart otherwise ("House Oversight Committee", "UN Security Council",
"Verizon Wireless"): a chamber's committee, a council or a subsidiary is a body of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.entity_first_names import joined_mentions
from chorus.analyze.entity_lists import KNOWN
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
    elif entity.label == "organisation" and _UNIT.search(name) is not None:
        # the longest listed body before a unit: "UC Berkeley" of "... Haas School of
        # Business", not "UC"
        at = len(name)
        while (at := name.rfind(" ", 0, at)) > 0:
            body = name[:at]
            if _labelled(by_name, body, "organisation") and _UNIT.fullmatch(name, at):
                return body
    return None


def _labelled(by_name: dict[str, Entity], name: str, label: str) -> bool:
    return name in by_name and by_name[name].label == label


def _cut_to(mentions: Sequence[Excerpt], name: str, whole: str) -> list[Excerpt]:
    """The mentions of `name` cut to `whole`, which opens or closes it; a mention spelled
    otherwise is kept whole."""
    gap = len(name) - len(whole)
    if name.startswith(whole):
        return [replace(m, end=m.end - gap) if m.text == name else m for m in mentions]
    return [replace(m, start=m.start + gap) if m.text == name else m for m in mentions]
