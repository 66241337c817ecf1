"""First names listed apart from the full name they belong to, joined to it: cut by the
recognizer from a full name ("Sarah" of "Sarah Jessica Parker"), read apart as a place or a
group ("Collin" of "Collin Rose", "Conor" of "Conor Kennedy"), or written alone as a first
name ("Chuck and Nancy" beside "Chuck Schumer" and "Nancy Pelosi"); and a full name whose
first name is short for another's of the same surname ("Matt Whitaker", "Matthew G.
Whitaker")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from chorus.analyze.entity_kinds import after_an_article
from chorus.analyze.entity_lists import KNOWN
from chorus.analyze.entity_names import inside_quotes
from chorus.analyze.model import EntityLabel, Excerpt

_CHINESE_SURNAMES = frozenset(
    (
        *("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu"),
        *("Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang"),
        *("Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao"),
        *("Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei"),
        *("Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Xi", "Xiong", "Qin", "Bo", "Fu", "Zhong"),
    )
)
_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan"
    r"|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u)"
)
_GIVEN_NAME = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
"""A Chinese given name in pinyin: one or two syllables, each opening on a consonant
("Xiong", "Jinping", "Guoming"; not "Lee", "Kim", "Ben")."""
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean or Chinese given name of two syllables joined by a hyphen, the second in lower
case ("Jae-in", "Geun-hye", "Ying-jeou"; not "Wilkinson-Baskett")."""


def surname_first(full_name: str) -> bool:
    """Whether a person's name of two words writes the surname first, as Chinese and Korean
    names do: "Zhang Xiong" is called "Zhang" ("Zhang said"), and a lone "Xiong" is Xiong
    Guoming's; "Moon Jae-in" is "Moon", "Xi Jinping" "Xi"."""
    first, _, given = full_name.partition(" ")
    if not given or " " in given:
        return False
    if _HYPHENED_GIVEN_NAME.fullmatch(given):
        return True
    return first in _CHINESE_SURNAMES and _GIVEN_NAME.fullmatch(given.lower()) is not None


_GENERATIONS = frozenset(("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"))
"""What closes a name after its surname: "III" of "George T. Conway III" is no one's
surname (his mention), nor "II" of "John Paul II" ("World War II" was the pope's). Nor is
the word before it taken: "Trump" beside "Donald Trump Jr." is as often his father."""


def surname_forms(full_name: str) -> tuple[str, ...]:
    """The forms a full name's surname is written alone in: its last word, and without a
    particle joined to it ("Assad" of "Bashar al-Assad", as the seeds write it); the first
    word of a name that writes it first ("Zhang" of "Zhang Xiong")."""
    if surname_first(full_name):
        return (full_name[: full_name.find(" ")],)
    last = full_name.rsplit(" ", 1)[-1]
    if last in _GENERATIONS:
        return ()
    particle, _, rest = last.partition("-")
    return (last, rest) if rest[:1].isupper() and particle.islower() else (last,)


def first_names_cut(
    lone_people: set[str],
    listed: dict[str, list[Excerpt]],
    labels: Callable[[str], EntityLabel],
) -> dict[str, str]:
    """Lone people every mention of which runs on into one listed person's full name, each
    mapped to it: "Sarah" of "Sarah Jessica Parker", "DeAngelo" of "DeAngelo Lamar Davis",
    where the recognizer read the first name and the rest as two people."""
    # most lone people have a mention not followed by a capital: out before any look-up
    firsts = [name for name in lone_people & listed.keys() if all(map(_runs_on, listed[name]))]
    if not firsts:
        return {}
    full = [name for name in listed if " " in name and labels(name) == "person"]
    cut: dict[str, str] = {}
    for first in firsts:
        after = {_person_after(m, full) for m in listed[first]}
        # two first names before one full name ("Sarah", "Jessica"): neither is its cut
        if len(after) == 1 and (person := after.pop()) and person not in cut.values():
            cut[first] = person
    return cut


_COUPLE = re.compile(r" and [A-Z][\w'’-]* ([A-Z][\w'’-]+)")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
"""A capitalised word before a mention: the mention may be a surname ("Stan Lee and Steve
Ditko", written "Lee and S. Ditko")."""


_PLACE_BEFORE = (" of ", " in ", " from ", " at ", " to ", " near ")


def places_maybe_first_names(
    listed: Mapping[str, list[Excerpt]], labels: Callable[[str], EntityLabel]
) -> set[str]:
    """One-word places no list knows and no mention of which follows a preposition: a first
    name the recognizer may have read as a place ("or Tatiana and Alexander Liberman", raw
    81), looked at as a couple's. "of Henderson and Roger Andersen" (raw 138) is a town's,
    and "of Texas and Rand Paul" a state's."""
    return {
        name
        for name, found in listed.items()
        if " " not in name
        and name not in KNOWN
        and labels(name) == "place"
        and not any(m.article.text.endswith(_PLACE_BEFORE, 0, m.start) for m in found)
    }


