"""A person's surname read alone and the full name the text writes it in: "Tagliabue" of
"Commissioner Paul Tagliabue", where the budget of names read left the full name; and a
read person's surname the text also writes after another first name ("Linda Lyons" beside
Mike Lyons): two people; a first name read alone that the text writes before one
surname and otherwise alone ("Harry" of "Harry Reid", "Kendra" of "Kendra
Wilkinson-Baskett"): that person (a name written before ", Jr.": entity_generations.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from chorus.analyze.entity_first_names import joined_mentions, surname_forms
from chorus.analyze.entity_forms import is_a_title
from chorus.analyze.entity_mention_windows import windows_alone
from chorus.analyze.entity_votes import Recognizer, majority, vote
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.given_name_forms import SHORT_FORMS, SHORT_PAIRS
from chorus.model import Sentence

_POSTS = frozenset(
    ("President", "Premier", "Chancellor", "Chairman", "Speaker", "King", "Queen", "Pope")
)
"""Posts written before a surname alone ("President Suharto"): no first name."""
_OPENING = "(“\"‘'"


def surnames_written_whole(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A one-word person no read full name ends, mapped to the one "First Surname" (or
    "First M. Surname": "Robert S. Mueller III") the text writes it in, where the first
    word is no title and is never written in lower case (no "When Snyder"): "Tagliabue"
    of "Commissioner Paul Tagliabue", "Snyder" of "Gov. Rick Snyder’s", "Edwards" of "Marc
    Edwards, the Virginia Tech professor" (the budget of names read left the full names).
    Two full names of one surname, none, unless one is the other's short form
    (`_one_given_name`)."""
    if not (lone := surnames_alone(labels)):
        return {}
    written = first_names_written(lone, labels, text)
    return {
        surname: f"{first} {surname}"
        for surname, firsts in written.items()
        if (first := _one_given_name(firsts)) is not None
    }


def _one_given_name(firsts: set[str]) -> str | None:
    """The one given name of `firsts`: the only one, or of a given name and its short form
    (SHORT_PAIRS) the given name, one person written both ways ("Randall Hackett", "Randy
    Hackett" and "Mr. Hackett", raw 164); None for two people."""
    if len(firsts) == 1:
        return next(iter(firsts))
    if len(firsts) == 2 and frozenset(firsts) in SHORT_PAIRS:
        return next(first for first in firsts if first not in SHORT_FORMS)
    return None


def surnames_alone(labels: Mapping[str, EntityLabel]) -> list[str]:
    """One-word people (letters only) no read person's full name ends: surnames read alone."""
    people = [name for name, label in labels.items() if label == "person"]
    ended = {last for name in people if " " in name for last in surname_forms(name)}
    return [name for name in people if " " not in name and name.isalpha() and name not in ended]


def first_names_written(
    surnames: Sequence[str], labels: Mapping[str, EntityLabel], text: str
) -> dict[str, set[str]]:
    """Each of `surnames` mapped to the first names `text` writes it after (as
    `_first_name_before` takes them, `labels` the names no first name is) whose first word
    `text` never writes in lower case ("When Snyder" is no one)."""
    written: dict[str, set[str]] = defaultdict(set)
    # each surname found by `str.find`: a regex over the text cost ~90 µs a cluster
    for surname in surnames:
        at = text.find(f" {surname}")
        while at > 0:
            if (first := _first_name_before(text, at, surname, labels, opening=True)) is not None:
                written[surname].add(first)
            at = text.find(f" {surname}", at + 1)
    # each first word looked for in lower case once: a search of the whole text
    lowered = {first for firsts in written.values() for first in firsts}
    lowered = {first for first in lowered if f"{first.partition(' ')[0].lower()} " in text}
    return {surname: kept for surname, firsts in written.items() if (kept := firsts - lowered)}


_OFFICES = ("President ", "Senator ", "Sen. ", "Governor ", "Gov. ", "Rep. ", "Congress")
_OFFICE_RUN = re.compile(
    r"(?:President|Senator|Sen\.|Governor|Gov\.|Rep\.|Congress(?:wo)?man) [A-Z][a-z]+"
    r" ([A-Z][\w'’]+)\.?"
)
"""An elected office, a first name and a surname, a candidate run whole: "mocked President
Donald Trump.", "Sen. Alfonse D'Amato". Offices only a person holds: "Dr. George Gallup"
founded the poll that bears his name."""


