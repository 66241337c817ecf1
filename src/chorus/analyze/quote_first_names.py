"""A speaker quoted by first name alone, named in full where the cluster writes that first
name before one family's surname.

A feature on a family names its members by first name: "Mona Lisa and her husband, Kip,
have written about their family's success ... ¶ “...,” Kip said." (raw 3 [1]); the other
article writes the couple in full, "Mona Lisa and Kip Harding are just your average high
school sweethearts" ([2]). The row said "**Kip**", a name a reader cannot place, while
`quote_speakers._first_names` gives a first name only the full name the recognizer read
(it read "Kip" alone here) and only in an article that writes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

__all__ = ["first_names_in_full"]

_FIRST = re.compile(r"[A-Z][a-z]{2,}")
"""A one-word speaker that may be a first name."""


def first_names_in_full(
    given: Sequence[str],
    found: Sequence[tuple[Attribution, Sentence]],
    known: Mapping[str, EntityLabel],
    sentences: Sequence[Sentence],
) -> list[str]:
    """Each one-word speaker the recognizer read as a person as "<it> <Surname>", where the
    cluster writes it before one capitalised word only, that word the last of another
    person's name the recognizer read ("Harding" of "Mona Lisa Harding") and written in
    the speaker's own article (the family it tells of); else as given."""
    lone = {name for name in given if _FIRST.fullmatch(name) and known.get(name) == "person"}
    if not lone:  # most clusters: every speaker a full name or a group
        return list(given)
    people = (name for name, label in known.items() if label == "person" and " " in name)
    surnames = {name.rsplit(" ", 1)[-1] for name in people}
    cluster = "\n".join(dict.fromkeys(s.article.text for s in sentences))
    of: dict[str, str] = {}
    for name in lone:
        after = set(re.findall(rf"\b{name} ([A-Z][\w’'-]+)\b", cluster))
        if len(after) == 1 and (surname := after.pop()) in surnames:
            of[name] = surname
    if not of:
        return list(given)
    return [
        f"{name} {of[name]}"
        if name in of and re.search(rf"\b{of[name]}\b", sentence.article.text)
        else name
        for name, (_, sentence) in zip(given, found, strict=True)
    ]
