"""What an article calls each person, "he" or "she", read over all of it for `pronouns.py`
to follow a pronoun by; and the speakers no pronoun stands for, groups and papers. Split
from `pronouns.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.subject_names import person_named, subject_run
from chorus.language.speaker_documents import DOCUMENTS
from chorus.language.speakers import GROUPS

_OPENING_PRONOUN = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Then|Now|Later|Meanwhile|Instead),?\s+)?(?P<pronoun>He|She)\b"
)
"""A pronoun that opens a sentence, maybe after a conjunction ("Then, he gets down to
business"), but not after a clause of its own ("Though his wife initially resisted going to
the hospital, she was so lethargic ..." calls the wife "she", not Keith Rogers before)."""


def genders(texts: Sequence[str], speakers: Sequence[str | None]) -> dict[str, str]:
    """ "he" or "she" for each person an article calls so, by the last word of the name:
    a sentence that opens with the pronoun calls so the person the sentence before is
    about, its named speaker or the name it opens with ("Ida will tell you ... She might
    tell you more than once"). A person called both is left out."""
    found: dict[str, str] = {}
    for before, text, speaker in zip(texts, texts[1:], speakers, strict=False):
        subject = _OPENING_PRONOUN.match(text)
        person = speaker if subject is not None else None
        if subject is not None and person is None and (named := subject_run(before)):
            person = person_named(named[0])
        if person is None or collective(person):
            continue
        pronoun, last = subject["pronoun"].lower(), person.rsplit(" ", 1)[-1]
        found[last] = pronoun if found.get(last, pronoun) == pronoun else ""
    return {last: pronoun for last, pronoun in found.items() if pronoun}


def collective(speaker: str) -> bool:
    """Whether a speaker is a group or a paper ("police", "Largo Police", "the affidavit"),
    which no "he" or "she" stands for."""
    return speaker.rsplit(" ", 1)[-1].lower() in _COLLECTIVE_WORDS


_COLLECTIVE_WORDS = frozenset((*GROUPS, *DOCUMENTS))
