"""A team written by its nickname alone: "former Saints player Will Smith" and "The Saints
announced Tuesday" (raw 32's [3] and [4]) name the "New Orleans Saints" its [2] names in
full; the nickname, a candidate run no window read, was no mention of it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from chorus.analyze.entity_lists import KNOWN
from chorus.analyze.model import EntityLabel


def teams_by_nickname(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> dict[str, str]:
    """A read organisation of a read or known place and one plural word ("New Orleans
    Saints"), whose word alone is a candidate run (`Reading.names`) no label holds and which
    `text` (the sentences joined) writes after "the" and before a word in lower case ("the
    Saints planning"), mapped from that word: the team by its nickname. One such word of two
    teams maps to neither."""
    found: dict[str, list[str]] = {}
    for name, label in labels.items():
        place, space, nickname = name.rpartition(" ")
        if (
            label == "organisation"
            and space
            and nickname.endswith("s")
            and not nickname.endswith("ss")
            and nickname in runs
            and nickname not in labels
            and "place" in (labels.get(place), KNOWN.get(place))
        ):
            found.setdefault(nickname, []).append(name)
    return {
        nickname: names[0]
        for nickname, names in found.items()
        if len(names) == 1 and re.search(rf"\b[Tt]he {re.escape(nickname)} [a-z]", text)
    }
