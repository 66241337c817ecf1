"""Peoples named by their words' shape, which the recognizer reads as persons, places or
groups: a biblical or ancient people in the plural ("the Perizzites, the Hivites and the
Jebusites", raw 89: an organisation, a place, a place), a land's people written with the
land's read name ("earlier Levantines" beside "the Levant", a person), and the people's
word in the singular before a noun ("five 4,000-year-old Canaanite individuals", a place,
beside "the Canaanites"). The house has no kind for a people (spaCy's NORP, a nationality
or a group, is none of the three it shows), so none is listed; the countries' own peoples
("Nepali", "Iraqi") are `entity_lists.PEOPLES`, left out where they are read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.model import EntityLabel

_TRIBES = "ites"
_TRIBE_LETTERS = 7
"""A one-word plural in "-ites" of seven letters or more is a people's: on the 280 raw and
DUC texts Israelites, Canaanites, Hivites, Perizzites, Jebusites, Hittites, Amorites,
Ammonites, Moabites and Semites, nothing else; "Whites", "Elites" and "Sites" are shorter."""
PEOPLE_ENDINGS = ("ers", "ites", "ines", "ians", "ans", "ese")
_STEM_LETTERS = 4
"""The endings of a people named for a name the cluster reads ("Levant" + "ines", "Virgin
Island" + "ers"), four letters or more before them: the stem alone is no test ("Willans",
"Guardians", "Musicians" write "Will", "Guard", "Music")."""
_SINGULARS = ("ite", "ine", "ian", "an")


def peoples_named(labels: Mapping[str, EntityLabel], text: str) -> set[str]:
    """Read names that are a people's (the module's doc), in `text` (the cluster's
    sentences joined): a one-word plural in "-ites" or a read name's people, and a name
    closing on such a people's singular that `text` also writes in the plural, one word
    ("Canaanite") or a phrase before a noun ("Bronze Age Canaanite population")."""
    plurals = {name for name in labels if _a_peoples_plural(name, labels)}
    return plurals | {
        name
        for name in _closing_on_singulars(labels)
        if _a_peoples_plural(plural := name.rpartition(" ")[2] + "s", labels)
        and (plural in plurals or next_mention(text, plural, 0) >= 0)
    }


def _a_peoples_plural(word: str, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether a one-word name is a people's plural: "-ites", or a read name's people."""
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    if word.endswith(_TRIBES):
        return len(word) >= _TRIBE_LETTERS
    stem = peoples_stem(word)
    return bool(stem) and stem in labels


def peoples_stem(name: str) -> str:
    """`name` less a people's plural ending (`PEOPLE_ENDINGS`), when `_STEM_LETTERS` or
    more are left; "" else."""
    ending = next((e for e in PEOPLE_ENDINGS if name.endswith(e)), "")
    stem = name[: -len(ending)] if ending else ""
    return stem if len(stem) >= _STEM_LETTERS else ""


def _closing_on_singulars(names: Iterable[str]) -> Iterable[str]:
    """Names whose last word ends as a people's singular does ("Canaanite")."""
    return (name for name in names if name.endswith(_SINGULARS))
