"""Names a text lists before their kind's word in the plural: "where Crane and Steep Hill
beaches meet" names Crane Beach and Steep Hill Beach, which the recognizer read as an
organisation ("Crane") and a person ("Steep Hill") beside the beaches it read whole; and
makes in the plural, the cars they stand for ("Kias and Hyundais"), none; and a body's or a
place's name written with its last word in the plural, or in the singular, one name
("National Security Archives" of the National Security Archive, raw 138)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from chorus.analyze.model import EntityLabel, Excerpt

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_LIST_BEFORE = re.compile(rf"(?:{_NAME}(?:, and |, | and ))+{_NAME}$")
"""Names joined by commas and "and" closing the text before a plural: "Crane and Steep
Hill" of "Crane and Steep Hill beaches"."""
_JOINS = re.compile(r", and |, | and ")
_LOOK_BACK = 80
"""How far before a plural its list is looked for: three or four names."""


def _plural(word: str) -> str:
    """A kind's word in the plural as a text writes it after a list: "beaches", "rivers",
    "counties"."""
    word = word.lower()
    if word.endswith(("ch", "sh", "s", "x", "z")):
        return f"{word}es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{word[:-1]}ies"
    return f"{word}s"


def listed_before_their_kind(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """Read names also read with a last word after them ("Steep Hill", "Steep Hill Beach"),
    mapped to that longer name where the text lists them before that word in the plural
    ("Crane and Steep Hill beaches", raw 164: "Crane" an organisation, "Steep Hill" a
    person by the recognizer): the short name is the longer one's, as are the others of the
    list so read ("Crane" of "Crane Beach"). Only a list: "the Ford plants" names Ford's."""
    wholes: dict[str, dict[str, str]] = {}  # plural -> the short names' longer ones
    for name in labels:
        head, space, last = name.rpartition(" ")
        if space and head in labels and last[:1].isupper():
            wholes.setdefault(_plural(last), {})[head] = name
    if not wholes:
        return {}  # nearly every cluster: no such pair
    found = {}
    for plural, longer in wholes.items():
        at = text.find(f" {plural}")
        while at >= 0:
            if listed := _LIST_BEFORE.search(text, max(0, at - _LOOK_BACK), at):
                found |= {n: longer[n] for n in _JOINS.split(listed[0]) if n in longer}
            at = text.find(f" {plural}", at + 1)
    return found


def last_word_in_the_plural(
    labels: Mapping[str, EntityLabel], runs: Collection[str]
) -> dict[str, str]:
    """Capitalised runs (`Reading.names`) that are a read organisation's or place's name of
    two words or more with an "s" added to its last word or taken from it, mapped to that
    name: one outlet's "National Security Archives" is another's National Security Archive
    (raw 138, where the recognizer read only the singular), "Pittsburgh Public School
    teacher" writes the Pittsburgh Public Schools (raw 4). A run, not the text: "ABC New
    York City" is no "ABC News". People are left: "thousands of Haroun Fazils" (DUC 27) is
    none of his mentions."""
    found = {}
    for run in runs:
        # "ss" closes no plural ("Congress"); a run of one word is left (no "s" check needed)
        other = run[:-1] if run[-1:] == "s" and run[-2:] != "ss" else f"{run}s"
        if labels.get(other) in _BODIES_AND_PLACES and " " in other:
            found[run] = other
    return found


_BODIES_AND_PLACES = frozenset(("organisation", "place"))
_PLURAL_AFTER = re.compile(r" and(?:-- and)? ([A-Z][a-z]+s)\b")
_PLURAL_BEFORE = re.compile(r"\b([A-Z][a-z]+s) and $")
_NOT_PLURAL = ("ss", "us", "is")
"""Endings of a name that are no plural's as often as a plural's: "Ross", "Louis" ("Lucas"
is left to its partner, which no listed name is)."""


def makes_in_the_plural(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """One-word people every mention of which is joined by "and" to another capitalised
    plural no listed name is: brands in the plural, the things they make, no one ("If
    Americans can buy Kias and Hyundais, we should see South Koreans driving Chevys and
    Chryslers", raw 144, two people by the recognizer). Two surnames so joined ("Adams and
    Jones") are both listed."""
    return [
        name
        for name, found in listed.items()
        if name[-1:] == "s"
        and " " not in name
        and not name.endswith(_NOT_PLURAL)
        and label(name) == "person"
        and all(_beside_a_plural(m, listed) for m in found)
    ]


def _beside_a_plural(mention: Excerpt, listed: Mapping[str, list[Excerpt]]) -> bool:
    text = mention.article.text
    other = _PLURAL_AFTER.match(text, mention.end) or _PLURAL_BEFORE.search(
        text, max(0, mention.start - 20), mention.start
    )
    return other is not None and other[1] not in listed


def peoples_in_the_plural(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel], joined: str
) -> list[str]:
    """One-word organisations only ever written in the plural and never after "the", as a
    team or a band is ("the Yankees"), whose singular `joined` (the sentences' text) writes
    at least as often, once before a word in lower case: a people or a species, no body
    ("there are no Klingons with whom to communicate" beside "the Klingon language", raw
    40; on the 280 raw and DUC clusters the one listed name so written)."""
    found = []
    for name, mentions in listed.items():
        if not (
            name[-1:] == "s"
            and " " not in name
            and not name.endswith(_NOT_PLURAL)
            and label(name) == "organisation"
            and not any(_after_the(m) for m in mentions)
        ):
            continue
        # the singular's count in C first: most plurals' is none
        singular = name[:-1]
        if joined.count(singular) - joined.count(name) < len(mentions):
            continue
        before = [joined[end : end + 2] for end in _ends_of_word(joined, singular)]
        if len(before) >= len(mentions) and any(
            after[0] == " " and after[1:].islower() for after in before
        ):
            found.append(name)
    return found


def _after_the(mention: Excerpt) -> bool:
    return mention.article.text[max(0, mention.start - 4) : mention.start].lower() == "the "


def _ends_of_word(text: str, word: str) -> list[int]:
    """Where each whole-word `word` in `text` ends."""
    ends, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            ends.append(end)
        at = text.find(word, end)
    return ends