def first_names_of_couples(
    lone_people: set[str],
    listed: Mapping[str, list[Excerpt]],
    labels: Callable[[str], EntityLabel],
) -> dict[str, tuple[str, list[Excerpt]]]:
    """Lone people written before "and" and a listed person's full name of two words, and
    elsewhere only before that surname, each mapped to their own full name and its
    mentions: "his parents, Phillip and Sandra Dunn" and "Phillip Dunn said" are Phillip
    Dunn's ("Phillip" was listed alone, the surname given to the second name only)."""
    found = {}
    for first in lone_people & listed.keys():
        mentions = listed[first]
        if not any(m.article.text.startswith(" and ", m.end) for m in mentions):
            continue  # most lone people: out before any match
        if any(_after_a_name(m) for m in mentions):
            continue
        couples = [c for m in mentions if (c := _COUPLE.match(m.article.text, m.end))]
        surnames = {c[1] for c in couples if c[0][5:] in listed and labels(c[0][5:]) == "person"}
        if len(surnames) != 1:
            continue
        surname = surnames.pop()
        if all(_COUPLE.match(m.article.text, m.end) or _runs_into(m, surname) for m in mentions):
            found[first] = (f"{first} {surname}", [grown_to(m, surname) for m in mentions])
    return found


def _after_a_name(mention: Excerpt) -> bool:
    """Whether a capitalised word comes right before a mention (`_NAMED_BEFORE`)."""
    text, start = mention.article.text, mention.start
    return _NAMED_BEFORE.search(text, max(start - 30, 0), start) is not None


def grown_to(mention: Excerpt, surname: str) -> Excerpt:
    """A first name's mention grown to the surname written right after it, if it is."""
    if _runs_into(mention, surname):
        return Excerpt(mention.article, mention.start, mention.end + 1 + len(surname))
    return mention


def _runs_on(mention: Excerpt) -> bool:
    """Whether a space and a capital follow `mention`."""
    text, end = mention.article.text, mention.end
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _person_after(mention: Excerpt, people: Sequence[str]) -> str:
    """The person of `people` whose name follows `mention` after one space, or ""."""
    at = mention.end + 1
    return next((p for p in people if mention.article.text.startswith(p, at)), "")


def joined_to_full_name(first: list[Excerpt], full: list[Excerpt]) -> list[Excerpt]:
    """The mentions of a full name, those its cut first name opens grown to hold it."""
    opened = {(m.article.id, m.end + 1): m.start for m in first}
    return [Excerpt(m.article, opened.get((m.article.id, m.start), m.start), m.end) for m in full]


_SHORTEST = 3
"""The fewest letters of a first name written short ("Tim" of "Timothy")."""


def first_names_apart(
    full_names: Iterable[str],
    listed: dict[str, list[Excerpt]],
    labels: Callable[[str], EntityLabel],
    lone_people: set[str],
) -> dict[str, str]:
    """One-word names that open one listed person's full name (of `full_names`, the
    recognizer's people), each mapped to that person: a lone person ("Chuck" and "Nancy"
    of a tweet, "Chuck and Nancy must give us the votes", beside "Chuck Schumer" and "Nancy
    Pelosi"); a place or an organisation whose surname is also written alone, never after
    an article or a possessive: "Collin" (a place) of "Collin Rose" ("Officer Rose"),
    "Areej" of "Areej Ali"; or one read as a group (`_first_name_as_a_group`). "Miami" of
    "Miami Heat" ("the Heat") and "Broward" of "Broward Supervisor" ("the Supervisor") are
    no first names. A group's one word that opens the first name, written short, is that
    first name too ("interest in Thom’s work", an organisation, of Thomas Kinkade; on the
    280 raw and DUC clusters the one such group): not a person's ("Suharto" beside
    "Suhartono Suratman") nor a place's ("Georgia", "Georgiana")."""
    # a full name's first word is seldom listed: looked up before any label
    firsts: dict[str, list[str]] = {}
    shortened = set()  # written short: "Thom" of "Thomas Kinkade"
    for name in full_names:
        if name in listed:
            given = name[: name.find(" ")]
            for end in range(_SHORTEST, len(given) + 1):
                if (first := given[:end]) in listed:
                    firsts.setdefault(first, []).append(name)
                    if end < len(given):
                        shortened.add(first)
    found = {}
    for first, names in firsts.items():
        people = [name for name in names if labels(name) == "person"]
        if len(people) == 1 and (
            _first_name_as_a_group(first, people[0], labels)
            if first in shortened
            else first in lone_people and _written_as_a_first_name(listed[first], people[0])
            if labels(first) == "person"
            else (
                _first_name_as_a_group(first, people[0], labels)
                or _surname_written_alone(people[0], listed[people[0]])
            )
        ):
            found[first] = people[0]
    return found


