"""People named after a capitalised run of their post: "Former Madison Police Officer Eric
Sloan Parker, 26" (raw 100), "Delphi Assistant Fire Chief Curtis Borden" (raw 153). The
recognizer reads only the names the most articles share (entity_windows.py), and such a
run, one name to the candidate pattern, is seldom among them: the post's last word tells
that a person's full name closes it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from chorus.analyze.model import EntityLabel

_POSTS = (
    "Officer",
    "Detective",
    "Trooper",
    "Sergeant",
    "Sgt.",
    "Lieutenant",
    "Lt.",
    "Captain",
    "Capt.",
    "Chief",
    "Judge",
    "Secretary",
    "Commissioner",
    "Superintendent",
    "Director",
    "Analyst",
    "Correspondent",
    "Spokesman",
    "Spokeswoman",
)
"""Posts a capitalised run names right before its holder's name. Not "Attorney" nor
"Minister", which "General" or "Prime" may follow, nor "Coach" nor "Manager", which name a
club's staff and players alike."""
_NOT_FIRST = ("General", "Executive", "Financial", "Operating", "Minister", "Justice", "Of")
"""Words that go on with a post ("Chief Executive John Idol", raw 15; "Chief Minister
Devendra Fadnavis", raw 192): no first name."""
_NAME = (
    rf"(?!(?:{'|'.join(_NOT_FIRST)}) )"
    r"[A-Z][a-z]+(?: [A-Z]\.| [A-Z][a-z]+)? [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
)
_HOLDER = re.compile(rf"\b[A-Z][\w.]+ (?:{'|'.join(map(re.escape, _POSTS))}) ({_NAME})$")
"""A capitalised word, a post and a full name closing the run: the post is the run's, not a
sentence's first word ("Chief Duncan Clark" alone is left to the recognizer)."""


def people_after_a_post(labels: Mapping[str, EntityLabel], names: Collection[str]) -> set[str]:
    """The full names that close one of `names` (the candidate runs) after a capitalised run
    of a post, but those a name `labels` holds already writes (a longer spelling with a
    middle name, or the same surname: "Sarah Sanders" of "Sarah Huckabee Sanders")."""
    found = {m[1] for name in names if (m := _HOLDER.search(name))}
    if not found:
        return set()
    surnames = {name.rpartition(" ")[2] for name in labels}
    written = " | ".join(labels)
    return {
        name
        for name in found
        if name not in labels and name.rpartition(" ")[2] not in surnames and name not in written
    }
