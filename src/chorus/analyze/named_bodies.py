"""Whose body "the tribe said in a statement" is (`speaker_issuers.py` reads the credit): the
one its article named before, as a reader takes it.

Read in order, the first that names it: a name the article set a description with the same
head beside ("Amnesty International, the human rights group, ... ¶ In a statement, the group
said": DUC d30003t [5]); the one name the article wrote before with the head, its plural
or its adjective in it ("the Nulato Tribal Council" for "the tribe": raw validation 0-based
196 [1]); the fuller description it wrote before ("The foreign ministry on Friday protested
... ¶ In a statement, the ministry said": DUC d30044t [3]). Two names of the head, and no
apposition, and the description stays as written: which one is meant is a guess. A
description named by none stays as written ("the general staff", "the biomedical firm")."""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.speaker_issuers import BODY_HEADS

_HEADS = frozenset(BODY_HEADS)
_THE = ("the ", "The ")
_CAPITALISED = r"[A-Z][\w.&'’-]*"
_JOINER = r"(?:of\s+(?:the\s+)?|for\s+|on\s+|and\s+(?!the\b))"
"""A word inside a body's name: "of (the)", "for", "on", "and" ("Fish and Wildlife"); "and the"
joins two bodies ("Officials of the Iditarod and the Nulato Tribal Council": raw 196 [1])."""
_NAME = rf"{_CAPITALISED}(?:\s+{_JOINER}?{_CAPITALISED}){{0,5}}"
"""A body's name: capitalised words, maybe joined by `_JOINER`."""


def as_body(here: tuple[Attribution, ...], text: str) -> tuple[Attribution, ...]:
    """Attributions to a definite description of a body (`issuing`) given the body its
    article named before, by `named_body`; as written where none is named."""
    found = here[0]
    if not issuing(found.speaker, text, found.speaker_start):
        return here
    name = named_body(found.speaker, text, found.speaker_start)
    return here if name is None else tuple(replace(a, speaker=name) for a in here)


def issuing(speaker: str, text: str, speaker_start: int) -> bool:
    """Whether a speaker is a definite description of a body: lower-case words ending on a
    head of `BODY_HEADS`, "the" before them ("a group" is any)."""
    head = speaker.rpartition(" ")[2]
    if head not in _HEADS or not speaker.islower():
        return False
    # the speaker's own "the" is cut from its name, not from where it starts
    return text.startswith(_THE, speaker_start) or text.endswith(_THE, 0, speaker_start)


def named_body(description: str, text: str, before: int) -> str | None:
    """The body `description` ("tribe", "school district") stands for, from what the article
    `text` wrote before offset `before`; None where it named none, or two."""
    head = description.rpartition(" ")[2]
    apposed = re.compile(
        rf"(?<![\w.&'’-])(?P<name>{_NAME}),\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?{head}\b"
    )
    if (beside := _last(apposed, text, before)) is not None:
        return beside["name"]
    with_head = re.compile(
        rf"(?<![\w.&'’-])(?:(?!The\b){_CAPITALISED}\s+{_JOINER}?){{0,5}}"
        rf"{_head_word(head)}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPITALISED}){{0,4}}"
    )
    names = {found[0] for found in with_head.finditer(text, 0, before)}
    if len(names) == 1:
        return names.pop()
    if names:
        return None
    fuller = re.compile(rf"\b[Tt]he\s+((?:[\w.&'’-]+\s+){{1,3}}?{re.escape(description)})\b")
    found = _last(fuller, text, before)
    return found[1] if found is not None and found[1] != description else None


def _head_word(head: str) -> str:
    """A pattern of the capitalised words `head` opens in a body's name: itself, its plural
    or its adjective in -al ("Ministry", "Ministries"; "Tribe", "Tribal"), whole. Not any
    word sharing its first letters: "Tribune" is no tribe, "Stafford" no staff, "Partners"
    no party, "Commissioner" a person."""
    if head.endswith("y"):
        return rf"{head[:-1].title()}(?:y|ies)\b"
    if head.endswith("e"):
        return rf"{head[:-1].title()}(?:e|es|al)\b"
    return rf"{head.title()}(?:s|es|al)?\b"


def _last(pattern: re.Pattern[str], text: str, before: int) -> re.Match[str] | None:
    """The last match of `pattern` in `text` before offset `before`."""
    found = list(pattern.finditer(text, 0, before))
    return found[-1] if found else None
