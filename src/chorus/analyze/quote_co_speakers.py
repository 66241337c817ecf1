"""Two people credited together after the words they said.

"“...,” said Newtown's highest elected official, First Selectman Patricia Llodra, and
Superintendent of Schools Joseph Erardi, in a statement" (raw 191) is the two officials'
statement: the name pattern stops at Llodra's name, and the row gave her alone the words
both signed, with a role that is hers alone. Where the speaker's name, after the words,
is followed by "and", a title's words and a second full name closing the credit (a comma,
a stop, "in a statement"), the speaker is the pair, "Patricia Llodra and Joseph Erardi",
without the first one's role; a second name that goes on into a clause of its own ("...,
and Joseph Erardi agreed") is no co-speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.quote_hits import Attribution

_SECOND = re.compile(
    r",? and (?:(?:[A-Z][\w'’.-]*|of|for|the) )*?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z]\.)? [A-Z][a-z][\w'’-]*)"
    r"(?=,|\.(?:\s|$)| in a (?:joint )?statement)"
)
"""A second person after a credited name: "and", a title's words ("Superintendent of
Schools"), a first name, maybe an initial, and a surname, closing the credit."""


def with_co_speaker(found: Attribution, text: str) -> Attribution:
    """`found` with the person credited beside its speaker after the words, if one."""
    if found.speaker_start < found.end or " " not in found.speaker:
        return found  # a speaker before the words, or no full name: its own clause's
    at = text.find(found.speaker, found.speaker_start)
    if at < 0 or not text.startswith((", and ", " and "), at + len(found.speaker)):
        return found
    second = _SECOND.match(text, at + len(found.speaker))
    if second is None:
        return found
    return replace(found, speaker=f"{found.speaker} and {second['name']}", role=None)