def _written_as_a_first_name(found: list[Excerpt], person: str) -> bool:
    """Whether no mention of a one-word name runs on into another capitalised word than
    `person`'s surname ("Jimmy" of "Starring Jimmy Fallon" beside "Jimmy Interviews
    Khaleesi", "Keurig Green Mountain", "DeOrr Kunz Jr." beside "DeOrr Kunz Sr"), but in a
    quoted title ("“Kourtney & Kim Take New York”"), or follows an article ("the Hobart
    winter festival" beside "Hobart Lord Mayor"): a first name written so may be another's.
    "Shawn Smith" beside "Shawn J. Smith" is his."""
    surname = person[person.rfind(" ") + 1 :]
    return not any(
        (_runs_on(m) and not _runs_into(m, surname) and not inside_quotes(m.article.text, m.start))
        or after_an_article(m.article.text, m.start)
        for m in found
    )


def _runs_into(mention: Excerpt, surname: str) -> bool:
    """Whether `surname` follows `mention` after a space as a whole word, or with its
    possessive's apostrophe before its last "s" ("Paula Blade's home" beside "Paula
    Blades")."""
    text, at = mention.article.text, mention.end + 1
    forms = (
        (surname, surname[:-1] + "'s", surname[:-1] + "’s") if surname[-1] == "s" else (surname,)
    )
    return any(
        text.startswith(form, at) and not text[at + len(form) : at + len(form) + 1].isalnum()
        for form in forms
    )


def _first_name_as_a_group(first: str, person: str, labels: Callable[[str], EntityLabel]) -> bool:
    """Whether a full name's first word, written alone, was read as an organisation and is
    written as a name is, one capital and no more ("Conor" of "Conor Kennedy", whose
    surname three Kennedys share): a group's one word opening a person's name is rarer than
    a place's ("Miami", "Jordan"), so no surname written alone is asked for. A name ending
    in a numeral is one of several ("the real Napoleon" is not "Napoleon III")."""
    return (
        labels(first) == "organisation"
        and first[1:].islower()
        and not person[person.rfind(" ") + 1 :].isupper()
    )


def _surname_written_alone(name: str, found: list[Excerpt]) -> bool:
    """Whether a person's surname is among `found`, its mentions, and never right after an
    article or a possessive there."""
    surname = name[name.rfind(" ") + 1 :]
    alone = [m for m in found if m.article.text[m.start : m.end] == surname]
    return bool(alone) and not any(after_an_article(m.article.text, m.start) for m in alone)


_KIN = frozenset(
    (
        *("mother", "father", "mom", "dad", "sister", "brother", "daughter", "son", "wife"),
        *("husband", "aunt", "uncle", "cousin", "grandmother", "grandfather", "niece"),
        *("nephew", "stepmother", "stepfather"),
    )
)


def _word_before(mention: Excerpt) -> str:
    """The word right before `mention`, after one space, or ""."""
    head = mention.article.text[max(mention.start - 20, 0) : mention.start]
    return head[head.rfind(" ", 0, -1) + 1 : -1] if head[-1:] == " " else ""


def first_names_theirs(
    first: list[Excerpt], full: list[Excerpt], person: str
) -> tuple[list[Excerpt], list[Excerpt]]:
    """A first name's mentions that are `person`'s, whose full name's mentions are `full`,
    and those another's: after a word for kin that comes before no mention of the full name,
    where another does ("her mother Kris", Kris Jenner, beside "her husband Kris
    Humphries"). Where no kin word comes before the full name, one before the first name
    tells no two people apart: "my daughter Heather" is Heather Heyer, her mother speaking
    (raw 117), "his father John" John Ramsey (raw 69). A mention running
    on into another capitalised word than the surname is neither: a thing's name ("the
    Amber Alert" beside Amber Pasztor)."""
    kin = {word for m in full if (word := _word_before(m)) in _KIN}
    surname = person[person.rfind(" ") + 1 :]
    theirs: list[Excerpt] = []
    others: list[Excerpt] = []
    for mention in first:
        if _runs_on(mention) and not _runs_into(mention, surname):
            continue
        word = _word_before(mention)
        (others if kin and word in _KIN and word not in kin else theirs).append(mention)
    return theirs, others


def joined_mentions(first: list[Excerpt], full: list[Excerpt]) -> list[Excerpt]:
    """The mentions of a full name and of its first name written alone, in text order."""
    return sorted(first + full, key=lambda m: (m.article.id, m.start))


def first_names_written_short(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """People of two words whose first name opens the first name of another person of the
    same surname, each mapped to that name: "Matt Whitaker" → "Matthew G. Whitaker" (two
    people listed, and "Whitaker", shared, joined neither)."""
    people = [n.split(" ") for n, label in labels.items() if label == "person" and " " in n]
    return {
        " ".join(short): " ".join(full)
        for short in people
        if len(short) == 2 and len(short[0]) >= 3
        for full in people
        if full[-1] == short[-1] and full[0] != short[0] and full[0].startswith(short[0])
    }
