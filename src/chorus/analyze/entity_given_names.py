"""People no window read, named by the shape of their name alone: a common first name and a
surname ("Jimmy Carter", raw 221; "Republican Ted Cruz", raw 230), or a first name and a
surname after a lawmaker's abbreviated title ("Republican Sen. Cindy Hyde-Smith", raw 248), or
in a list of lawmakers after their title in the plural ("Sens. Marco Rubio of Florida and
Lindsey Graham of South Carolina", raw 72), or any given name before a surname the text
writes after a courtesy title ("Kofi Annan" and "Mr Annan", raw 76).
The recognizer reads the MAX_NAMES names the most articles share (entity_windows.py), so a
president or senator named once in passing is never read; `entity_speakers.
listed_with_speakers` lists these as it lists the quotes' speakers, after its own checks
(no known name or read body in them, no body's last word) and only in the room the read
names leave under the cap."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from chorus.analyze.entity_endings import by_ending
from chorus.analyze.entity_forms import is_a_title
from chorus.analyze.entity_lists import KNOWN, PEOPLES
from chorus.analyze.entity_mention_windows import every_mention, next_mention
from chorus.analyze.entity_pieces import HOLDERS
from chorus.analyze.model import EntityLabel
from chorus.language.first_name_genders import FIRST_NAMES

_PARTIES = frozenset(("Republican", "Democrat", "Democratic", "Independent", "GOP"))
"""A party's word before a lawmaker's name ("Republican Ted Cruz"), no part of it."""
_POSTS = _PARTIES | HOLDERS
"""Words before a name that are none of it: a party's, a post's ("Minister Benjamin
Netanyahu", raw 120, "Prime" opening the sentence)."""
_LAWMAKERS = frozenset(("Sen.", "Rep.", "Gov.", "Sens.", "Reps."))
"""Titles only a person's name follows: after one, any given name opens a full name ("Sen.
Cindy Hyde-Smith"; "Democratic Sens. Sherrod Brown", raw 178, the plural no title of
`is_a_title`), not only a common one."""
_LISTED_NAME = r"[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][A-Za-z’'-]+"
_LISTED_AFTER = r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| \([A-Z][\w.-]{0,8}\))?"
_LAWMAKERS_LISTED = re.compile(
    rf"\b(Sens\.|Reps\.) ((?:{_LISTED_NAME}{_LISTED_AFTER}, )*{_LISTED_NAME}{_LISTED_AFTER}"
    rf",? and {_LISTED_NAME})"
)
"""A list of lawmakers after their title in the plural, each a given name and a surname, a
state after "of" or a party's and state's brackets after it if any, the last after "and":
"Sens. Ted Cruz of Texas and Rand Paul of Kentucky" (raw 72), "Reps. Mark Meadows (R-NC),
Jim Jordan (R-OH), and Matt Gaetz (R-FL)" (raw 208)."""
_LISTED_ONE = re.compile(rf"({_LISTED_NAME}){_LISTED_AFTER}(?:,? and |, |$)")
_SURNAME = re.compile(r"(?:[A-Z]\. )?(?:[A-Z][a-z]?[’'])?[A-Z][a-z][A-Za-z]*(?:-[A-Z][a-z]+)?")
"""A surname, after a middle initial if any: "Carter", "B. Comey", "O'Brien", "McSally",
"Hyde-Smith"; not initials ("FBI"), nor a word with a digit."""
_GIVEN = re.compile(r"[A-Z][a-z]+")
_GENERATIONS = frozenset(("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"))
"""No surname: "Donald Jr" is a son named short."""
_THINGS_AFTER = re.compile(
    r" (?:laws?|era|films?|movies?|books?|series|franchise|brand|hospital|award|prize)\b"
)
"""A thing's noun right after a name makes it the thing's: "Jim Crow laws" (raw 151)."""
_ONE_WORD_BEFORE = re.compile(r"[,:] [A-Z][\w&'’.-]*, $")
_ONE_WORD_AFTER = re.compile(r", [A-Z][\w&'’.-]*[,.]")
"""A list's items of one word either side: "brands: Kraft, Heinz, Sara Lee, Pepsico, etc."
(raw 85) lists companies, whose names a person's list would not write so."""


def lawmakers_listed(text: str) -> list[str]:
    """Each full name of a list of lawmakers after their title in the plural
    (`_LAWMAKERS_LISTED`), as a run that title opens, for `people_by_first_names`: "Lindsey
    Graham" of "Sens. Marco Rubio of Florida and Lindsey Graham of South Carolina" is a
    senator whatever his first name, which is none of FIRST_NAMES (a name given to both
    sexes)."""
    return [
        f"{listed[1]} {one[1]}"
        for listed in _LAWMAKERS_LISTED.finditer(text)
        for one in _LISTED_ONE.finditer(listed[2])
    ]


