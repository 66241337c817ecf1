"""A town's service read without its town: raw 164's "Police Department" (read in "Police
Department and Fire Department resources were called in") beside "according to the Ipswich
Police Department." (a candidate run closing its sentence, read by no window). Names listed
"Police Department", no body's name; the town's body is the name it stands for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chorus.analyze.model import EntityLabel

_SERVICES = frozenset(
    ("Police Department", "Fire Department", "Sheriff's Office", "Sheriff’s Office")
)
"""A town's or a county's services, named so by every town: no one body's name alone."""


def services_of_a_town(labels: Mapping[str, EntityLabel], runs: Iterable[str]) -> list[str]:
    """Candidate runs (`Reading.names`, a sentence's closing stop cut) of a read place and a
    read organisation of _SERVICES: that place's service, an organisation, the name
    `entity_shapes.bodies_written_short` then gives the service read alone (one town's; two
    towns', neither)."""
    services = [name for name in _SERVICES if labels.get(name) == "organisation"]
    if not services:
        return []
    found = []
    for run in runs:
        name = run.removesuffix(".")
        for service in services:
            town = name.removesuffix(f" {service}")
            if town != name and labels.get(town) == "place" and name not in labels:
                found.append(name)
    return found
