"""A speaker quoted by surname alone, credited where the text writes the full name.

A quote's speaker is listed only as a full name (entity_speakers.py), so a person the
quotes name by surname ("Bradley said") and whom no window read is not listed: raw 173's
lead pilot, whose full name the text writes only as "Pilots Troy Bradley", a sentence's
opening run (the recognizer reads "Troy Bradley" as a firm even alone). Where the text
writes the surname after capitalised words that are no title nor a word it writes in lower
case, one full name each time, that is the speaker's full name, which `as_listed` then
checks as it does a full credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet

from chorus.analyze.entity_mention_windows import is_word

_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]*")
"""A one-word speaker that may be a surname: no initials ("NBC") nor a lower-case word."""
_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z][\w-]* ){1,2})$")
"""One or two capitalised words right before another: no initials, no possessive
("London's Guardian"), no abbreviated title ("Sen.")."""
_INSIDE_A_NAME = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’-]*|of|and|for|the|&) $")
"""What, right before those words, makes them the end of a longer name or post: another
capitalised word ("Majority Whip John Cornyn", "FBI Agent Ken Maxwell") or a name's inner
word ("Secretary of State Madeleine Albright", "Ways and Means Democrats")."""
_HEADING_ENDS = (":", "'s", "’s")
LOOK_BACK = 40
"""Characters before a surname that hold the words before it, and before them."""


def credits_of_surnames(
    speakers: Iterable[str], text: str, known: AbstractSet[str], titled: Callable[[str], bool]
) -> list[str]:
    """The one full name `text` writes each one-word speaker in: the capitalised words right
    before the surname but those `titled` (a title, a role's word, a word the text writes
    in lower case too: "President Clinton", "Pilots Troy Bradley"), where every such name
    is the longest or ends it ("Carlos Alkimin" of "Antonio Carlos Alkimin"). A surname
    that is a word of a `known` name is left (a read person's alias, "Northwestern" of
    "Northwestern University")."""
    words = {word for name in known for word in name.split()}
    credits: list[str] = []
    for surname in dict.fromkeys(speakers):
        if surname in words or not _SURNAME.fullmatch(surname):
            continue
        names = sorted(set(_names_before(text, surname, titled)), key=len)
        # a first word that is a name of its own is a body's: "House Democrats"
        if (
            names
            and all(names[-1].endswith(f" {name}") for name in names[:-1])
            and known.isdisjoint(names[-1].split())
        ):
            credits.append(names[-1])
    return credits


def _names_before(text: str, surname: str, titled: Callable[[str], bool]) -> Iterable[str]:
    """The first names `text` writes right before `surname` as a whole word, with it."""
    at = text.find(f" {surname}")
    while at >= 0:
        end = at + 1 + len(surname)
        if end == len(text) or not is_word(text[end]):
            before = _WORDS_BEFORE.search(text, max(0, at - LOOK_BACK), at + 1)
            firsts = before[1].split() if before is not None else []
            # a heading's ("Related Prodigy: 10 Essential Tracks", "Related Universal's
            # International Chief") or a longer name's end
            if text.startswith(_HEADING_ENDS, end) or (
                before is not None
                and _INSIDE_A_NAME.search(text, max(0, before.start() - LOOK_BACK), before.start())
            ):
                firsts = []
            while firsts and titled(firsts[0]):
                del firsts[0]
            if firsts:
                yield " ".join((*firsts, surname))
        at = text.find(f" {surname}", end)
