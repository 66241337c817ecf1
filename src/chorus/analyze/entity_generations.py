"""A name written before ", Jr." (or " Sr."): the one listed person of that generation
("Keith Fitzgerald Knowles Jr.")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from chorus.analyze.model import EntityLabel, Excerpt

_GENERATION = re.compile(r",? ([JS]r\.|III(?!\w))")
_GENERATIONS = (" Jr.", " Sr.", " III")


def generations_written_apart(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """People written right before a generation (", Jr.", " Sr.", " III") mapped to the one
    listed person opening with the same word and closing on it: "Keith Fitzgerald Knowles"
    (every mention "Keith Fitzgerald Knowles, Jr.") of "Keith Fitzgerald Knowles Jr." (raw
    60), "DeOrr" ("little DeOrr", "DeOrr Jr.") of "DeOrr Kunz Jr." beside his father "DeOrr
    Kunz Sr." (raw 62). A full name so only where every mention of it is: a father and a son
    both named ("Donald Trump", "Donald Trump Jr.") are two; a surname alone ("Trump Jr.")
    is no mention of the name it is written for. With no such person listed, a full name
    written before the same generation at every mention is that generation's own name:
    "Robert F. Kennedy" of "the son of Robert F. Kennedy, Jr." (raw 201) is the son, the bare
    name his father."""
    ends = [n for n in listed if n.endswith(_GENERATIONS) and label(n) == "person"]
    found = {}
    for name, mentions in listed.items():
        if name in ends or label(name) != "person":
            continue
        whole = [m for m in mentions if m.text == name]
        written = {g[1] if (g := _GENERATION.match(m.article.text, m.end)) else "" for m in whole}
        alone = "" in written and " " in name
        written.discard("")
        if len(written) != 1 or alone:
            continue
        generation = written.pop()
        first = name.partition(" ")[0]
        sons = [n for n in ends if n.endswith(generation) and n.partition(" ")[0] == first]
        if len(sons) == 1:
            found[name] = sons[0]
        elif not sons and " " in name:
            found[name] = f"{name} {generation}"
    return found
