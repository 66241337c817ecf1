"""The people a briefing quotes, listed where the recognizer did not read them.

The recognizer reads a window for the MAX_NAMES names the most articles share
(entity_windows.py), so a person quoted in one outlet is often never read (raw 33's Philip
Mannion, 147's Victor Dricks, 238's Craig Robinson): the quotes section credits them by
name all the same. A speaker is listed only where its shape is a person's full name: a
group ("State police"), an outlet ("Life & Style"), a body ("Starrett Corporation") or a
place's people ("NHS England") is not, and a name the recognizer labelled keeps its label.
So are a full name written right after a post ("NBC News Chairman Andrew Lack") or kin
("his wife, Huma Abedin"), a journal's after "journal" ("published in the journal
Nature"), which no window read either (entity_named_after.py), and the full name of a
speaker quoted by surname alone (entity_speaker_surnames.py).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from chorus.analyze.entities import MAX_ENTITIES, entities
from chorus.analyze.entity_cap_room import quoted_over_places, spared
from chorus.analyze.entity_endings import by_ending
from chorus.analyze.entity_firms import firms
from chorus.analyze.entity_first_names import surname_forms
from chorus.analyze.entity_forms import is_a_title
from chorus.analyze.entity_given_names import listable
from chorus.analyze.entity_lists import KNOWN, PEOPLES
from chorus.analyze.entity_named_after import named_by_posts, with_journals
from chorus.analyze.entity_ranks import ranked
from chorus.analyze.entity_recognized import Recognized
from chorus.analyze.entity_speaker_spellings import as_written
from chorus.analyze.entity_speaker_surnames import credits_of_surnames
from chorus.analyze.model import Entity, EntityLabel
from chorus.language.speakers import ORGANISATION_HEADS, ROLE_NOUNS
from chorus.model import Sentence

_LOWER = "a-zß-öø-ÿ"
_WORD = rf"(?:[A-Z][{_LOWER}][\w'’-]*|[A-Z]['’][A-Z][a-z][\w'’-]*|(?:al|el)-[A-Z][a-z][\w'’-]*)"
"""A capitalised word of a name: "Dricks", "O’Connell", "al-Hotmani", "López" (its second
letter accented: raw 151's quoted Ian Haney López was listed nowhere); no initials alone
("TSA", "WKMG")."""
_PARTICLES = ("de", "la", "del", "da", "van", "von", "bin")
_FULL_NAME = re.compile(
    rf"{_WORD}(?: (?:[A-Z]\. |(?:{'|'.join(_PARTICLES)}) )?{_WORD}){{1,3}}"
    r"(?: (?:Jr\.?|Sr\.?|III|IV))?"
)
"""A first name and one to three more words, with a middle initial or a particle between
them ("Robert M. Wallack", "Anette de la Renta" is one particle short: left)."""
_ENDINGS = frozenset((*ORGANISATION_HEADS, "Holdings", "Tours", "Hospital", "Movement"))
"""Last words of a body's name `by_ending` does not take: "Ummah Fitness Centre"."""
_ARTICLES = frozenset(("Le", "La", "El", "Los", "Las"))
"""A foreign article opening a title: "Le Monde"."""
_ROLES = frozenset((*ROLE_NOUNS, "speaker", "premier", "engineer", "senior", "junior"))
"""Role words a credit may open with a capital: "Assembly Speaker Robin Vos"."""


def as_listed(speaker: str, text: Text, labels: Mapping[str, EntityLabel]) -> str | None:
    """The full name a speaker's credit holds, without a title opening it ("Assembly Speaker
    Robin Vos" → "Robin Vos", "Guitarist Jimmy Page"), or None where it is no person's full
    name. A title is a title's or a role's word, or a word `text` also writes in lower case:
    a credit opening a sentence keeps its capital ("Mountaineer Ueli Steck"); one before a
    surname alone leaves no full name ("Congressman Goodlatte")."""
    words = speaker.split()
    # most credits that are no name hold a word in lower case ("State police", "His wife"):
    # ruled out before any search of the text
    if not all(w[:1].isupper() or w in _PARTICLES or w.startswith(("al-", "el-")) for w in words):
        return None
    # the name opens after the last word before its surname that is a title
    roles = len(words) - 2  # a role's word only before two more
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if a_title(w, i < roles, text)), default=0)
    words = words[cut:]
    name = " ".join(words)
    if (
        len(words) < 2
        or not _FULL_NAME.fullmatch(name)
        or by_ending(name, "person") != "person"
        or words[-1] in _ENDINGS
        or words[0] in _ARTICLES
    ):
        return None
    # a place or a body read in it ("House Republicans", "Hong Kong Observatory"); a first
    # name alone is often read as a firm ("Ford" of Ford O’Connell, "Wang"): looked up
    # before the searches of the text below. A surname read as a place that the text has
    # speak alone ("Houston said", raw 218's Angus Houston) is the speaker's: a place says
    # nothing.
    runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    if labels.get(words[-1]) == "place" and _said_alone(words[-2], words[-1], text.joined):
        runs.remove(words[-1])
    if any(
        (labels.get(run, "person") != "person" and (run != words[0] or labels[run] == "place"))
        or run in KNOWN
        or run in PEOPLES
        for run in runs
    ):
        return None
    # a group: "Committees", "Holdings" (written in lower case), "House Republicans"
    if words[-1].endswith("s") and (_lowered(words[-1], text) or is_a_title(words[-1])):
        return None
    return None if _after_the(name, text.joined) else name  # a body's: "The White House said"