def surnames_after_an_office(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> list[str]:
    """One-word organisations a candidate run (`Reading.names`) writes after an elected
    office and a first name: that person's surname, read as a body from its other windows
    ("Trump Tower", "the Trump administration", raw 137; DUC 13's D'Amato, 60 mentions).
    The runs, not the text, are searched: a search of a cluster's text costs ~6 µs."""
    bodies = {
        name
        for name, label in labels.items()
        if label == "organisation" and " " not in name and name[:1].isupper() and not name.isupper()
    }
    if not bodies:
        return []
    return [
        found[1]
        for run in runs
        if run.startswith(_OFFICES)
        and (found := _OFFICE_RUN.fullmatch(run)) is not None
        and found[1] in bodies
    ]


_OFFICE_SURNAME = re.compile(r"(?:President|Senator|Sen\.|Governor|Gov\.|Rep\.) ([A-Z][a-z]+)\.?")
"""An elected office and one surname, a candidate run whole: "President Obama", and
"President Obama." closing a sentence."""


def surnames_after_an_office_alone(
    labels: Mapping[str, EntityLabel], runs: Collection[str], read: Collection[str]
) -> set[str]:
    """Surnames a candidate run (`Reading.names`) writes right after an elected office that
    no window read (`read`, the names read for) and no label holds: a person ("a photo of
    President Obama", [2] and [3] of raw 128, whose runs, one closing on a full stop, each
    lost the window budget to a background article's names). Not where another run writes
    the surname after other words (d31028t's "Hillary Rodham Clinton" beside "President
    Clinton": the surname alone is no one's) nor a read name opens on it ("Trump Tower")."""
    found = set()
    for run in runs:
        if run.startswith(_OFFICES) and run not in read and (m := _OFFICE_SURNAME.fullmatch(run)):
            surname = m[1]
            if surname not in labels and not any(
                n.endswith(f" {surname}") or n.startswith(f"{surname} ") for n in labels
            ):
                found.add(surname)
    if not found:
        return found  # most clusters
    others = [run for run in runs if not run.startswith(_OFFICES)]
    return {s for s in found if not any(run.endswith((f" {s}", f" {s}.")) for run in others)}


_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s\b)?(?![\w'’-])(?! [A-Z])")
"""A surname right after a first name: one capitalised word, a hyphen's pair ("Wasserman-
Schultz") allowed, its possessive too ("John Ramsey's decision"), ending the run (not
"Jessica" of "Sarah Jessica Parker")."""
_ANOTHER_WORD = re.compile(r"[ -]?[A-Z\d]")
_RUNS_ON = re.compile(r" ([A-Z][a-z]+) [A-Z]")


def first_names_before_one_surname(
    labels: Mapping[str, EntityLabel], text: str
) -> dict[str, tuple[str, bool]]:
    """A one-word person (a capital, then lower case) whom the text writes right before one
    and the same surname, that word no read name, and otherwise alone (before no other
    capitalised word), mapped to the full name and whether it is also written alone:
    "Harry" of "Senate Majority Leader Harry Reid" (the window of John Boehner's name ended
    on "Harry"), "Tim" of "Tim Pawlenty aide Sarah Huckabee Sanders" (raw 112), "Kendra"
    of "reality star Kendra Wilkinson-Baskett" and then "Kendra" (raw 203). The full name,
    not read, was not listed."""
    lone = [
        name
        for name, label in labels.items()
        if label == "person" and name.isalpha() and name[:1].isupper() and name[1:].islower()
    ]
    if not lone:
        return {}
    # written alone too, a read person's surname is no first name ("Davis" of Wendy Davis,
    # once before "Run"), nor is a first name before another read person's surname
    # ("Melissa" beside Aaron Klein) but that person's ("Kris" of Kris Humphries), or
    # one of a family's, a surname two read people share ("John" of John Ramsey beside
    # Patsy and Burke Ramsey, raw 69: written alone, that surname is no one's)
    ended = Counter(last for name in labels if " " in name for last in surname_forms(name))
    found = {}
    for first in lone:
        surnames = set()
        at = text.find(first)
        while at >= 0 and len(surnames) < 3:
            end = at + len(first)
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                surnames.add(written_after(text, end))
            at = text.find(first, end)
        alone = "" in surnames
        surnames.discard("")
        # a body named for the person runs on from the full name written whole ("Heather
        # Heyer, 32, was killed", "The Heather Heyer Foundation", raw 117)
        ran = {s for s in surnames if s and s[0] == "+"}
        if ran and {s[1:] for s in ran} <= surnames:
            surnames -= ran
        if len(surnames) != 1 or not (last := surnames.pop()) or last[0] == "+" or last in labels:
            continue
        whole = f"{first} {last}"
        if not alone or (first not in ended and (ended[last] != 1 or whole in labels)):
            found[first] = (whole, alone)
    return found


def written_after(text: str, end: int) -> str | None:
    """The surname after a first name ending at `end`, "" for none, "+" and the word for a
    capitalised word running on into another ("+Take" of "Kim Take New York"), None for
    any other run."""
    if (after := _SURNAME_AFTER.match(text, end)) is not None:
        return after[1]
    if (run := _RUNS_ON.match(text, end)) is not None:
        return f"+{run[1]}"
    return None if _ANOTHER_WORD.match(text, end) else ""


def kin_written_whole(
    labels: Mapping[str, EntityLabel],
    sentences: Sequence[Sentence],
    text: str,
    recognizer: Recognizer,
) -> set[str]:
    """Full names the text writes with a read person's surname and another first name, the
    budget of names read having left them: "Linda Lyons, 60, who lives" beside her son Mike
    Lyons. The first name as `surnames_written_whole` takes it, or opening a sentence; not a
    word of the read name ("Wasserman Schultz"), nor one of the same two first letters or a
    nickname of its first name, one person's other spelling ("Jon", "Jonathan"; "Bob",
    "Robert"); those the recognizer reads whole as a person where first written alone
    (`windows_alone`; "Despite Obama" is no one)."""
    people = [name for name, label in labels.items() if label == "person" and " " in name]
    read = {last: name for name in people for last in surname_forms(name)}
    if not read:
        return set()
    kin = {
        whole for surname, name in read.items() for whole in _kin_of(text, surname, name, labels)
    }
    # a first word written in lower case opens a sentence ("Will Clinton ...", "Top Obama")
    if not (
        kin := {n for n in kin - labels.keys() if f"{n.partition(' ')[0].lower()} " not in text}
    ):
        return set()
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    vote(windows_alone(sentences, sorted(kin)), recognizer, votes)
    return {name for name in kin if name in votes and majority(votes[name]) == "person"}


def _kin_of(text: str, surname: str, name: str, labels: Mapping[str, EntityLabel]) -> set[str]:
    """The full names `text` writes with the read person `name`'s `surname` and another
    first name (`kin_written_whole`)."""
    kin = set()
    # most words before a surname are no first name ("said Trump", "Mr. Trump", "Donald"):
    # each word alone looked at once (a middle initial taken: "Robert S. Mueller")
    looked: dict[str, bool] = {}
    at = text.find(f" {surname}")
    while at > 0:
        word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
        if word not in looked:
            looked[word] = word[1:] == "." or (
                _another_first_name(word, name) and _a_first_name(word, labels)
            )
        if (
            looked[word]
            and (first := _first_name_before(text, at, surname, labels, opening=True))
            and _another_first_name(first.partition(" ")[0], name)
        ):
            kin.add(f"{first} {surname}")
        at = text.find(f" {surname}", at + 1)
    return kin


def kin_in_passing(kin: Collection[str], sentences: Sequence[Sentence]) -> set[str]:
    """The kin whose full name opens no sentence: named in passing ("her second husband Jeff
    Davis, a lawyer", "his grandfather, Budd Johnson"), they take no surname written alone
    (`surnames_of_kin`), and no quoted surname is theirs either."""
    return {
        name for name in kin if not any(s.text.lstrip(_OPENING).startswith(name) for s in sentences)
    }


def surnames_of_kin(
    listed: Mapping[str, list[Excerpt]], kin: Collection[str], forms: Mapping[str, str]
) -> dict[str, list[Excerpt]]:
    """A read person's mentions by surname alone whose last full name before them in their
    article is a kin's opening a sentence (`kin_written_whole`): the kin's. "Linda Lyons,
    60, ... said" then "“I flew into the house,” Lyons said" is hers, not her son Mike
    Lyons'; after "his grandfather, Budd Johnson", "Johnson" is still Albert Johnson. The
    mentions of each person and kin that change, by name."""
    moved: dict[str, list[Excerpt]] = {}
    for name in sorted(kin & listed.keys()):
        surname = name.rpartition(" ")[2]
        person = forms.get(surname, name)
        if person == name or person not in listed:
            continue
        mine = moved.get(person, listed[person])
        # every full name's place, the kin's marked: a surname alone after one is theirs
        marks = sorted(
            [(m.article.id, m.start, True) for m in listed[name] if _opens_a_sentence(m)]
            + [(m.article.id, m.start, False) for m in mine if m.text != surname]
        )
        if near := {at for at, m in enumerate(mine) if m.text == surname and _after_kin(marks, m)}:
            moved[person] = [m for at, m in enumerate(mine) if at not in near]
            moved[name] = joined_mentions([mine[at] for at in near], listed[name])
    return moved


def _opens_a_sentence(mention: Excerpt) -> bool:
    """Whether a mention opens its sentence, the one it is then about: "Linda Lyons, 60, who
    lives ..." (not "his father, Bernard Spitzer", nor "Robert and Diana Mercer")."""
    text, start = mention.article.text, mention.start
    before = text[max(0, start - 8) : start].rstrip(" “\"‘'")
    return before[-1] in ".!?\n" if before else start <= 8


def _after_kin(marks: list[tuple[str, int, bool]], mention: Excerpt) -> bool:
    """Whether the last full name before `mention` in its article is the kin's: `marks`,
    every full name's (article, start, the kin's?), in order."""
    before = bisect_left(marks, (mention.article.id, mention.start)) - 1
    return before >= 0 and marks[before][0] == mention.article.id and marks[before][2]


def _another_first_name(first: str, name: str) -> bool:
    """Whether `first` is no word of the full `name` in either case ("De" of F.W. de Klerk)
    nor its first name spelled otherwise."""
    words = name.split(" ")
    return (
        first.lower() not in name.lower().split(" ")
        and first[:2] != words[0][:2]
        and frozenset((first, words[0])) not in SHORT_PAIRS
    )


def _first_name_before(
    text: str, at: int, surname: str, labels: Mapping[str, EntityLabel], opening: bool = False
) -> str | None:
    """The first name before the space at `at` that opens `surname` in `text`, if one is:
    the surname a whole word running on into no capital, the word before it a first name
    (`_a_first_name`) after a word and a space, not a sentence's first word ("While
    Rihanna", nor after "!" or "?") unless `opening` and the name closes on a comma or "and"
    and a capital, and that word no capitalised one but a title (no longer name's end:
    "(“Cal Poly Pomona”)") nor a number (a station's: "KOIN 6 News BOLI")."""
    if not _WHOLE_WORD.match(text, at + 1 + len(surname)):
        return None
    opens = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    first = text[opens:at]
    if _INITIAL.fullmatch(first) and text[opens - 1 : opens] == " ":
        # a middle initial: the first name is the word before it ("Robert S. Mueller III")
        opens = max(text.rfind(" ", 0, opens - 1), text.rfind("\n", 0, opens - 1)) + 1
        first = text[opens:at]
    if not _a_first_name(first.partition(" ")[0], labels):
        return None
    # ... as "Linda Lyons, 60, who": "Top Obama campaign adviser" is no one; or another name
    # after "and": "Erik Lustgarten and Tracy Neff were in Portland" (multi_news-val-2484)
    end = at + 1 + len(surname)
    closed = opening and (
        text[end : end + 1] == ","
        or (text.startswith(" and ", end) and text[end + 5 : end + 6].isupper())
    )
    if text[opens - 1 : opens] != " ":
        return first if closed and (opens == 0 or text[opens - 1] == "\n") else None
    before = text[
        max(text.rfind(" ", 0, opens - 1), text.rfind("\n", 0, opens - 1)) + 1 : opens - 1
    ]
    if before[-1:] in ("!", "?"):  # a sentence the splitter left whole: "elections! Fire Snipes!"
        return first if closed else None
    if before.isdigit():  # "told KOIN 6 News BOLI would ..." (raw 242): no "News BOLI"
        return None
    # a capitalised word closed by a comma ends a clause, no longer name ("appearing on
    # Today Parents, Nicole Hockley writes"); a post is no name's end ("President Barack
    # Obama", whose "Obama" the text writes alone)
    opener = before.lstrip(_OPENING)
    return (
        first
        if not opener[:1].isupper() or before[-1] == "," or is_a_title(before) or opener in _POSTS
        else None
    )


_WHOLE_WORD = re.compile(r"(?!\w)(?! [A-Z])|(?= (?:Jr\.|Sr\.|II|III|IV)(?!\w))")
"""A surname's end: no capital after it but a generation's ("Mueller III", listed without)."""
_INITIAL = re.compile(r"[A-Z]\.")


def _a_first_name(word: str, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether `word`, before a surname, may be a first name: capitalised letters, no read
    name, post nor title (`surnames_written_whole` asks that it is never written in lower
    case: no "When Snyder")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and word[1:].islower()
        and word not in labels
        and word not in _POSTS
        and not is_a_title(word)
    )
