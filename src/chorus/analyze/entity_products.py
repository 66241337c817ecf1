"""Names of products, characters and film industries, which the recognizer labels
organisations or people and which are neither: a name its text marks as a trade mark ("the
PurePulse™ technology", "Fitbit Charge HR™", raw 142), a one-word name closing on a hyphen
and "Man" (raw 188's "Spider-Man", a character the recognizer reads as a person) and a word
coined on "Hollywood" with another initial (raw 192's "sports and Bollywood stars", an
organisation by its window). The house has no kind for them, so they are not listed (a thing
left out beats a wrong kind)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chorus.analyze.model import Excerpt

_TRADE_MARK = "™"
"""The unregistered trade mark's sign, which marks a product's name on the 280 raw and DUC
clusters (15 writings: the 14 right after a name, every one a product's, raw 142; the other
a handle's after a space, "Krayzie Bone ™", raw 21 [1], which `_marked` does not read); not
"®", which marks a company's own name as often ("Rogers Family Company®", "Fitbit®")."""
_CHARACTER_ENDING = "-Man"
_INDUSTRY_ENDING = "ollywood"
"""A film industry's word is coined on "Hollywood", its initial the industry's own (Bollywood,
Tollywood, Kollywood, Nollywood, Lollywood); "Hollywood" itself is the place the house lists.
On the 280 raw and DUC texts: 38 writings, Hollywood 37 and Bollywood 1."""


def products_and_characters(mentions: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Names a mention of which the text follows with "™", one-word names closing on "-Man"
    after a capitalised piece, and film industries' words: not listed."""
    return {
        name
        for name, found in mentions.items()
        if _a_character(name) or _an_industry(name) or any(_marked(mention) for mention in found)
    }


def _marked(mention: Excerpt) -> bool:
    """Whether the text writes the trade mark's sign right after `mention`."""
    return mention.article.text.startswith(_TRADE_MARK, mention.end)


def _a_character(name: str) -> bool:
    """Whether `name` is one word whose last hyphenated piece is "Man" ("Spider-Man")."""
    return name.endswith(_CHARACTER_ENDING) and " " not in name and name[:1].isupper()


def _an_industry(name: str) -> bool:
    """Whether `name` is a film industry's one word coined on "Hollywood" ("Bollywood")."""
    return (
        len(name) == 9 and name.endswith(_INDUSTRY_ENDING) and name[0].isupper() and name[0] != "H"
    )
