"""One speaker under one name where an article writes a short and a full form of it: a
surname two people of a family share is the one the article introduced first and went on
calling by it ("Michael Dunn ... Dunn, a 47-year-old ... his parents, Phillip and Sandra
Dunn"), a body's short name the full name its article gave it first ("Amnesty
International said ... London-based Amnesty reported"), and "her family" the family a
sentence of the cluster names by its owner, where the article names that person. Split from
`quote_speakers.py`, which gives each quote its speaker's name."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from chorus.analyze.model import EntityLabel

_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def principal(text: str, surname: str, written: Collection[str]) -> str | None:
    """The one of the full names sharing `surname` (`written` in `text`) that the article
    wrote first and then called by the surname alone before it wrote any other: the one its
    story is about, whom a news writer calls by the surname, naming a relative in full
    when they come in (multi_news-val-1212's "Michael Dunn said ...", "Dunn, a 47-year-old
    computer programmer, ...", then "his parents, Phillip and Sandra Dunn": "Dunn wrote" is
    Michael Dunn). Not where another is written before the surname stands alone."""
    firsts = sorted((text.find(name), name) for name in written)
    if len(firsts) < 2 or firsts[0][0] < 0:
        return None
    (at, first), (then, _) = firsts[0], firsts[1]
    return first if _alone_between(text, surname, at + len(first), then) else None


def _alone_between(text: str, surname: str, start: int, end: int) -> bool:
    """Whether `text` writes `surname` between `start` and `end` with no capitalised word
    before it in its sentence (a first name, a title or another's: "Sandra Dunn", "Mr.
    Dunn"), as "..., Dunn said" or "Dunn, a 47-year-old ..." opening a paragraph does."""
    at = text.find(surname, start, end)
    while at >= 0:
        if not text[at + len(surname) : at + len(surname) + 1].isalpha():
            before = _WORD_BEFORE.search(text, max(0, at - 30), at)
            if before is None or "\n" in before[0] or _no_name(before[1]):
                return True
        at = text.find(surname, at + 1, end)
    return False


def _no_name(word: str) -> bool:
    """Whether a word before a surname is no name of it: lower case, or a sentence's or a
    clause's end ("2012. Dunn fired", "released audio, Dunn"), not an honorific's stop."""
    if word.endswith(("Mr.", "Ms.", "Mrs.", "Dr.")):
        return False
    return not word[:1].isupper() or word.endswith((".", ",", "”", '"'))


_BODY_ENDS = frozenset(
    (
        *("International", "Watch", "Hospital", "Agency", "Observatory", "Foundation"),
        *("Institute", "Association", "Society", "Council", "Committee"),
        *("Department", "University"),
    )
)
"""Last words of a body's name that a story drops once it has named it in full ("Amnesty"
of "Amnesty International", "Mercy Fitzgerald" of "Mercy Fitzgerald Hospital")."""


def long_forms(
    given: Sequence[str], texts: Sequence[str], kinds: Mapping[str, EntityLabel]
) -> list[str]:
    """Each speaker whose name opens another speaker's of the same article, that one
    ending on a body's word (`_BODY_ENDS`) the article wrote before: "London-based Amnesty
    reported" after "..., Amnesty International said on Wednesday." (multi_news-val-132);
    or another article's, where its own never writes the full name ("Late Thursday night,
    Mercy Fitzgerald released this statement" of the page that never writes "Mercy
    Fitzgerald Hospital", which the other page quotes: raw 95 [1]; "Anaheim Police" of
    "Anaheim Police Department", raw 35; "Wayne State" of "Wayne State University", 50).
    Not a name the recognizer read as a person or a place ("Michael Kors" is no "Michael
    Kors Foundation"); no airline's, whose name opens on its country's ("Malaysia said" is
    the government, not Malaysia Airlines: 5309)."""
    longer: dict[str, set[str]] = {}
    names = set(given)
    for name in names:
        head, _, last = name.rpartition(" ")
        if last in _BODY_ENDS and head in names and kinds.get(head) not in ("person", "place"):
            longer.setdefault(head, set()).add(name)
    if not longer:
        return list(given)
    return [
        full
        if len(fulls := longer.get(name, ())) == 1
        and _named_in_full(full := next(iter(fulls)), name, text)
        else name
        for name, text in zip(given, texts, strict=True)
    ]


def _named_in_full(full: str, name: str, text: str) -> bool:
    """Whether `full`, another speaker's name, names the body `name` stands for in `text`:
    written there before it, or nowhere there (the speaker of another article)."""
    return full not in text or text.find(full) < text.rfind(name)


_OWNED_FAMILY = re.compile(r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})['’]s?\s+family")


def owned_family(given: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each "Her family" or "His family" as the one family the cluster's speakers name by
    its owner ("Zainab Al-Khawaja's family have told Amnesty ...": multi_news-val-132), where
    its own article names that owner too (in any case: "al-Khawaja")."""
    if not any(name in _PRONOUN_FAMILY for name in given):
        return list(given)
    owners = {m["owner"]: name for name in set(given) if (m := _OWNED_FAMILY.fullmatch(name))}
    if len(owners) != 1:
        return list(given)
    [(owner, family)] = owners.items()
    return [
        family if name in _PRONOUN_FAMILY and owner.lower() in text.lower() else name
        for name, text in zip(given, texts, strict=True)
    ]


_PRONOUN_FAMILY = frozenset(("Her family", "His family", "her family", "his family"))


_OWNED_KIN = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}['’]s\s+(?:mother|father|wife|husband|sister"
    r"|brother|daughter|son|grandmother|grandfather|aunt|uncle|cousin|widow|girlfriend"
    r"|boyfriend|fiancée?)"
)
"""A relation named by its owner ("Price's mother")."""


def relations_named(given: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each relation named by its owner as the one speaker of the cluster its own article
    names right after it, with or without a comma: "Price's mother, who could be a key
    witness, said" is the "Jennifer Rivers" of "Price's mother Jennifer Rivers, who was with
    him when he was shot, said" (multi_news-val-5484)."""
    if not any("s " in name and _OWNED_KIN.fullmatch(name) for name in set(given)):
        return list(given)
    people = {name for name in given if " " in name and name[:1].isupper() and "s " not in name}
    found: dict[tuple[str, str], str | None] = {}
    for name, text in zip(given, texts, strict=True):
        if (name, text) not in found and "s " in name and _OWNED_KIN.fullmatch(name):
            named = {
                person
                for person in people
                if f"{name} {person}" in text or f"{name}, {person}" in text
            }
            found[name, text] = named.pop() if len(named) == 1 else None
    return [found.get((name, text)) or name for name, text in zip(given, texts, strict=True)]


def relations_by_role(given: Sequence[str], roles: Sequence[str | None]) -> list[str]:
    """Each relation named by its owner as the one speaker the cluster gives that relation,
    by the owner's name or a word of it, as a role: "“A bad way, bad way,” his father
    responded." ("Michael Dunn's father") is the "Phillip Dunn" whose role "Dunn's father"
    the article read from "Dunn's father told him ... ¶ ... Phillip Dunn said again" (raw
    validation 0-based 121 [2]); "Xu Wenli's wife" the "He Xintong" of "Xu's wife, He
    Xintong, said" (DUC d31050t). A relation two named speakers are given is no one's."""
    owned = {name for name in set(given) if "s " in name and _OWNED_KIN.fullmatch(name)}
    if not owned:
        return list(given)  # a test first: most clusters quote no one by whose kin they are
    held: dict[tuple[frozenset[str], str], set[str]] = {}
    for name, role in zip(given, roles, strict=True):
        if role and name not in owned and name[:1].isupper() and _OWNED_KIN.fullmatch(role):
            held.setdefault(_owner_and_kin(role), set()).add(name)
    named = {}
    for name in owned:
        owner, kin = _owner_and_kin(name)
        people = {
            person
            for (words, relation), holders in held.items()
            if relation == kin and (words <= owner or owner <= words)
            for person in holders
        }
        if len(people) == 1:
            named[name] = people.pop()
    return [named.get(name, name) for name in given]


def _owner_and_kin(relation: str) -> tuple[frozenset[str], str]:
    """The words of a relation's owner and the relation: "Dunn's father" is ({"Dunn"},
    "father")."""
    owner, _, kin = relation.replace("’", "'").rpartition("'s ")
    return frozenset(owner.split()), kin


def full_first_names(given: Sequence[str], roles: Sequence[str | None]) -> list[str]:
    """Each speaker whose first name is the short form that opens one other speaker's first
    name, the rest of the name the same, as that fuller name: "Jon Hubbard" of one article
    is the "Jonathan Hubbard" of another (multi_news-val-4313), "Chris Barling" the
    "Christopher Barling" (5484). Not where the roles the two are given share no word
    (two people of one family have other roles), nor where two fuller names open so."""
    firsts: dict[str, set[str]] = {}
    for name in set(given):
        first, _, rest = name.partition(" ")
        if rest and first[:1].isupper():
            firsts.setdefault(rest, set()).add(first)
    longer: dict[str, str] = {}
    for rest, others in firsts.items():
        for first in others if len(others) > 1 else ():
            fuller = [more for more in others if more != first and more.startswith(first)]
            if len(first) >= 3 and len(fuller) == 1:
                longer[f"{first} {rest}"] = f"{fuller[0]} {rest}"
    if not longer:
        return list(given)
    said: dict[str, set[str]] = {}
    for name, role in zip(given, roles, strict=True):
        if role and (name in longer or name in longer.values()):
            said.setdefault(name, set()).update(role.lower().split())
    full = {
        name: other
        for name, other in longer.items()
        if name not in said or other not in said or said[name] & said[other]
    }
    return [full.get(name, name) for name in given]
