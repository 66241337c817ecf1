"""Names written with a possessive: the "'s" a name is written with every time ("McDonald’s"),
kept in it (`named_with_a_possessive`), and two names a possessive joins ("Lightspeed’s Jeremy
Liew"), no one name (`two_names_joined_by_a_possessive`, `owned_part`). The other names that
are no person, organisation or place are told in entity_kinds.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from chorus.analyze.entity_kinds import THING_MENTIONS
from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.model import Excerpt
from chorus.model import Sentence

_APOSTROPHES = ("'s", "’s")


def named_with_a_possessive(
    mentions: dict[str, list[Excerpt]], organisations: Iterable[str]
) -> dict[str, list[Excerpt]]:
    """Of `organisations` (one-word names), those written THING_MENTIONS times or more,
    every time with "'s" after, each mapped to its mentions grown to hold it: the "'s" is
    the name's ("McDonald’s doesn’t often mess ...", "Joining the menu at McDonald’s
    restaurants"), which the recognizer's span holds and a possessive's cleaning cut.
    Twice is as often a possessive each time ("Philadelphia's Hunting Park", "CNN's "State
    of the Union""), but not before a chain's outlets ("Hardee's restaurants")."""
    return {
        name: [Excerpt(m.article, m.start, m.end + 2) for m in found]
        for name in organisations
        if (found := mentions.get(name, ()))
        and all(map(_possessive_after, found))
        and (len(found) >= THING_MENTIONS or all(map(_outlets_after, found)))
    }


_OUTLETS = (" restaurants", " stores", " locations", " franchises")
"""A chain's outlets after its "'s": "Carl's Jr. and Hardee's restaurants" (twice, the same
sentence in two articles) is the chain's name however few its mentions."""


def _outlets_after(mention: Excerpt) -> bool:
    """Whether a chain's outlets (_OUTLETS) follow a mention and its "'s"."""
    return mention.article.text.startswith(_OUTLETS, mention.end + 2)


def _possessive_after(mention: Excerpt) -> bool:
    """Whether "'s" or "’s" follows `mention` as a word's end."""
    text, end = mention.article.text, mention.end
    return text.startswith(_APOSTROPHES, end) and not text[end + 2 : end + 3].isalnum()


_INNER_POSSESSIVE = re.compile(r"(\w+) ?['’‘]s ")
"""A possessive, its apostrophe at times typed as an opening quote ("Trump‘s Twitter")."""
_OUTLETS_OWNING = re.compile(r"(?:(?<= News)|(?<= Times))['’] ")
"""An outlet's name in the plural, its possessive an apostrophe alone, before its reporter's
name: "ABC News’ Linsey Davis" (raw 172, two outlets), "New York Times’ Manohla Dargis"."""
_POSSESSIVE_BEFORE = re.compile(r"['’‘]s $")
"""A possessive right before a name's part ("Young's LDS Church"): searched up to it."""
_INSTITUTIONS = frozenset(
    (
        *("Office", "Department", "Bureau", "Agency", "Commission", "Council", "Services"),
        *("Program", "Programme", "Project", "Fund", "Foundation", "Society", "Association"),
        *("Hospital", "Church", "Museum", "Party", "Union", "Daily", "Online", "Day", "Parade"),
    )
)
"""Last words of names that hold a possessive of their own ("Sheriff's Office")."""


def two_names_joined_by_a_possessive(
    names: Iterable[str], sentences: Sequence[Sentence]
) -> list[str]:
    """Names holding a possessive that is no part of them (`_owner_is_common_noun`), or an
    outlet's (`_OUTLETS_OWNING`): two names joined, with one label for both."""
    return [
        name
        for name in names
        if (_INNER_POSSESSIVE.search(name) and not _owner_is_common_noun(name, sentences))
        or _OUTLETS_OWNING.search(name)
    ]


def _owner_is_common_noun(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a possessive inside `name` belongs to it: the name ends in an institution's
    word ("Sheriff's Office", "People's Daily", "Children’s Health Insurance Program") or
    the word before the possessive is also written in lower case in the cluster.
    "Ghouta's Douma", "Lightspeed’s Jeremy Liew" and "La La Land’s Emma Stone" are two
    names joined, with one label for both; so is an institution's name of two words or
    more the cluster writes without the possessive too ("Young's LDS Church" beside "the
    LDS Church", raw 106; "Kutan's Virtue Party", DUC 18)."""
    if name.rsplit(" ", 1)[-1] in _INSTITUTIONS and not _written_unowned(name, sentences):
        return True
    owner = _INNER_POSSESSIVE.search(name)[1].lower()
    return any(next_mention(s.text, owner, 0) >= 0 for s in sentences)


def owned_part(name: str) -> str:
    """The name after the last possessive inside two names joined ("Douma" of "Ghouta's
    Douma", "Linsey Davis" of "ABC News’ Linsey Davis")."""
    if outlet := _OUTLETS_OWNING.search(name):
        return name[outlet.end() :]
    return name[max(name.rfind("'s "), name.rfind("’s "), name.rfind("‘s ")) + 3 :]


def _written_unowned(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the part of `name` after its possessive, two words or more, is written
    somewhere not right after a possessive: "LDS Church" of "Young's LDS Church". A
    one-word part ("Office" of "Sheriff's Office") is a kind's word, not a name."""
    owned = owned_part(name)
    if " " not in owned:
        return False
    for sentence in sentences:
        at = next_mention(sentence.text, owned, 0)
        while at >= 0:
            if not _POSSESSIVE_BEFORE.search(sentence.text, max(at - 3, 0), at):
                return True
            at = next_mention(sentence.text, owned, at + 1)
    return False