def a_title(word: str, two_follow: bool, text: Text) -> bool:
    """A role's word is a title only with two words after it: "Dean Heller" is a name; an
    initial is none ("M." of "Alfonse M. D’Amato", though "p.m." writes "m.")."""
    if len(word) == 2 and word[1] == ".":
        return False
    return is_a_title(word) or (two_follow and word.lower() in _ROLES) or _lowered(word, text)


@dataclass(frozen=True)
class Text:
    """The articles' joined text, and whether it writes each word looked up in lower case,
    as a whole word: many credits share their words ("Sen.", "Rep."), each searched once."""

    joined: str
    lowered: dict[str, bool]


def joined_text(sentences: Sequence[Sentence]) -> Text:
    """The sentences' articles' whole texts, each once, for a listing's lookups."""
    return Text("\n".join(dict.fromkeys(s.article.text for s in sentences)), {})


def _lowered(word: str, text: Text) -> bool:
    """Whether the text writes the capitalised `word` in lower case, as a whole word."""
    lower = word.lower()
    if lower == word:
        return False
    if lower not in text.lowered:
        text.lowered[lower] = _written(lower, text.joined)
    return text.lowered[lower]


def _after_the(name: str, text: str) -> bool:
    """Whether `text` writes `name` after "the" or "The", as whole words: one search for
    the name, the article looked at before each."""
    size = len(name)
    at = text.find(name)
    while at >= 0:
        if (
            text.endswith(_THE, 0, at)
            and not _joins(text[at - 5 : at - 4])
            and not _joins(text[at + size : at + size + 1])
        ):
            return True
        at = text.find(name, at + 1)
    return False


_THE = ("the ", "The ")


def _written(words: str, text: str) -> bool:
    """Whether `text` holds `words` between no word characters, outside an address: a
    byline's "kevin.clark@wsj.com" writes no "kevin" (raw 226, which made "Kevin" a title
    and the quoted Kevin Durant no listed name)."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (
            not _joins(text[at - 1 : at])
            and not _joins(text[end : end + 1])
            and not _in_an_address(text, at, end)
        ):
            return True
        at = text.find(words, at + 1)
    return False


def _in_an_address(text: str, start: int, end: int) -> bool:
    """Whether the word from `start` to `end` is a piece of an email or web address: "@"
    or a full stop and a letter after it, or "@", "." or "/" before it."""
    after = text[end : end + 2]
    return (
        after[:1] == "@"
        or (after[:1] == "." and after[1:].isalpha())
        or text[start - 1 : start] in ("@", ".", "/")
    )


def _whole_at(text: str, words: str) -> Iterator[int]:
    """Where `(?<![\\w'’-])words(?![\\w'’-])` matches `text`, by `find`: unlike `_written`,
    the text's start and end join no word."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            yield at
        at = text.find(words, at + 1)


def _joins(character: str) -> bool:
    return character.isalnum() or character in "_'’-"


