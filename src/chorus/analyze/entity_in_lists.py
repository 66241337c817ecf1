"""A name's label by the list it is written in: a list is of one kind. A name closing a
list of businesses ("brands including Gucci, Yves Saint Laurent and Alexander McQueen"), or
written after "and" and a read organisation ("Etihad Airways, and Emirates"), is an
organisation's; so is a person's full name after "and" and a group's name of the same first
word ("Jefferson Airplane and Jefferson Starship"). A name read as a place after "and" and a
read person is a person's ("Darby and Crystal Munoz"), and so is one whose possessive "and"
pairs with a read person's ('Hurley's every "Dude" and Sawyer's every nickname'), and a full
name read as an organisation before "and" and a read person's ("Ally Brooke and Dinah
Jane"). Split from entity_cues.py, whose words before a mention these read."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from chorus.analyze.entity_cues import LIST_END, runs_on
from chorus.analyze.entity_endings import by_ending
from chorus.analyze.model import EntityLabel

_GROUPS_LISTED = re.compile(
    r"\b(?:brands|labels|houses|companies|firms|retailers|chains),? (?:including|such as|like) "
    r"(?:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*(?:, |,? and ))+$"
)
"""A list of businesses a name closes: "Kering houses brands including Gucci,
Yves Saint Laurent and Alexander McQueen" (a person by the recognizer): a designer's brand."""


def listed_as_a_group(text: str, start: int) -> EntityLabel | None:
    """Organisation, for a mention at `start` in `text` closing a list of businesses after
    `LIST_END` (_GROUPS_LISTED), looked for up to 100 characters back."""
    return "organisation" if _GROUPS_LISTED.search(text, max(start - 100, 0), start) else None


LISTED_ENDS = (LIST_END, "'s ", "’s ")
"""How the text before a name `listed_after_a_group` looks at ends."""
_OWNER = re.compile(r"[A-Z][\w.-]*['’]s $")
_ITEM_WORDS = 4


def listed_after_a_group(
    text: str,
    start: int,
    after: str,
    forms: Mapping[str, str],
    labels: Mapping[str, EntityLabel],
) -> EntityLabel | None:
    """Organisation, for a mention at `start` in `text` (`after` the characters after it)
    after "and" (or after "and" and an
    owner's possessive) closing a list whose item before it is a read organisation's name
    (of two to four words, or initials; `forms` maps its spellings to it): raw 217's
    airlines "Etihad Airways, and Emirates" and "LATAM, and Italy’s Meridiana" (places by
    the recognizer), raw 179's "SynCardia Systems and Abiomed" (a person). A list is of
    one kind. Not a word the recognizer may have misread ("O'Hare and Midway", airports;
    "Lincoln and Brainard", streets), nor a mention running on into another name ("the
    Spirit and Seattle Reign")."""
    if runs_on(after):
        return None
    head = text[max(start - 60, 0) : start]
    if owner := _OWNER.search(head):
        head = head[: owner.start()]
    if not head.endswith(LIST_END):
        return None
    words = head[: -len(LIST_END)].rstrip(",").split(" ")
    for size in range(min(_ITEM_WORDS, len(words)), 0, -1):
        item = " ".join(words[-size:])
        if (size > 1 or item.isupper()) and labels.get(forms.get(item, "")) == "organisation":
            return "organisation"
    return None


_PERSON_ITEM = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?),? and $")


def listed_after_a_person(
    text: str, start: int, after: str, forms: Mapping[str, str], people: Collection[str]
) -> EntityLabel | None:
    """Person, for a mention at `start` in `text` (`after` the characters after it) right
    after "and" and a read person's name, whole or a word of it (`people`: the words of the
    full names read as people, and those names; `forms` maps spellings to names): raw 225's
    "Darby and Crystal Munoz", "Darby and Crystal were together" (read as places). Looked at
    for names read as places only: a group after a person is as often theirs ("Zuckerberg
    and Facebook"). A pair only: DUC d30025t's states "Sao Paulo, Rio de Janeiro, Minas
    Gerais and Rio Grande do Sul" (one read as a person). Not a mention running on into
    another name."""
    if runs_on(after):
        return None
    item = _PERSON_ITEM.search(text, max(start - 40, 0), start)
    if item is None or text.endswith(", ", 0, item.start()):
        return None  # a longer list's kind is its own: "Minas Gerais and Rio Grande do Sul"
    return "person" if forms.get(item[1], "") in people else None


_POSSESSIVE_PAIR = re.compile(
    r"['’]s [^.;,:!?\n]{1,30}? and ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)['’]s "
)
"""A possessive paired by "and" with another's: 'Hurley's every "Dude" and Sawyer's every
nickname' (raw 101), matched at the first name's end."""


def paired_with_a_person(
    text: str, end: int, forms: Mapping[str, str], labels: Mapping[str, EntityLabel]
) -> EntityLabel | None:
    """Person, for a mention ending at `end` in `text` written as a possessive that "and"
    pairs with the possessive of a name read as a person (`forms` maps spellings to names):
    the two own things of one sort, a character's words beside another's ('Hurley's every
    "Dude" and Sawyer's every nickname', read as a place). Looked at for names read as
    places only: two places pair so as well ("Crimea's ... referendum and Russia's ...
    move")."""
    pair = _POSSESSIVE_PAIR.match(text, end)
    return "person" if pair is not None and labels.get(forms.get(pair[1], "")) == "person" else None


