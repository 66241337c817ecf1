"""Ships', crafts' and weapons' names, not listed: "the container ship ACX Crystal", "Bradley
and Tiukhtyaev's balloon — dubbed Two Eagles —", "the mighty hammer, Mjölnir"
(entity_named_things.py gathers the other beings and things)."""

from __future__ import annotations

import re

from chorus.analyze.model import Excerpt

_SHIPS = ("ship", "vessel", "hammer", "sword")
_SHIP_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:war|battle|sister-)?ship|vessel|hammer|sword),? (?:the )?$"
)
"""What a ship's name follows: "the container ship, the ACX Crystal" (an organisation by the
recognizer, in two outlets), "the Australian ship Ocean Shield", "his homemade underwater
vessel UC3 Nautilus"; not "relationship", "flagship" (a shop's) or "championship"; and a
weapon's, as a legend names it: "the mighty hammer, Mjölnir" (raw 162, a person)."""
_SHIP_ENDS = tuple(f"{ship}{gap}" for ship in _SHIPS for gap in (" ", ", ", " the ", ", the "))
"""How the text before a ship's name ends: one test rules out most mentions."""


_NAMED_ENDS = ("dubbed ", "named ", "called ")
_CRAFT_NAMED = re.compile(
    r"(?<![\w-])(?:ship|vessel|boat|yacht|balloon|aircraft|airplane|plane|spacecraft|rocket"
    r"|capsule|submarine)(?:,| —| –)? (?:dubbed|named|called) $"
)
"""A craft's name after its kind and the word that names it: "Bradley and Tiukhtyaev's
balloon — dubbed Two Eagles —" (raw 173, an organisation by the recognizer, in both
outlets)."""
_CRAFT_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,5}?(?:(?:war|battle)?ship|vessel|(?:space)?craft|spaceplane"
    r"|submarine|aircraft carrier)\b"
)
"""A word for a ship or a craft in an aside after its name: "the Musashi, a second world war
Japanese battleship", "SpaceShipOne, the first privately built craft" (raw 163, a person
and an organisation by the recognizer)."""


def ships(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Names with a mention right after a word for a ship or a weapon, or for a craft and
    "dubbed", "named" or "called", or before an aside naming a ship: a ship's, a craft's
    or a weapon's, not listed (one opening on a ship's
    prefix, entity_shapes.things_by_shape)."""
    found = set()
    for name, excerpts in mentions.items():
        # a craft of several words is named after its kind ("the Australian ship Ocean
        # Shield"): the aside is looked for after one-word names only (half the mentions)
        one_word = " " not in name
        for m in excerpts:
            text = m.article.text
            if (
                (
                    text.endswith(_SHIP_ENDS, 0, m.start)
                    and _SHIP_BEFORE.search(text, max(m.start - 22, 0), m.start)
                )
                or (
                    text.endswith(_NAMED_ENDS, 0, m.start)
                    and _CRAFT_NAMED.search(text, max(m.start - 30, 0), m.start)
                )
                or (one_word and text.startswith(", ", m.end) and _CRAFT_AFTER.match(text, m.end))
            ):
                found.add(name)
                break
    return found