def listed_with_speakers(
    sentences: Sequence[Sentence], recognized: Recognized, speakers: Iterable[str]
) -> tuple[Entity, ...]:
    """`entities`, and the named speakers, the full names of speakers quoted by surname
    (`credits_of_surnames`), people named after a post or kin (`named_by_posts`) and
    journals (`with_journals`) no listed name matches, under MAX_ENTITIES: none takes a read
    name's place, but that of a known name the recognizer did not read where it is as
    widely used. The listing is made once, with them (a
    one-word name a speaker's full name holds becomes that person's: "Stallone"), and
    keeps its order."""
    # A cluster whose recognizer and known names are twice the cap is a large one (the 280
    # raw and DUC clusters hold 56 at most, the 300 longest raw articles 285): it has no
    # room under the cap, and its speakers are many (569 new there), whose listing cost
    # eight times the rest's (2.0 s against 0.24).
    if len(recognized.every_label().keys() | recognized.known.keys()) >= 2 * MAX_ENTITIES:
        return entities(sentences, recognized)
    text = joined_text(sentences)
    articles = text.joined
    quoted = Counter(_each_named(speakers, text))  # rows by speaker
    speakers = as_written(quoted, dict.fromkeys(s.article.text for s in sentences))
    known = recognized.every_label().keys() | recognized.known.keys()
    credited = credits_of_surnames(speakers, articles, known, lambda w: a_title(w, True, text))
    more = with_speakers(recognized, (*speakers, *named_by_posts(articles), *credited), text)
    more = with_journals(more, articles)
    # after the speakers, whose surnames they may not take ("Carlos Alkimin" of a credited
    # "Antonio Carlos Alkimin"), and only in the room the rest leave under the cap
    spoken = set(more.labels)
    given = listable(recognized.given, articles, more.every_label())
    more = with_speakers(more, given, text)
    given = more.labels.keys() - spoken
    listed = entities(sentences, more, cap=sys.maxsize)
    if len(listed) <= MAX_ENTITIES:
        return listed
    rest = [e for e in listed if e.name not in given]
    if (left := MAX_ENTITIES - len(rest)) >= 0:
        fill = {e.name for e in ranked((e for e in listed if e.name in given), ())[:left]}
        return tuple(e for e in listed if e.name not in given or e.name in fill)
    new = spoken - recognized.labels.keys()
    found = [e.name for e in ranked((e for e in rest if e.name not in new), recognized.known)]
    found = found[:MAX_ENTITIES]
    read = {name for name in found if name not in recognized.known}
    # the room past the read names: a known name the recognizer did not read gives way to a
    # speaker as widely used (raw 68's twenty states in one list, written once each, left
    # no room for four quoted people)
    room = new.union(found) - read
    others = ranked((e for e in listed if e.name in room), recognized.known)
    places = MAX_ENTITIES - len(read)
    room_kept = spared(others[:places], others[places:], set(found), new)
    room_kept = quoted_over_places(room_kept, others[places:], new, recognized.known, quoted)
    kept = read | {e.name for e in room_kept}
    return tuple(e for e in listed if e.name in kept)


def _each_named(speakers: Iterable[str], text: Text) -> Iterator[str]:
    """The speakers, two full names credited together each on its own ("Patricia Llodra
    and Joseph Erardi", raw 191's statement: both are people the briefing names); not two
    titles' holders ("Speaker Boehner and Leader Cantor", raw 107: no "Leader Cantor")."""
    for speaker in speakers:
        pair = speaker.split(" and ")
        if len(pair) == 2 and all(
            " " in name and name[:1].isupper() and not a_title(name.split()[0], True, text)
            for name in pair
        ):
            yield from pair
        else:
            yield speaker


def with_speakers(recognized: Recognized, speakers: Iterable[str], text: Text) -> Recognized:
    """`recognized` with the named speakers no name of it matches labelled as people; `text`
    is the articles' joined text (one for a listing: its lower-case lookups are kept)."""
    labels = recognized.every_label()
    if quoted := _people_read_as_bodies(speakers, labels, text.joined):
        recognized = replace(recognized, labels=recognized.labels | quoted)
        labels = recognized.every_label()
    # a speaker is a full name: a surname alone, which `aliases` adds, is none
    known = labels.keys() | recognized.spellings.keys() | recognized.known.keys()
    unknown = {s for s in speakers if " " in s and s[:1].isupper() and s not in known}
    if spelled := _written_fuller(unknown, labels):
        recognized = replace(recognized, spellings=recognized.spellings | spelled)
        unknown -= spelled.keys()
    if not unknown:
        return recognized
    named = {name for s in unknown if (name := as_listed(s, text, labels)) and name not in known}
    if not named:
        return recognized
    # a surname another listed full name ends on stays that person's: "Sarah Huckabee
    # Sanders" beside "Sarah Sanders", "Vera Eichmann" beside "Adolf Eichmann"
    taken = {form for name in labels if " " in name for form in _surnames(name)}
    new = {
        name
        for name in named
        if taken.isdisjoint(_surnames(name)) and not _of_a_family(name, labels, text.joined)
    }
    if not new:
        return recognized
    firm = firms(new, text.joined)
    kinds = {name: "organisation" if name in firm else "person" for name in sorted(new)}
    return replace(recognized, labels=recognized.labels | kinds)