_ITEM_AFTER = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}")
"""The capitalised words after a name and "and": the item a read organisation may be."""


def listed_before_a_group(
    text: str, end: int, forms: Mapping[str, str], labels: Mapping[str, EntityLabel]
) -> EntityLabel | None:
    """Organisation, for a one-word mention ending at `end` in `text` right before "and" and
    a read organisation's name (of two to four words, or initials; a closing stop or
    semicolon aside): raw 207's carrier "than Verizon and AT&T." (a place by the
    recognizer), as `listed_after_a_group` reads the list the other way."""
    if not text.startswith(LIST_END, end) or not (
        item := _ITEM_AFTER.match(text, end + len(LIST_END))
    ):
        return None
    words = item[0].rstrip(".;").split(" ")
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if (size > 1 or name.isupper()) and labels.get(forms.get(name, "")) == "organisation":
            return "organisation"
    return None


def people_after_a_namesake_group(
    people: Collection[str], groups: Collection[str], text: str
) -> dict[str, EntityLabel]:
    """Organisation, for each of `people` (full names read as a person) written right after
    one of `groups` (names labelled organisation) of its first word and "and" in `text`:
    raw 229's "Jefferson Airplane and Jefferson Starship", the band's later incarnation. Two
    names sharing a first word in one list are of one kind."""
    openers: dict[str, list[str]] = {}
    for group in groups:
        first, space, _ = group.partition(" ")
        if space:
            openers.setdefault(first, []).append(group)
    return {
        person: "organisation"
        for person in people
        if (first := person.partition(" ")[0]) in openers
        and any(f"{group}{LIST_END}{person}" in text for group in openers[first])
    }


_PAIR_CLOSED = re.compile(r" and ([A-Z][a-z]+ [A-Z][a-z][\w'’-]*)[.,]")
"""A full name of two title-case words after "and", closing a list on a stop or a comma:
"... on our list: Tina Fey and Eva Longoria." (its literal opening found by the pattern's
own search, one pass over the text)."""


def people_closing_a_pair(labels: Mapping[str, EntityLabel], text: str) -> list[str]:
    """Full names no window labelled that `text` (the sentences joined) writes after a read
    person's full name and "and", closing the list: people, as the list is of one kind.
    Raw 5's "the two women who tie for first place on our list: Tina Fey and Eva Longoria."
    (the window gave spaCy no span for her), raw 7's "Pete Athans and Liesl Clark, Magic
    Yeti Libraries Director" and raw 173's "Larry Newman and Ron Clark, and ...". Not
    a name ending on a place's or a body's word ("Groom Lake and Homey Airport.", raw 138;
    "Sophie Wright and Felicity Street,", raw 32: entity_endings.by_ending, as
    entity_given_names reads it), nor one running on ("Paul Ryan and Senate Majority leader
    Mitch McConnell")."""
    people = tuple(f"{n} " for n, label in labels.items() if label == "person" and " " in n)
    if not people:
        return []
    found = []
    for match in _PAIR_CLOSED.finditer(text):
        name = match[1]
        if (
            name not in labels
            and text.endswith(people, max(match.start() - 60, 0), match.start() + 1)
            and by_ending(name, "person") == "person"
            and by_ending(name, "organisation") == "organisation"
        ):
            found.append(name)
    return found


_FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
"""A person's full name: two or three title-case words of letters ("Ally Brooke", "Darren
Eamonn Hickey"); not initials, a possessive nor a hyphenated brand."""
_PAIR_OPENINGS = (LIST_END, f",{LIST_END}")
_ARTICLES = ("the ", "The ")


def people_opening_a_pair(labels: Mapping[str, EntityLabel], text: str) -> list[str]:
    """Full names read as organisations that `text` (the sentences joined) writes, after no
    "the", right before "and" (or ", and") and a read person's full name: people, as a list
    is of one kind (`people_closing_a_pair` reads it the other way). The recognizer reads a
    rare first name and a surname at a window's start as a body: raw 117's "Ally Brooke and
    Dinah Jane of the group were in tears", DUC d30056t's "Britons Peter William Kennedy,
    Darren Eamonn Hickey, and Rudolf Franz-Joseph Petschi". Not a thing's name after "the"
    ("The Big Mac and Quarter Pounder don’t change", raw 57), nor one ending on a body's or a
    place's word (entity_endings.by_ending)."""
    people = {n for n, label in labels.items() if label == "person" and " " in n}
    if not people:
        return []
    return [
        name
        for name, label in labels.items()
        if label == "organisation"
        and _FULL_NAME.fullmatch(name)
        and by_ending(name, "person") == "person"
        and by_ending(name, "organisation") == "organisation"
        and any(_before_a_person(text, end, people) for end in _ends_not_after_the(text, name))
    ]


def _ends_not_after_the(text: str, name: str) -> Iterator[int]:
    """Where each mention of `name` in `text` after no "the" ends."""
    at = text.find(name)
    while at >= 0:
        if not text.endswith(_ARTICLES, max(at - 4, 0), at):
            yield at + len(name)
        at = text.find(name, at + 1)


def _before_a_person(text: str, end: int, people: Collection[str]) -> bool:
    """Whether "and" (or ", and") and one of `people`, whole, follow `end` in `text`."""
    for opening in _PAIR_OPENINGS:
        if text.startswith(opening, end) and (item := _ITEM_AFTER.match(text, end + len(opening))):
            words = item[0].split(" ")
            return any(" ".join(words[:size]) in people for size in range(len(words), 1, -1))
    return False
