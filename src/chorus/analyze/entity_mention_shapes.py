"""Names settled by the shape of their listed mentions: a group named for its place read
as two ("Texas EquuSearch"), a peer's title a person's ("Duke of Närke"), a chain's shop
written as a place ("a shuttered Blockbuster."), a span cut after an adjective ("Genesee
County Environmental") and a body read
without its "Brain and" ("Mind Institute" of "the Brain and Mind Institute", and "the
Homeland Security and Governmental Affairs Committee" read as two), and one cut
after an ordinal ("Congressional District" of "Arizona's 9th Congressional District"), and
a mention after one, a numbered unit's ("612th Air Operations Center").
Moved from entity_shapes.py, which keeps what a read name's shape settles alone; a letter's
sign-off is page furniture (entity_furniture.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from chorus.analyze.entity_endings import PAPERS
from chorus.analyze.entity_lists import PEOPLES
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.speakers import ORGANISATION_HEADS

_NEXT_CAPITAL = re.compile(r" [A-Z]")


def groups_of_a_place(
    listed: Mapping[str, Sequence[Excerpt]],
    labels: Mapping[str, EntityLabel],
    label: Callable[[str], EntityLabel],
) -> dict[str, str]:
    """One-word organisations the recognizer read (`labels`) every listed mention of which
    follows one listed place's name and a space and runs on into no capitalised word, each
    with that place: its name's first word ("Texas EquuSearch and the FBI", read as a place
    and a group; not "US Defense Secretary", a post). The one such group on the 280 raw and
    DUC clusters."""
    groups = [
        name
        for name, kind in labels.items()
        if kind == "organisation" and " " not in name and name in listed
    ]
    if not groups:
        return {}
    places = [name for name in listed if label(name) == "place"]
    found = {}
    for name in groups:
        mentions = listed[name]
        if (
            (place := _place_before(mentions[0], places))
            and all(_place_before(m, places) == place for m in mentions[1:])
            and not any(map(_runs_on, mentions))
        ):
            found[name] = place
    return found


def _place_before(mention: Excerpt, places: Sequence[str]) -> str | None:
    text, start = mention.article.text, mention.start
    if text[start - 2 : start - 1].isalpha() and text[start - 1] == " ":
        return next((p for p in places if text.endswith(p, 0, start - 1)), None)
    return None


def _runs_on(mention: Excerpt) -> bool:
    return _NEXT_CAPITAL.match(mention.article.text, mention.end) is not None


_A_SHOP = re.compile(r"(?<![\w-])[Aa]n?(?: [a-z-]+)? $")
_HEAD_ENDS = (".", ",", ";", ":", "!", "?")


_NOBLE = re.compile(
    r"(?:Duke|Duchess|Earl|Countess|Marquess|Baron|Baroness|Prince|Princess) of [A-Z][\w'’-]+"
)
"""A peer's title, held by one person: "Prince Eugen, Duke of Närke" (raw 158, an
organisation by the recognizer), "the Prince of Wales"."""


def nobles(names: Iterable[str]) -> set[str]:
    """Listed names that are a peer's title: a person's."""
    return set(filter(_NOBLE.fullmatch, names))


def shops(listed: Mapping[str, Sequence[Excerpt]], labels: Mapping[str, EntityLabel]) -> set[str]:
    """One-word places by the recognizer (`labels`) every listed mention of which is written
    after "a" or "an" (and at most one word in lower case) and closes its phrase: a chain's
    shop ("from a shuttered Blockbuster."), an organisation; or after a place and a trade
    (`_a_firm_of_a_place`). A place after "a" is a
    modifier ("a Pennsylvania home"): on the 280 raw and DUC clusters "Blockbuster" was the
    one so written."""
    return {
        name
        for name, label in labels.items()
        if label == "place"
        and " " not in name
        and name in listed
        and all(_a_shop(m) or _a_firm_of_a_place(m, labels) for m in listed[name])
    }


def _a_shop(mention: Excerpt) -> bool:
    text = mention.article.text
    return text.startswith(_HEAD_ENDS, mention.end) and (
        _A_SHOP.search(text, max(mention.start - 24, 0), mention.start) is not None
    )


_A_TRADE = re.compile(r"(?<![\w-])([A-Z][a-z]+) [a-z]+ers $")
"""A place and a trade in the plural before a name: "Cold brew from Brooklyn roasters Oslo"
(raw 222), the firm, not the city."""


def _a_firm_of_a_place(mention: Excerpt, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether a mention follows a place the recognizer read and a trade in the plural: not
    "Lisa P. White covers Concord" (raw 124), whose "White" is no place."""
    start = mention.start
    found = _A_TRADE.search(mention.article.text, max(start - 40, 0), start)
    return found is not None and labels.get(found[1]) == "place"