_COURTESY_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr)\.? ((?:[A-Z][a-z]?[’'])?[A-Z][a-z][A-Za-z]*(?:-[A-Z][a-z]+)?)\b"
)
"""A surname after a courtesy title, without its possessive: "Mr Annan's proposals"."""


def given_names_by_courtesy(runs: Iterable[str], text: str) -> set[str]:
    """The runs of two words whose second `text` writes after a courtesy title
    (`_COURTESY_SURNAME`) and whose first, no title, post, known name or people's, it
    writes nowhere but before that surname, never in lower case and never after a
    capitalised word but a title: a person's given name and surname, whatever the given
    name ("Kofi Annan", written twice beside "Mr Annan" and "Annan spokesman", raw 76;
    "Kofi" is none of FIRST_NAMES). Left: a word written elsewhere too ("President Trump",
    "February Trump" beside "Mr. Trump"), a word's capital opening a question or a line
    ("Did Trump have", "Played Thatcher as"), a middle name ("Mary Jo White")."""
    surnames = {m[1] for m in _COURTESY_SURNAME.finditer(text)}
    if not surnames:
        return set()
    found = set()
    for run in runs:
        given, _, surname = run.partition(" ")
        if (
            surname in surnames
            and _GIVEN.fullmatch(given)
            and not _no_given_name(given)
            and next_mention(text, given.lower(), 0) < 0
            and all(
                text.startswith(f" {surname}", at + len(given)) and not _after_a_name(text, at)
                for at in every_mention(text, given)
            )
        ):
            found.add(run)
    return found


CAPITALISED_BEFORE = re.compile(r"([A-Z][\w’'.-]*) $")
"""A capitalised word and a space closing a text (searched up to a mention: the word right
before it)."""


def _after_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word other than a title is written right before `at`."""
    before = CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and not _no_given_name(before[1]) and before[1] not in _LAWMAKERS


def _no_given_name(word: str) -> bool:
    """Whether `word` is a title, a post, a known name or a people's."""
    return is_a_title(word) or word in _POSTS or word in KNOWN or word in PEOPLES


def people_by_first_names(
    runs: Iterable[str], taken: Collection[str], vouched: Collection[str] = ()
) -> list[str]:
    """The full names the capitalised `runs` close on, not in `taken`: a first name of
    FIRST_NAMES (or any given name after one of _LAWMAKERS) and one surname, after nothing
    but titles, parties, peoples and known places ("Texas Sen. Ted Cruz" → "Ted Cruz"), or
    a run of `vouched` (`given_names_by_courtesy`) whole. A run of more words after the
    first name is left: a headline's ("Jimmy Carter Dies") or a body's ("George Washington
    University")."""
    found = []
    for run in runs:
        words = run.split(" ")
        if len(words) < 2 or run in taken:
            continue
        given = 0 if run in vouched else _given_at(words)
        if given < 0:
            continue
        surname = " ".join(words[given + 1 :])
        if surname.endswith(".") and surname[-3:-1].isalpha():  # a sentence's stop: "Romney."
            surname = surname[:-1]
        name = f"{words[given]} {surname}"
        if (
            _SURNAME.fullmatch(surname)
            and surname not in _GENERATIONS
            and name not in taken
            and by_ending(name, "person") == "person"
            and by_ending(name, "organisation") == "organisation"
        ):
            found.append(name)
    return _one_per_person(found)


def _one_per_person(names: list[str]) -> list[str]:
    """One name for each first name and surname, the one with a middle initial: "David B.
    Yoffie" beside "David Yoffie" (DUC d31033t) is one man."""
    kept: dict[tuple[str, str], str] = {}
    for name in sorted(names, key=len, reverse=True):
        kept.setdefault((name.partition(" ")[0], name.rpartition(" ")[2]), name)
    return sorted(kept.values())


def listable(names: Iterable[str], text: str, labels: Mapping[str, EntityLabel]) -> list[str]:
    """`names` but those every mention of which in `text` is a thing's (`_a_thing`), those
    opening a listed person's longer name ("Daniel Valencia" of raw 156's "Daniel Valencia
    del Toro", cut at "del": his surname alone would have been a second row's), and those
    whose first name is a listed person's surname: with "Paul Ryan" listed, "Paul said"
    would be no one's, and raw 151's Rand Paul lost four mentions."""
    people = [name for name, label in labels.items() if label == "person" and " " in name]
    surnames = {name[name.rfind(" ") + 1 :] for name in people}
    return [
        name
        for name in names
        if name.partition(" ")[0] not in surnames
        and not any(person.startswith(f"{name} ") for person in people)
        and not all(_a_thing(text, at, at + len(name)) for at in every_mention(text, name))
    ]


def _a_thing(text: str, start: int, end: int) -> bool:
    """Whether a name's mention is a thing's, by a noun after it or the list it is in."""
    return _THINGS_AFTER.match(text, end) is not None or (
        _ONE_WORD_AFTER.match(text, end) is not None
        and _ONE_WORD_BEFORE.search(text, max(start - 40, 0), start) is not None
    )


def _given_at(words: list[str]) -> int:
    """Where the first name opens in a run's words, after titles, posts and such alone, or
    -1."""
    for at, word in enumerate(words[:-1]):
        if word in FIRST_NAMES or (
            at and words[at - 1] in _LAWMAKERS and _GIVEN.fullmatch(word) and at + 2 == len(words)
        ):
            return at
        if not (
            is_a_title(word)
            or word in _LAWMAKERS
            or word in _POSTS
            or word in KNOWN
            or word in PEOPLES
            or _owner(word) in KNOWN
        ):
            return -1
    return -1


def _owner(word: str) -> str:
    """The name a possessive word is of ("CNN" of "CNN's", raw 151's "CNN's Bill Weir": a
    known body owning a person is no part of the person's name), or the word."""
    return word.removesuffix("'s").removesuffix("’s")
