"""Names the recognizer lists that are no person, organisation or place: kinds of being
written in both numbers ("Klingon" / "Klingons"), common nouns written mostly in lower case
("Monkeys"), and things a sentence owns ("the Hummer")."""

from __future__ import annotations

from collections import Counter

from chorus.analyze.entity_forms import after_an_article, is_publication
from chorus.analyze.entity_windows import next_mention
from chorus.analyze.model import Excerpt

THING_MENTIONS = 3
COMMON_TIMES = 2
"""How many times as often as with its capital a one-word name written in lower case is a
common noun (`common_nouns`)."""


def _other_number(name: str) -> str:
    """The plural of a word, or the singular of one ending in "men": "Klingons",
    "Klansmen" for "Klansman", "Klansman" for "Klansmen"."""
    if name.endswith(("man", "men")):
        return name[:-2] + ("en" if name.endswith("man") else "an")
    return name + "s"


def kinds_of_being(lone_people: set[str], text: str) -> set[str]:
    """Lone people also written in the other number: "Klingon" (of "the Klingon language"
    and "no Klingons"), "Oscar" (of "16 Oscars"), "Klansman" and "Klansmen", which the
    recognizer read as people; "the Kardashians" stay, a surname. Not listed: no label
    fits them."""
    return {name for name in lone_people if next_mention(text, _other_number(name), 0) >= 0}


def common_nouns(mentions: dict[str, list[Excerpt]], lowered: Counter[str]) -> set[str]:
    """One-word organisations written in lower case COMMON_TIMES as often as with their
    capital, or more: "Monkeys" of a headline over "monkeys" ×4, "Brain" and "Supreme"
    inside other names, "Commission" of "the Truth Commission" and "the commission". A
    common noun, not a name; "the Senate" and "Parliament", also written "senate" or
    "parliament", are written with their capital more. Names in capitals ("NASA") and
    journals ("Cell", "Science") are names whatever the text writes in lower case. People
    and places are not weighed: a first name or a town is a common word as often ("Hope",
    "Grace", "Turkey", "Reading"), and weighing every one-word name cost 0.03-0.05 ms a
    cluster (3.9 names a raw cluster; 1.1 organisations)."""
    return {
        name
        for name, found in mentions.items()
        if lowered[name] >= COMMON_TIMES * len(found) and not is_publication(name)
    }


def things(lone_people: set[str], mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Lone people written THING_MENTIONS times or more, each after an article or a
    possessive: "the Hummer", "a Hummer", "Hayes's Hummer" (a car the recognizer read as a
    person). Twice is as often a family ("the Clintons") or a person's name before a noun
    ("the Bush tax cuts"). Looked at once the mentions are found, not in their loop: few
    names are lone people. Not listed: no label fits them."""
    return {
        name
        for name in lone_people
        if len(found := mentions.get(name, ())) >= THING_MENTIONS
        and all(after_an_article(m.article.text, m.start) for m in found)
    }
