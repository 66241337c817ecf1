"""Names standing in for someone or something else where the text writes them: a pseudonym a
document gives ("refers to Trump as David Dennison"), a post written before the person
holding it ("Carroll County Sheriff Tobe Leazenby"), an index's categories run together
("excels in Health and Wellbeing and Prosperity and Equality"); and two names of one person:
a nickname written inside the full name ("Liberty “Libby” German"), a surname spelled with
and without a closing "s" after the same post ("Delphi Police Chief Steve Mullin(s)"); two
genera joined by "and" ("Camarasaurus and Diplodocus"), a hero named for a place or a body
("Captain America"), a side written before its officer ("Confederate Gen."), things and
schools read as people ("Kalashnikovs, hand guns and", "Harvard Law grad"), and a body written
two ways (an office's "’s Office" and "’s Department", a last word and its plural)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.entity_drugs import drugs
from chorus.analyze.entity_epithets import epithets_and_halves
from chorus.analyze.entity_inside import POSTS
from chorus.analyze.entity_lists import KNOWN, joined_entity
from chorus.analyze.entity_terms import posts_cut, terms_and_titles_words
from chorus.analyze.entity_works import products_and_exercises, works_and_models
from chorus.analyze.model import Entity, EntityLabel, Excerpt

_ALIAS_BEFORE = re.compile(
    r"(?:\baka|\ba\.k\.a\.|\balias|\bpseudonym|\bnom de plume,?"
    r"|\brefer(?:s|red|ring)? to [^.;:!?]{1,60}? as) [“\"]?$"
)
"""Words before a name that make it a pseudonym: "aka Peggy Peterson", "his latest alleged
nom de plume, “David Dennison.”", "refers to Clifford as Peggy Peterson"."""
_LOOK_BACK = 90


