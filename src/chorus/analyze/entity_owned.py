"""Things and people named for an organisation: a place of several words after a listed or
known organisation's "'s", or opened by its name, is its thing ("Google's Knowledge Graph",
read as a place; "the Google Knowledge Graph"), and a person whose first word is a one-word
organisation by a cue its product ("Keurig K-cups")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from chorus.analyze.entity_lists import KNOWN
from chorus.analyze.model import EntityLabel, Excerpt

_OWNED = ("'s ", "’s ", "'s new ", "’s new ")
"""What stands between an owner's name and a thing of its: "Google's new Knowledge Graph"."""
_KNOWN_ORGANISATIONS = frozenset(name for name, known in KNOWN.items() if known == "organisation")


def places_of_an_organisation(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """Places of several words no list knows with a mention right after a listed or known
    organisation's "'s": the organisation's thing ("Google's Knowledge Graph", read as a
    place), as its place would be a country's or a city's the lists know ("the FBI's Los
    Angeles office"). On the 280 raw and DUC clusters the one place so written. So is a
    place opened by such an organisation's one-word name whose other words its article
    also writes after "the" ("the Google Knowledge Graph" beside "the Knowledge Graph")."""
    places = [n for n in listed if " " in n and label(n) == "place" and n not in KNOWN]
    if not places:
        return places
    owners = {name for name in listed if label(name) == "organisation"} | _KNOWN_ORGANISATIONS
    return [
        name
        for name in places
        if _named_for_its_owner(name, owners, listed[name][0].article.text)
        or any(_owner(m) in owners for m in listed[name])
    ]


def _named_for_its_owner(name: str, owners: Collection[str], text: str) -> bool:
    """Whether a place's first word is an owner's name and `text` writes the rest, of two
    words or more, after "the": the owner's thing ("Apple Park" has no "the Park")."""
    owner, _, rest = name.partition(" ")
    return owner in owners and " " in rest and f"the {rest}" in text


def people_named_for_a_group(
    listed: Mapping[str, Sequence[Excerpt]],
    label: Callable[[str], EntityLabel],
    cued: Mapping[str, EntityLabel],
) -> list[str]:
    """People of several words whose first word is a one-word organisation by a cue word
    ("Keurig’s CEO"): the organisation's product, not a person ("Keurig K-cups"), which
    `first_names_apart` took for the full name of a first name read as a group."""
    groups = {name for name, kind in cued.items() if kind == "organisation" and " " not in name}
    if not groups:
        return []
    return [
        n for n in listed if " " in n and n.partition(" ")[0] in groups and label(n) == "person"
    ]


def _owner(mention: Excerpt) -> str:
    """The capitalised word or words before a mention and "'s" (_OWNED), or ""."""
    head = mention.article.text[max(mention.start - 60, 0) : mention.start]
    head = head[head.rfind("\n") + 1 :]
    owned = next((o for o in _OWNED if head.endswith(o)), None)
    if owned is None:
        return ""
    words = head[: -len(owned)].split(" ")
    # the owner's words back to the first not capitalised: "Google", "Ford Motor Co."
    at = len(words)
    while at > 0 and words[at - 1][:1].isupper():
        at -= 1
    return " ".join(words[at:])
