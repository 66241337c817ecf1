"""Two people credited together after the words they said.

"“...,” said Newtown's highest elected official, First Selectman Patricia Llodra, and
Superintendent of Schools Joseph Erardi, in a statement" (raw 191) is the two officials'
statement: the name pattern stops at Llodra's name, and the row gave her alone the words
both signed, with a role that is hers alone. Where the speaker's name, after the words,
is followed by "and", a title's words and a second full name closing the credit (a comma,
a stop, "in a statement"), the speaker is the pair, "Patricia Llodra and Joseph Erardi",
without the first one's role; a second name that goes on into a clause of its own ("...,
and Joseph Erardi agreed") is no co-speaker.

Two titled names joined by "and" without a comma ("said Mayor John Smith and Police Chief
Mary Jones") reach this stage as the second name with a role running back over the first,
"John Smith and Police Chief": a wrong role, and the mayor's words given to the chief alone.
A role right before its speaker that opens on a full name with a first name people are given
("John", `first_name_gender`), no title word in it, then "and" and capitalised title words,
is the first of two speakers: the pair, role None. One person's two titles ("Deputy Mayor
and Police Chief Mary Jones", "County Commissioner and ...") have no first name there and
stay her role.

A pair the name pattern read itself, with the second one's title: "John Smith and Chief
Jones" is "John Smith and Jones"; cut at "of" ("Patricia Llodra and Superintendent", role
"of Schools Joseph Erardi in a statement"), the pair the credit goes on to name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.first_name_genders import first_name_gender
from chorus.language.speakers import ROLE_NOUNS

_SECOND = re.compile(
    r",? and (?:(?:[A-Z][\w'’.-]*|of|for|the) )*?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)? [A-Z][a-z][\w'’-]*)"
    r"(?=,|\.(?:\s|$)| in a (?:joint )?statement)"
)
"""A second person after a credited name: "and", a title's words ("Superintendent of
Schools"), a first name, maybe an initial, and a surname, closing the credit."""


_FIRST_IN_ROLE = re.compile(
    r"(?:[A-Z][\w'’.-]* )*?(?P<name>[A-Z][a-z][\w'’-]* [A-Z][a-z][\w'’-]*)"
    r" and (?:[A-Z][\w'’.-]*|of|for|the)(?: (?:[A-Z][\w'’.-]*|of|for|the))*"
)
"""A role that holds a first person's full name, maybe after a title ("Mayor"), then "and"
and the second one's title ("Police Chief")."""
_TITLE_WORDS = frozenset(noun for noun in ROLE_NOUNS if " " not in noun)


def with_co_speaker(found: Attribution, text: str) -> Attribution:
    """`found` with the person credited beside its speaker, if one."""
    if " and " in found.speaker:
        return _second_titled(found, text)
    if found.role is not None and " and " in found.role:
        return _titled_pair(found, text)
    if found.speaker_start < found.end or " " not in found.speaker:
        return found  # a speaker before the words, or no full name: its own clause's
    at = text.find(found.speaker, found.speaker_start)
    if at < 0 or not text.startswith((", and ", " and "), at + len(found.speaker)):
        return found
    second = _SECOND.match(text, at + len(found.speaker))
    if second is None:
        return found
    return replace(found, speaker=f"{found.speaker} and {second['name']}", role=None)


def _titled_pair(found: Attribution, text: str) -> Attribution:
    """`found` as the pair its role names the first of, or as it is."""
    role = found.role or ""
    first = _FIRST_IN_ROLE.fullmatch(role)
    if first is None or first_name_gender(first["name"]) is None:
        return found
    if any(word.casefold() in _TITLE_WORDS for word in first["name"].split()):
        return found
    at = text.find(found.speaker, found.speaker_start)
    if at < 0 or not text[:at].rstrip().endswith(role):
        return found  # a role written elsewhere (an apposition) is no title before the name
    return replace(found, speaker=f"{first['name']} and {found.speaker}", role=None)


def _second_titled(found: Attribution, text: str) -> Attribution:
    """A pair of a full name (a first name people are given, as `_titled_pair` asks) and a
    second name the name pattern read with its title ("John Smith and Chief Jones"), without
    the title, "John Smith and Jones"; one it cut at the title ("Patricia
    Llodra and Superintendent", its role "of Schools Joseph Erardi in a statement") as the
    pair the credit writes on (`_SECOND`), role None; else as it is."""
    first, _, second = found.speaker.partition(" and ")
    words = second.split(" ")
    titles = 0
    while titles < len(words) and words[titles].casefold() in _TITLE_WORDS:
        titles += 1
    if not titles or first_name_gender(first) is None:
        return found  # both titled ("Speaker Boehner and Leader Cantor": raw 107) stay so
    if titles < len(words):
        return replace(found, speaker=f"{first} and {' '.join(words[titles:])}")
    at = text.find(first, found.speaker_start)
    second_name = _SECOND.match(text, at + len(first)) if at >= 0 else None
    if second_name is None:
        return found
    return replace(found, speaker=f"{first} and {second_name['name']}", role=None)