def stand_ins(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """Names no one or nothing of the story is called: pseudonyms, categories, works and
    products (`works_and_models`), drugs (`drugs`), common words capitalised by their
    place, words for a woman, runs a conjunction opens, a video's presenters, an
    officer's side, things named for someone, schools read as people, epithets and
    counties' halves (`epithets_and_halves`), terms' abbreviations and titles' words
    (`terms_and_titles_words`), and posts cut (`posts_cut`)."""
    # one-word names no list knows, the most written out before their mentions are read
    words = [name for name in listed if " " not in name and name not in KNOWN]
    return (
        _pseudonyms(listed, label)
        | _enumerations(listed)
        | _pairs_of_genera(listed)
        | _heroes(listed, label)
        | works_and_models(listed.keys(), label)
        | products_and_exercises(listed, label)
        | drugs(words, listed)
        | _capitals_of_place(words, listed)
        | {name for name in listed if name.partition(" ")[0] in _CONJUNCTIONS}
        | {name for name in words if name.endswith(_WOMAN)}
        | _presenters(listed)
        | _sides_of_an_officer(words, listed, label)
        | _things_in_a_list(words, listed, label)
        | _schools_read_as_people(listed, label)
        | epithets_and_halves(words, listed, label)
        | terms_and_titles_words(words, listed)
        | posts_cut(listed, label)
    )


_PRESENTS = (" has details", " has the details", " has more.")
"""What follows a video's presenter in its caption ("Spencer Ante has details on The News
Hub.", raw 207; "NBC10's Lu Ann Cahn has the details."): a reporter of the clip, no one of
the story."""


def _presenters(listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Full names every mention of which opens a video caption's "... has details"."""
    return {
        name
        for name, found in listed.items()
        if " " in name and all(m.article.text.startswith(_PRESENTS, m.end) for m in found)
    }


_OFFICER_AFTER = re.compile(r" (?:Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov)\. [A-Z]")
"""A rank or an office written short, then a name: "Confederate Gen. Robert E. Lee"."""


def _sides_of_an_officer(
    words: Sequence[str],
    listed: Mapping[str, Sequence[Excerpt]],
    label: Callable[[str], EntityLabel],
) -> set[str]:
    """Of `words`, organisations every mention of which runs on into a rank or an office
    written short and a name: the side the officer served ("a statue of Confederate Gen.
    Robert E. Lee", raw 117, a body by the recognizer), an adjective, no body the story
    names. Places are left: "Vermont Gov. Peter Shumlin" names the state."""
    return {
        name
        for name in words
        if label(name) == "organisation"
        and all(_OFFICER_AFTER.match(m.article.text, m.end) for m in listed[name])
    }


_THINGS_AFTER = re.compile(
    r", (?!(?:a|an|the|his|her|their|its|he|she|they|who|which|and)\b)"
    r"[a-z]+(?: [a-z]+)?,? and [a-z]"
)
"""A list of things in lower case a name opens, no article nor pronoun in it: "police
discovering Kalashnikovs, hand guns and ammunition" (raw 110); not "Plaskett, a lawyer and
former congressional staffer"."""


def _things_in_a_list(
    words: Sequence[str],
    listed: Mapping[str, Sequence[Excerpt]],
    label: Callable[[str], EntityLabel],
) -> set[str]:
    """Of `words`, people in the plural ("s") every mention of which opens a list of things
    (`_THINGS_AFTER`): an eponym's things, a person by the recognizer, no one of the story."""
    return {
        name
        for name in words
        if name.endswith("s")
        and label(name) == "person"
        and all(_THINGS_AFTER.match(m.article.text, m.end) for m in listed[name])
    }


_GRADUATE = (" grad ", " grads ", " graduate", " alum", " student", " dropout")
"""A word for someone a school, a show or a firm turned out, right after its name: "by
Harvard Law grad Michael Adelman" (raw 40), "the Gossip Girl alum" (raw 174)."""


def _schools_read_as_people(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """People of two words or more a mention of which runs on into `_GRADUATE`: what the
    graduate came from, no person ("Stanford graduate student" is read a body already). Not
    relabelled: "Gossip Girl" is a show."""
    return {
        name
        for name, found in listed.items()
        if " " in name
        and label(name) == "person"
        and any(m.article.text.startswith(_GRADUATE, m.end) for m in found)
    }


_WOMAN = ("woman", "women")
"""How a word for a woman of a nation or a post ends, a name never: "a 32-year-old
Frenchwoman" (raw 110, a person by the recognizer), "Congresswoman"."""
_CONJUNCTIONS = frozenset(("Once", "When", "While", "If", "Although", "Because", "Unless"))
"""Words that open a clause, never a name: a run they open is the clause's subject and more
("Once Sprint Nextel gets the iPhone")."""


_OPENERS = frozenset(".!?…\n[(")
"""What the character before a word opening a sentence or a bracket is, spaces aside."""


def _capitals_of_place(words: Sequence[str], listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Of `words` (one-word names no list knows), those every mention of which opens a
    sentence or a bracket, in an article that also writes the word in lower case: a common
    word capitalised where it stands, an
    adverb ("… Further, the public official denies") or a document's label ("[Labor union
    official]", "(Labor union president 302", beside "labor union"), raw 165, a person and
    an organisation by the recognizer. A surname opening every sentence it is in ("Rose
    said") is seldom a word its article writes in lower case: on the 280 raw and DUC
    clusters these two are the only names dropped."""
    return {
        name
        for name in words
        if all(map(_opens, listed[name]))
        and any(f" {name.lower()} " in m.article.text for m in listed[name])
    }


def _opens(mention: Excerpt) -> bool:
    text = mention.article.text
    before = text[max(0, mention.start - 3) : mention.start].rstrip(" ")
    return not before or before[-1] in _OPENERS


def spelled_twice(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """People or bodies listed under two names, each mapped to the name it joins."""
    return (
        _nicknames(listed, label)
        | _surnames_spelled_with_an_s(listed, label)
        | _bodies_spelled_two_ways(listed, label)
    )


_CUE_ENDS = ("aka ", "a.k.a. ", "alias ", "pseudonym ", "plume, ", " as ")
"""How the words before a pseudonym end (a quotation mark aside): most mentions are ruled
out by them before the pattern is searched."""


def _after_an_alias_cue(mention: Excerpt) -> bool:
    head = mention.article.text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return head.rstrip('“"').endswith(_CUE_ENDS) and bool(_ALIAS_BEFORE.search(head))


def _pseudonym(name: str, mentions: Sequence[Excerpt]) -> bool:
    """Whether every mention of `name` written in full (one at least) follows an alias cue;
    the first such mention rules most names out."""
    whole = (m for m in mentions if m.end - m.start == len(name) and m.text == name)
    first = next(whole, None)
    return first is not None and all(map(_after_an_alias_cue, (first, *whole)))


def _pseudonyms(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """People of two words or more every mention of which written in full follows a word
    naming a pseudonym: no one of the story but a name a document uses for them ("David
    Dennison", "Peggy Peterson" of raw 34, in three outlets). A stage name written once after
    "aka" is kept where the text also writes it alone ("Stormy Daniels")."""
    return {
        name
        for name, mentions in listed.items()
        if " " in name and _pseudonym(name, mentions) and label(name) == "person"
    }


def _enumerations(listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Names joined by "and" twice ("Health and Wellbeing and Prosperity" of "excels in Health
    and Wellbeing and Prosperity and Equality"): a run of an index's categories, no body;
    and a name opening one before its "and" ("Health and Wellbeing"), one of them."""
    runs = [name for name in listed if name.count(" and ") >= 2]
    return {
        name
        for name in listed
        if name in runs or (" and " in name and any(run.startswith(f"{name} and ") for run in runs))
    }


def _pairs_of_genera(listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Two one-word names of seven letters or more ending in "-us" joined by "and"
    ("plant-eating giants like Camarasaurus and Diplodocus", raw 33, an organisation): two
    genera of living things (as entity_named_things.genera reads one), no body."""
    return {
        name
        for name in listed
        if " and " in name
        and all(len(w) > 6 and w.endswith("us") and " " not in w for w in name.split(" and "))
    }


_HERO_TITLES = ("Captain ", "Doctor ", "Mister ")


def _heroes(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """A title and one word the cluster lists as a place or a body, or a known one
    (entity_lists.KNOWN, listed apart): a character named for it ("Captain America, Iron Man
    and Thor", "Captain Marvel", raw 162, a place and an organisation), no person, and none of
    what it is named for. A person's title comes before a name of their own ("Captain Sully
    Sullenberger"); "Miss" is left out: "Miss America" is a pageant, a body."""
    return {
        name
        for name in listed
        if name.startswith(_HERO_TITLES)
        and " " not in (named := name.partition(" ")[2])
        and (named in KNOWN or (named in listed and label(named) != "person"))
    }


def without_titles(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, list[Excerpt]]:
    """`listed` without the mentions of a name closing on a post ("Carroll County Sheriff",
    not a person's) written right before a listed person's name: the post is that person's
    title there ("Carroll County Sheriff Tobe Leazenby"), not a body; a name left with no
    mention goes ("the Carroll County Sheriff’s Office" keeps its own)."""
    posts = [name for name in listed if name.endswith(POSTS) and label(name) != "person"]
    if not posts:
        return listed
    people = tuple(f" {name}" for name in listed if " " in name and label(name) == "person")
    found = listed  # copied at its first change
    for name in posts:
        mentions = listed[name]
        kept = [m for m in mentions if not m.article.text.startswith(people, m.end)]
        if len(kept) < len(mentions):
            found = dict(found) if found is listed else found
            if kept:
                found[name] = kept
            else:
                del found[name]
    return found


def _nicknames(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """People listed by a nickname and a surname ("Libby German") mapped to the person of
    that surname whose full name some article writes with the nickname inside it in
    quotation marks ("Liberty “Libby” German"): one girl (raw 153)."""
    by_surname: dict[str, list[str]] = {}
    for name in listed:
        first, _, surname = name.partition(" ")
        if surname and " " not in surname:
            by_surname.setdefault(surname, []).append(first)
    found = {}
    # only surnames two people share are looked for in the text: few or none a cluster
    for surname, firsts in by_surname.items():
        for nickname, first in ((n, f) for n in firsts for f in firsts if n != f):
            short, full = f"{nickname} {surname}", f"{first} {surname}"
            if label(short) != "person" or label(full) != "person":
                continue
            texts = {m.article.text for m in (*listed[short], *listed[full])}
            written = (f"{first} {q}{nickname}{p} {surname}" for q, p in ("“”", '""'))
            if any(w in text for w in written for text in texts):
                found[short] = full
    return found


def _posts_before(mentions: Sequence[Excerpt]) -> set[str]:
    """The post of two capitalised words or more written right before a person's mentions
    ("Delphi Police Chief")."""
    posts = set()
    for m in mentions:
        words = m.article.text[max(0, m.start - 60) : m.start].split(" ")[:-1]
        post = []
        while words and words[-1][:1].isupper() and words[-1][-1:].isalpha():
            post.insert(0, words.pop())
        if len(post) >= 2:
            posts.add(" ".join(post))
    return posts


def _surnames_spelled_with_an_s(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """A person whose surname is another listed person's and a closing "s", each written
    after the same post of two words or more ("Delphi Police Chief Steve Mullin" and "...
    Steve Mullins", two outlets of raw 153), mapped to the one of more mentions: one person
    spelled two ways. Without the same post two such names are two people ("John Adam",
    "John Adams")."""
    found = {}
    for name in listed:
        other = f"{name}s"
        if " " not in name or other not in listed or {label(name), label(other)} != {"person"}:
            continue
        if _posts_before(listed[name]) & _posts_before(listed[other]):
            short, long = sorted((name, other), key=lambda n: (len(listed[n]), n == other))
            found[short] = long
    return found


_OFFICES = ("’s Office", "'s Office")
_DEPARTMENT = " Department"


def _bodies_spelled_two_ways(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, str]:
    """Organisations listed under two names, the one of fewer mentions mapped to the other
    (the plural on a tie): an office written "’s Office" and "’s Department" ("Carroll
    County Sheriff’s Office", "... Sheriff’s Department", raw 153), and a name closing on a
    word and on its plural ("Apple Support Forum", "... Forums", raw 80)."""
    found = {}
    for name in listed:
        if name.endswith(_OFFICES):
            other = f"{name[:-7]}{_DEPARTMENT}"
        elif name[-1:].isalpha() and " " in name:
            other = f"{name}s"
        else:
            continue
        if other in listed and label(name) == "organisation" == label(other):
            short, long = sorted((name, other), key=lambda n: (len(listed[n]), n == other))
            found[short] = long
    return found


def networks_named_short(found: Sequence[Entity]) -> list[Entity]:
    """`found` with an organisation listed beside its name and "News" joined to that one:
    a network and its news division, one body to a reader ("He said on NBC" and "obtained
    by NBC News", raw 34 and 130; ABC, Channel 11). Not a place ("Detroit", "Detroit News")."""
    names = {e.name for e in found}
    # most clusters list no network beside its news division: a set's test tells
    if not any(name.endswith(" News") and name[:-5] in names for name in names):
        return list(found)
    bodies = {e.name: e for e in found if e.label == "organisation"}
    joined = {name: bodies[f"{name} News"] for name in bodies if f"{name} News" in bodies}
    grown = {whole.name: joined_entity(bodies[name], whole) for name, whole in joined.items()}
    return [grown.get(e.name, e) for e in found if e.name not in joined]
