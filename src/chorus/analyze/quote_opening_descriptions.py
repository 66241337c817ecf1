"""A speaker's description that opens a sentence before their name and its verb: "A CIA
contractor, Barnes arrived at Area 51 in 1968 as a radar expert ..." (raw 138 [1]), "The
CEO and founder of Irvine Cottages, gerontologist Jacqueline Dupont recalls the day ..."
(raw 129 [1]). The writer introduces the speaker there, as in an apposition after the name
(`quote_introduced_roles`), only set before it; where no other sentence gives a role it is
the role of each of their rows that has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chorus.language.speaker_roles import clause_as_role, not_a_role
from chorus.language.speakers import ROLE_NOUN

__all__ = ["opening_description"]

_DESCRIPTION = re.compile(
    r"\s*(?:A|An|The)\s+(?P<words>(?:[\w.&’'-]+\s+){0,7}?[\w.&’'-]+),\s+(?P<title>[a-z]+\s+)?$"
)
"""The sentence's opening up to the comma before the name, maybe after a title in lower
case ("gerontologist"): an article, then up to eight words with no comma."""
_PERSON_WORD = re.compile(rf"(?i:{ROLE_NOUN})|[a-z]+(?:or|ist|ian)")
"""A word naming what a person is: a role noun, or a person's noun by its ending
("contractor", "curator", "gerontologist", "historian"; not "-er", which ends "later" and
"after" as often as "farmer")."""
_PHRASE_AFTER_HEAD = re.compile(r"\s+(?:of|for|at|in|on|with|from|to)\s")
"""Where a phrase after the description's head opens: "coordinator for the village ..."."""
_SENTENCE_END = re.compile(r"\n|[a-z][.!?][\"”’]?\s+")
"""Where a sentence before the name ends: a line's end or a stop after a word."""
_VERB_AFTER = re.compile(r",?\s+(?:[a-z]+(?:ed|s)|said|told|was|had|will|would|can|could)\b")
"""The name is the sentence's subject: a verb in the past or the present follows it."""
_LONGEST = 80


def opening_description(
    text: str, person: str, surname_theirs: Callable[[str, str], bool]
) -> str | None:
    """The description the article sets at a sentence's opening, before a comma and
    `person`'s full name, or surname where `surname_theirs(text, person)` (the article names
    no one else by it: asked only there), as that sentence's subject, or None: the first one
    whose head names what a person is (a role noun or a person's noun by its ending)."""
    surname = person.rsplit(" ", 1)[-1]
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        full = text.endswith(person, 0, end)
        start = end - len(person) if full else at
        # literal tests first: a comma right before the name or its title, then a verb after
        if text.find(", ", max(0, start - 24), start) >= 0 and _VERB_AFTER.match(text, end):
            opening = _opening(text, start)
            found = None if opening is None else _DESCRIPTION.fullmatch(text, opening, start)
            if (
                found is not None
                and (found["title"] is None or _PERSON_WORD.fullmatch(found["title"].rstrip()))
                and (role := _role(text[opening : found.end("words")].lstrip()))
                and (full or surname_theirs(text, person))
            ):
                return role
        at = text.find(surname, end)
    return None


def _opening(text: str, start: int) -> int | None:
    """Where the sentence holding `start` opens, within the longest description's reach
    before it, or None."""
    opening = 0 if start <= _LONGEST + 20 else -1
    for end in _SENTENCE_END.finditer(text, max(0, start - _LONGEST - 20), start):
        opening = end.end()
    return None if opening < 0 else opening


def _role(description: str) -> str | None:
    """The description as a role, its article in lower case, where its head (the last word
    before any phrase after it) names a person and it is no clause."""
    head = _PHRASE_AFTER_HEAD.split(description, 1)[0].rsplit(None, 1)[-1]
    if len(description) > _LONGEST or not _PERSON_WORD.fullmatch(head):
        return None
    role = description[0].lower() + description[1:]
    if not_a_role(role) or clause_as_role(role.split(None, 1)[1]):
        return None
    return role