_FIRST_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+) $")


def _of_a_family(name: str, labels: Mapping[str, EntityLabel], text: str) -> bool:
    """Whether a speaker's "First Surname" has a surname listed alone as a person that
    `text` writes after another first name too: the surname alone is then any of them, and
    the speaker named in full would take its mentions ("Ms Kercher’s body" is Meredith's, not
    her sister Stephanie Kercher's, whom "Her sister Stephanie said" quotes:
    multi_news-val-1094, beside "Lyle Kercher")."""
    first, _, surname = name.rpartition(" ")
    if " " in first or labels.get(surname) != "person":
        return False
    at = text.find(f" {surname}")
    while at > 0:
        before = _FIRST_BEFORE.search(text, max(0, at - 20), at + 1)
        if before is not None and before[1] != first and not is_a_title(before[1]):
            return True
        at = text.find(f" {surname}", at + 1)
    return False


_TWO_NAMES = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)")
_SAID_BEFORE = re.compile(r"(?:said|says) $")
_SAID_AFTER = re.compile(r" (?:said|says|told|added)\b")


def _people_read_as_bodies(
    speakers: Iterable[str], labels: Mapping[str, EntityLabel], text: str
) -> dict[str, EntityLabel]:
    """Quoted speakers the recognizer read as organisations, written as a given name and a
    surname, whose surname the text writes alone beside "said" ("Longacre said"): people
    (raw 16's "Amanda Longacre"), unless a listed person has that surname too. A body's
    last word alone is written after "the" ("the Department said") or is no surname of it
    ("Israeli Cabinet", a people's)."""
    bodies = [
        found
        for s in speakers
        if labels.get(s) == "organisation"
        and (found := _TWO_NAMES.fullmatch(s))
        and found[1] not in PEOPLES
    ]
    taken = {n.rpartition(" ")[2] for n, label in labels.items() if label == "person"}
    bodies = [found for found in bodies if found[2] not in taken]
    if not bodies:
        return {}
    return {found[0]: "person" for found in bodies if _said_alone(found[1], found[2], text)}


def _said_alone(given: str, surname: str, text: str) -> bool:
    """Whether `text` writes `surname` as a whole word right before or after "said", not
    after `given` nor an article."""
    for start in _whole_at(text, surname):
        if text[max(0, start - 30) : start].endswith((f"{given} ", "the ", "The ", "a ", "an ")):
            continue
        if _SAID_AFTER.match(text, start + len(surname)) or _SAID_BEFORE.search(
            text, max(0, start - 6), start
        ):
            return True
    return False


def _written_fuller(unknown: Iterable[str], labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """Speakers whose first and last words, apostrophes aside, are those of one listed
    person's name of more words, mapped to it: one outlet's "Dr Oliver O’Grady" is the
    other's "Oliver J. T. O'Grady" (raw 2), a spelling of his, not another person."""
    people: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, label in labels.items():
        if label == "person" and name.count(" ") > 1:
            people[_ends(name)].append(name)
    if not people:
        return {}
    return {s: found[0] for s in unknown if len(found := people.get(_ends(s), ())) == 1}


def _ends(name: str) -> tuple[str, str]:
    words = name.replace("’", "'").split(" ")
    return words[0], words[-1]


def _surnames(name: str) -> tuple[str, ...]:
    """`surname_forms`, and for a name closed by its generation the word before it:
    "Lee" of "Robert Wright Lee IV", beside "Robert E. Lee"."""
    return surname_forms(name) or surname_forms(name.rpartition(" ")[0])
