"""A speaker's description that closes the sentence crediting them after their words: "“Not
yet,” said Efraim Levy, a S&P Capital IQ equity analyst." (raw 143 [1]), "... says Andrei
Piontkovsky, a veteran Kremlin critic." (raw 184 [1]). The writer introduces the speaker
there; where no row's own sentence gives a role (the words were too short to be a row, or the
description names no post a row's pattern reads), it is the role of each of their rows
that has none: without it "**Efraim Levy**: ..." told a reader nothing of who he is.
"""

from __future__ import annotations

import re

from chorus.language.speaker_roles import clause_as_role, not_a_role
from chorus.language.speakers import ROLE_NOUN

__all__ = ["closing_description", "tells_what_they_are"]

_LONGEST = 80
"""The longest description taken as a role, here and in an introduction
(`quote_introduced_roles`)."""
_CREDIT_BEFORE = re.compile(r"(?:said|says|according to)\s+$")
_DESCRIPTION = re.compile(r",\s+(?P<role>(?:an?|the)\s+[^,;:“”\"'`()]+?)(?<!\b[A-Z])\.(?=\s|$)")
"""The description after the name, to the sentence's full stop, not an initial's ("special
assistant to president George W. Bush."): "a" or "the" opens it."""
_POST = re.compile(
    rf",\s+(?P<role>(?:[a-z][\w-]*\s+){{0,2}}(?i:{ROLE_NOUN})"
    r"(?:\s+(?:of|for|at|with)\s+[^,;:“”\"'`()]+?)?)(?<!\b[A-Z])(?:\.(?=\s|$)|(?=,\s+(?:which|who)\s))"
)
"""Or a post with no article, to the stop or to a relative clause about the post's body:
"said Todd Landfried, executive director of Arizona Employers for Immigration Reform,
which opposes the state's tough immigration laws." (raw 182)."""


def closing_description(text: str, person: str) -> str | None:
    """The description the article writes after a speech verb and `person`'s full name, to
    the end of that sentence, or None: the first one, where it is no clause."""
    at = text.find(person)
    while at >= 0:
        end = at + len(person)
        if text.startswith(", ", end) and _CREDIT_BEFORE.search(text, max(0, at - 16), at):
            found = _DESCRIPTION.match(text, end) or _POST.match(text, end)
            role = found["role"] if found is not None else ""
            if role and tells_what_they_are(role):
                return role
        at = text.find(person, end)
    return None


def tells_what_they_are(role: str) -> bool:
    """Whether a description (opening on "a", "an" or "the", or a post) tells what the
    speaker is, not what they did, its words after the first read for a clause, in at most
    `_LONGEST` characters."""
    return (
        len(role) <= _LONGEST
        and not not_a_role(role)
        and not clause_as_role(role.partition(" ")[2])
    )