def cut_spans(
    listed: Mapping[str, Sequence[Excerpt]], labels: Mapping[str, EntityLabel]
) -> set[str]:
    """Names the recognizer cut from a longer one: after an adjective or an ordinal, or
    before a body's last word."""
    return (
        cut_after_an_adjective(listed, labels)
        | _cut_after_an_ordinal(listed)
        | {n for n, found in listed.items() if all(map(_before_a_bodys_head, found))}
    )


_HEAD_AFTER = re.compile(rf" (?:{'|'.join(ORGANISATION_HEADS)})s?\b")
"""A body's last word, or its plural, after a name: "The Local Co-ordination Committees
(LCC)", whose span the recognizer closed on "Co-ordination"."""


def _before_a_bodys_head(mention: Excerpt) -> bool:
    """Whether a mention runs on into a body's last word (`_HEAD_AFTER`): a piece of it.
    Most mentions run on into no capital, looked at before the pattern."""
    text, end = mention.article.text, mention.end
    return text[end + 1 : end + 2].isupper() and _HEAD_AFTER.match(text, end) is not None


_NAME_OF_A_BODY = re.compile(
    rf"(?: [A-Z][a-z]+)* (?:{'|'.join((*ORGANISATION_HEADS, *PAPERS, 'Reporter'))})s?\b"
)
"""A body's or a paper's last word after a place, or title-case words running on to one: the
place opens the body's own name ("the Hollywood Foreign Press Association", "The Hollywood
Reporter", raw 51), no mention of the place."""
_PLURAL_HEADS = "|".join(h[:-1] + "ies" if h.endswith("y") else h + "s" for h in ORGANISATION_HEADS)
"""The heads in the plural: "Bureaus", "Agencies" (no "Agencys")."""
_BODIES_SHARING_A_HEAD = re.compile(rf" and(?: [A-Z][a-z]+)+ (?:{_PLURAL_HEADS})\b")
"""Another body's first words and the head word both share, in the plural, after a place:
"the Tennessee and Federal Bureaus of Investigation" (raw 96) writes the Tennessee Bureau of
Investigation, no mention of Tennessee. On the 280 raw and DUC texts the one listed place so
written; the shape's other writings open on no place ("Commerce, State and Justice
Departments", DUC 25)."""


def places_outside_bodies(
    listed: Mapping[str, Sequence[Excerpt]], labels: Mapping[str, EntityLabel]
) -> dict[str, list[Excerpt]]:
    """Places some mentions of which open a body's or a paper's name (`_NAME_OF_A_BODY`),
    mapped to their others, empty when every one does: "The Washington Post" is no outlet's
    mention of Washington (raw 219, 4 outlets by them, 2 by its datelines)."""
    found = {}
    for name, mentions in listed.items():
        if labels.get(name) == "place" and any(map(_opens_a_bodys_name, mentions)):
            found[name] = [m for m in mentions if not _opens_a_bodys_name(m)]
    return found


def _opens_a_bodys_name(mention: Excerpt) -> bool:
    """Whether a mention runs on through title-case words into a body's or a paper's last
    word (`_NAME_OF_A_BODY`), or into another body's words and their shared head in the
    plural (`_BODIES_SHARING_A_HEAD`). Most mentions run on into no capital or "and",
    looked at first."""
    text, end = mention.article.text, mention.end
    if text[end + 1 : end + 2].isupper():
        return _NAME_OF_A_BODY.match(text, end) is not None
    return opens_bodies_sharing_a_head(text, end)


