"""A lawyer quoted as "his attorney" given the name the article writes for that person's
lawyer: raw 32 [3] (CBS) opens "Hours after police arrested and charged Cardell Hayes with
second degree murder, his attorney insisted there was more to the story." and later writes
'"...," said Hayes's attorney, John Fuller.': both rows are John Fuller's. The owner is the
one name the sentence writes before "his"/"her" (not the person the article follows: it
follows Will Smith there), or the name the speaker holds ("Strzok's lawyer"); the lawyer is
named only where the same article names exactly one lawyer of that owner. Split from
`quote_speakers.py`, which gives each quote its speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.model import Sentence

_ROLE = r"(?:(?:defen[cs]e|criminal|longtime|personal)\s+)?(?:attorney|lawyer)"
_COUNSEL = re.compile(rf"(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w-]*\w)['’]s?)\s+{_ROLE}")
"""A lawyer named by whose lawyer they are: one lawyer, not "his lawyers" (a team)."""
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]*\w){1,2}"
_PERSON = re.compile(_NAME)
_NAMED = re.compile(
    rf"\b(?P<owner>[A-Z][\w-]*\w)['’]s?\s+{_ROLE},?\s+(?P<name>{_NAME})"
    rf"|\b(?P<named>{_NAME}),\s+(?P<whose>[A-Z][\w-]*\w)['’]s?\s+{_ROLE}\b"
)
"""A lawyer's name written with whose lawyer they are: "Hayes's attorney, John Fuller",
"Hayes' attorney John Fuller", "Billy Murphy, Vasiliades' attorney"."""


def counsel_named(given: Sequence[str], found: Sequence[tuple[Attribution, Sentence]]) -> list[str]:
    """Each speaker given as someone's lawyer ("his attorney", "Hayes's attorney") as the
    one lawyer of that owner its article names, where it names one."""
    # a substring test first: most clusters quote no one as someone's lawyer
    if not any("attorney" in name or "lawyer" in name for name in given):
        return list(given)
    owners: dict[tuple[str, str], set[str]] = {}
    for name, (a, s) in zip(given, found, strict=True):
        counsel = _COUNSEL.fullmatch(name) if ("attorney" in name or "lawyer" in name) else None
        if counsel is not None:
            owner = counsel["owner"] or _owner_before(a, s)
            if owner is not None:
                owners.setdefault((name, s.article.text), set()).add(owner)
    names = {
        key: lawyer
        for key, owned in owners.items()
        if len(owned) == 1 and (lawyer := _lawyer_of(key[1], owned.pop()))
    }
    return [
        names.get((name, s.article.text), name) for name, (_, s) in zip(given, found, strict=True)
    ]


def _owner_before(found: Attribution, sentence: Sentence) -> str | None:
    """The surname of the one name the sentence writes before the speaker ("charged Cardell
    Hayes ..., his attorney insisted": Hayes), "" where it writes none or two; None where
    the sentence does not write the speaker (a "he" standing for the lawyer)."""
    text = sentence.article.text
    if not (sentence.start <= found.speaker_start < sentence.end):
        return None
    if not text.startswith(found.speaker, found.speaker_start):
        return None
    people = set(_PERSON.findall(text, sentence.start, found.speaker_start))
    return people.pop().rsplit(None, 1)[-1] if len(people) == 1 else ""


def _lawyer_of(text: str, owner: str) -> str | None:
    """The one lawyer the article names as the owner's (by surname), if one."""
    if not owner:
        return None
    lawyers = {
        named["name"] or named["named"]
        for named in _NAMED.finditer(text)
        if (named["owner"] or named["whose"]) == owner
    }
    return lawyers.pop() if len(lawyers) == 1 else None
