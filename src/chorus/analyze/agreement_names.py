"""Names two sentences write that are not a fact they share: figures that are part of a name
(agreement_links.beyond_who: "Flight 370", "Windows 95"), names one writes only in its
opening scene ("In a meeting with ... Mitch McConnell (R-Ky.), Trump attacked ...") and the
one both open with when they share nothing else ("Mayor of London Sadiq Khan led ..." /
"London Mayor Sadiq Khan said ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.agreement_named import named_alone
from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import STEM_LENGTH, stems

_NAME_NUMBER = re.compile(r"\b([A-Z][a-z]+)[\s-](\d+)\b")


def name_numbers(text: str, names: frozenset[str]) -> set[str]:
    """The figures a sentence writes right after one of `names` (stems both sentences write
    capitalised), as part of it: "Flight 370" names the plane as "Malaysia Airlines" does
    ("An unmanned underwater vehicle will be deployed to look for missing Malaysia Airlines
    Flight 370 ..." / "The phone of the first officer of Malaysia Airlines Flight 370 was on
    ...", raw 218), "Swissair Flight 111" names the crash (DUC 4's wreckage retrieved, the
    switches that did not cause it, the families' help)."""
    return {
        match[2][:STEM_LENGTH]
        for match in _NAME_NUMBER.finditer(text)
        if match[1][:STEM_LENGTH].lower() in names
    }


_SCENE = re.compile(r"[\s\"“(]*(?:In|At|On|During|With|After|Before|Among|As|When|To)\b[^,]*,")
"""A sentence's opening phrase that sets its scene, to its first comma: "In a meeting with
House Speaker Paul D. Ryan (R-Wis.) and Senate Majority Leader Mitch McConnell (R-Ky.),"."""


def scene_names(
    text_a: str, text_b: str, stems_a: list[str], stems_b: list[str], shared: set[str]
) -> set[str]:
    """The own words two sentences (their stems `stems_a`, `stems_b`) share (`shared`), when
    every stem they have in common is a name both write (own_words.names_in_common), that
    one of them writes only in its opening scene (`_SCENE`): who was there, not what either
    tells of them ("Trump has suggested Republicans should eliminate the filibuster ..., but
    Senate Majority Leader Mitch McConnell has been more circumspect ..." / "In a meeting
    with ... Senate Majority Leader Mitch McConnell (R-Ky.), Trump attacked the judge in
    sharp terms ...", raw 178). A word besides may tell the deed both report ("As a woman
    tried to cross Pacific Coast Highway ..., two cars hit her." / "... struck by two
    vehicles as she was crossing Pacific Coast Highway ...", raw 157)."""
    # the anchored scene match fails at the first word of most sentences: the names are
    # read only after it
    scenes = [(text, scene) for text in (text_a, text_b) if (scene := _SCENE.match(text))]
    if not scenes or not shared:
        return set()
    names = names_in_common(text_a, text_b)
    if not shared <= names or not names.issuperset(set(stems_a).intersection(stems_b)):
        return set()
    for text, scene in scenes:
        rest = {word[:STEM_LENGTH].lower() for word in _WORD.findall(text, scene.end())}
        if not shared & rest:
            return set(shared)
    return set()


_WORD = re.compile(r"[A-Za-z]+")


_SUBJECT = re.compile(r"[\W]*(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+)*[A-Z][\w.'’-]*")
"""The capitalised words a sentence opens with, its subject when it opens with a name:
"Mayor of London Sadiq Khan", "Chechen President Aslan Maskhadov's"."""


SUBJECT_STEMS = 8
"""Stems a subject read by `subject_alone` holds at most: "Mayor of London Sadiq Khan" holds
four."""


def subject_alone(
    text_a: str, text_b: str, stems_a: list[str], stems_b: list[str], shared: set[str]
) -> bool:
    """Whether every stem two sentences (their stems `stems_a`, `stems_b`, their own words in
    common `shared`) have in common lies in the capitalised words both open with
    (`_SUBJECT`), and neither writes one of them again after it: one subject, two deeds
    ("Mayor of London Sadiq Khan led the short ceremony." / "London Mayor Sadiq Khan said
    questions would need to be asked about what the police knew about Butt.", raw 27;
    "Chechen President Aslan Maskhadov said the bodies of four men had been recovered." /
    "Chechen President Aslan Maskhadov's government has been unable to stem kidnappings
    ...", DUC 15). Over the shown pairs of the raw, DUC and Multi-News+ captures, these two
    and one more were all such pairs, each two facts. So does one whose opening name the other
    writes word for word elsewhere, sharing nothing more (agreement_named.py, DUC 1)."""
    if named_alone(text_a, text_b, stems_a, stems_b, SUBJECT_STEMS, shared) or named_alone(
        text_b, text_a, stems_b, stems_a, SUBJECT_STEMS, shared
    ):
        return True
    # most pairs share an own word past the first stems, where a subject ends: the openings
    # are read only then
    if not shared.issubset(stems_a[:SUBJECT_STEMS]) or not shared.issubset(stems_b[:SUBJECT_STEMS]):
        return False
    subject_a, end_a = _subject(text_a)
    if not shared <= subject_a:
        return False
    subject_b, end_b = _subject(text_b)
    if not shared <= subject_b:
        return False
    common = set(stems_a).intersection(stems_b)
    rest = set(stems(text_a[end_a:])) | set(stems(text_b[end_b:]))
    return common <= subject_a & subject_b and common.isdisjoint(rest)


@lru_cache(maxsize=4096)
def _subject(text: str) -> tuple[frozenset[str], int]:
    """The stems of the capitalised words a text opens with, and where they end."""
    found = _SUBJECT.match(text)
    return (frozenset(stems(found.group())), found.end()) if found else (frozenset(), 0)