def opens_bodies_sharing_a_head(text: str, end: int) -> bool:
    """Whether a place written up to `end` in `text` opens a body's name whose head word it
    shares with another's after "and" (`_BODIES_SHARING_A_HEAD`): "the Tennessee and
    Federal Bureaus of Investigation". Most places run on into no " and ", looked at
    first."""
    return text.startswith(" and ", end) and _BODIES_SHARING_A_HEAD.match(text, end) is not None


_ORDINAL_BEFORE = re.compile(r"(?<![\w,.])\d+(?:st|nd|rd|th) $")


def _cut_after_an_ordinal(listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Names every mention of which follows an ordinal in figures ("Arizona's 9th
    Congressional District", "the Tucson-based 2nd Congressional District", raw 248): the
    recognizer read the district without its number, a name of no one place."""
    return {name for name, mentions in listed.items() if all(map(_after_an_ordinal, mentions))}


def numbered_units(listed: Mapping[str, Sequence[Excerpt]]) -> dict[str, list[Excerpt]]:
    """Names some mentions of which follow an ordinal in figures, mapped to their others:
    "the 612th Air Operations Center at Davis-Monthan" (raw 104) is one unit, NBC's "the
    underground Air Operations Center" at Osan another, and "7th Air Force" no mention of
    the U.S. Air Force; one outlet's numbered unit counted as another's told two outlets
    name one body."""
    found = {}
    for name, mentions in listed.items():
        # an ordinal's letters before the space: most mentions are ruled out by one look
        if any(m.article.text.endswith(_ORDINAL_ENDS, 0, m.start) for m in mentions):
            kept = [m for m in mentions if not _after_an_ordinal(m)]
            if len(kept) < len(mentions):
                found[name] = kept
    return found


_ORDINAL_ENDS = ("st ", "nd ", "rd ", "th ")


def _after_an_ordinal(mention: Excerpt) -> bool:
    start = mention.start
    return _ORDINAL_BEFORE.search(mention.article.text, max(start - 8, 0), start) is not None


def cut_after_an_adjective(
    listed: Mapping[str, Sequence[Excerpt]], labels: Mapping[str, EntityLabel]
) -> set[str]:
    """Names of two words or more the recognizer read (`labels`) closing on an adjective in
    "-al" every mention of which runs on into a capitalised word: a span cut inside a
    longer name ("Genesee County Environmental" of "... Environmental Health Supervisor
    Jim Henry", "Silent Social" of "Silent Social Media"; the two such names on the 280
    raw and DUC clusters). A name closing on a noun in "-al" (a "Hospital") is left: one
    running on is a post's ("Delphi Police Chief ...")."""
    return {
        name
        for name in labels
        if name.endswith("al")
        and " " in name
        and name[name.rfind(" ") + 1 :].lower() not in _NOUNS_IN_AL
        and name in listed
        and all(map(_runs_on, listed[name]))
    }


_NOUNS_IN_AL = frozenset(
    ("hospital", "journal", "capital", "tribunal", "festival", "arsenal", "council", "canal")
)
_PAIR_BEFORE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ )?[A-Z][a-z]+) and $")


def bodies_of_a_pair(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> tuple[dict[str, list[Excerpt]], set[str]]:
    """`listed` with an organisation of two words or more every mention of which follows
    "the", one capitalised word and "and", listed whole, among the names returned: "the
    Brain and Mind Institute" (raw 125, "Mind Institute" in two outlets); not where the
    word is a listed name the article never writes in lower case, a body of its own ("the
    Senate and House Committee"). Two words before "and" are the whole's too, a committee's
    fields ("the Homeland Security and Governmental Affairs Committee", raw 182, listed as
    "Homeland Security" and "Governmental Affairs Committee"): the two words' mentions
    inside it are its."""
    found = listed  # copied at its first change: most clusters have none
    named = set()
    for name, mentions in listed.items():
        if " " not in name or not mentions[0].article.text.endswith(" and ", 0, mentions[0].start):
            continue  # one test rules out most names
        words = {_word_of_a_pair(m) for m in mentions}
        if len(words) != 1 or None in words or label(name) != "organisation":
            continue
        word = words.pop()
        one_word = " " not in word
        if one_word and word in listed and f" {word.lower()} " not in mentions[0].article.text:
            continue
        found = dict(found) if found is listed else found
        whole, gap = f"{word} and {name}", len(word) + 5
        found[whole] = [replace(m, start=m.start - gap) for m in found.pop(name)]
        named.add(whole)
        if not one_word and word in found:
            # the pair's first name, written inside the whole, is no mention of its own
            if rest := mentions_outside(found[word], found[whole]):
                found[word] = rest
            else:
                del found[word]
    return found, named


_BY_OWNER = re.compile(r" by ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")


def shops_of_their_owners(listed: Mapping[str, list[Excerpt]]) -> dict[str, str]:
    """Names every mention of which runs on into "by" and one same first name, each mapped
    to the whole: "Sweet Cakes" of "Sweet Cakes by Melissa" (raw 242, a bakery named for its
    owner, Melissa Klein), which the recognizer read as a person, and her name apart."""
    found = {}
    for name, mentions in listed.items():
        # the first mention rules out nearly every name: its others are not read
        owner = _owner(mentions[0]) if mentions else ""
        if owner and all(_owner(m) == owner for m in mentions[1:]):
            found[name] = f"{name} by {owner}"
    return found


def _owner(mention: Excerpt) -> str:
    text = mention.article.text
    if not text.startswith(" by ", mention.end):  # rules out nearly every mention
        return ""
    owner = _BY_OWNER.match(text, mention.end)
    return owner[1] if owner else ""


def mentions_inside(found: list[Excerpt], whole: list[Excerpt]) -> list[Excerpt]:
    """`found` less its mentions inside one of `whole`'s."""
    spans = [(m.article.id, m.start, m.end) for m in whole]
    return [
        m
        for m in found
        if not any(a == m.article.id and s <= m.start and m.end <= e for a, s, e in spans)
    ]


def mentions_outside(found: list[Excerpt], whole: list[Excerpt]) -> list[Excerpt]:
    """`found` less its mentions opening where one of `whole`'s opens: a name written at the
    head of a longer one is no mention of its own."""
    taken = {(m.article.id, m.start) for m in whole}
    return [m for m in found if (m.article.id, m.start) not in taken]


def _word_of_a_pair(mention: Excerpt) -> str | None:
    """The one or two capitalised words between "the" and "and" right before a mention, if
    any."""
    start = mention.start
    pair = _PAIR_BEFORE.search(mention.article.text, max(start - 30, 0), start)
    return pair[1] if pair else None


_PAPERS = (" Times", " Post", " Herald", " Tribune")
"""Last words of a paper a nationality is written before as its writer's ("American Sunday
Times journalist Marie Colvin", raw 47); not "Journal" ("British Medical Journal")."""


def papers_after_a_people(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> tuple[dict[str, list[Excerpt]], set[str]]:
    """`listed` with an organisation of a people's adjective and a paper's name of two words
    or more listed by the paper's name, among the names returned: the adjective is the
    nationality of its journalist ("American Sunday Times journalist"), as no paper is named
    so; not a paper of one word after it ("Irish Times")."""
    found = listed  # copied at its first change: most clusters have none
    named = set()
    for name in listed:
        people, _, paper = name.partition(" ")
        if " " not in paper or not name.endswith(_PAPERS) or people not in PEOPLES:
            continue  # one test rules out most names
        if label(name) == "organisation" and paper not in listed:
            found = dict(found) if found is listed else found
            gap = len(people) + 1
            found[paper] = [replace(m, start=m.start + gap) for m in found.pop(name)]
            named.add(paper)
    return found, named
