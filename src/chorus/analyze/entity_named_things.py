"""Names of beings and things that are no person, organisation or place, not listed: an
animal's ("Rocky the bobcat", "Jack The Cat"), a ship's or a craft's ("the container ship
ACX Crystal", "balloon — dubbed Two Eagles": entity_crafts.py), a genus ("Brachiosaurus"),
a place's people ("Virgin Islanders", "a 75-year-old Frenchman"), a minister's portfolio
("US Defense Secretary Chuck Hagel"), a flight's number ("flight MH370"), a currency's
initials ("3,000 BD"), a body's kind alone ("The University appreciates"), a formula ("CO
2"), a broadcaster's programme ("the BBC's Panorama programme") and a work's title
("‘Jurassic Park,’")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from chorus.analyze.entity_conditions import diseases_and_taxa
from chorus.analyze.entity_crafts import ships
from chorus.analyze.entity_forms import IN_TITLE, how_it_stands
from chorus.analyze.entity_kinds import kinds_of_being, storms_named_alone, things, versions
from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.entity_peoples import PEOPLE_ENDINGS, peoples_named, peoples_stem
from chorus.analyze.entity_products import products_and_characters
from chorus.analyze.entity_shapes import things_by_shape
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.speakers import ORGANISATION_HEADS

_ANIMALS = (
    r"(?:dog|puppy|cat|kitten|bobcat|lion|tiger|bear|gorilla|chimp|chimpanzee|monkey|mandrill"
    r"|ape|orangutan|elephant|horse|pony|cow|bull|pig|goat|dolphin|whale|orca|shark|penguin"
    r"|giraffe|panda|zebra|hippo|rhino|owl|eagle|parrot|snake|alligator|crocodile|turtle"
    r"|tortoise|raccoon|fox|wolf|deer|moose|camel|kangaroo|koala|rabbit|squirrel|cheetah"
    r"|leopard|jaguar|cougar|hamster|cub|pup|mare|stallion|retriever|terrier|spaniel|poodle"
    r"|beagle|collie)"
)
_ANIMAL_AFTER = re.compile(rf" [Tt]he {_ANIMALS}\b")
_ANIMAL_ENDING = re.compile(rf"^[A-Z]\S* [Tt]he (?i:{_ANIMALS})$")
"""A name and its animal in a name of its own, as a headline writes it: "Jack The Cat"."""
_THE = (" the ", " The ")
_NAMED = ("named ", "called ", "dubbed ")
_ANIMAL_NAMED = re.compile(rf"\b(?:{_ANIMALS}|female|male),? (?:named|called|dubbed) $")
"""An animal's name: "Rocky the bobcat", "Jahari the cheetah", "a dog named Nash", "a female
named Milly" (one of the mandrills), which the recognizer reads as people or places."""
_ANIMAL_ASIDE = re.compile(
    rf", (?:a|an|the) (?:[\w-]+ ){{0,4}}?{_ANIMALS}(?=[,.;:)]| (?:trained|who|that|which|from)\b)"
)
"""An animal in an aside after its name, closing it: "Yumenosuke, a male mixed-blooded dog,"
and "Hulk, a 3-year-old golden retriever," (raw 245, organisations by the recognizer); not
"Smith, a dog trainer"."""


def animals(mentions: dict[str, list[Excerpt]], labels: dict[str, EntityLabel]) -> set[str]:
    """One-word people and places written once or more right before "the" and an animal or
    right after an animal and "named", and a name ending in "The" and an animal ("Jack
    The Cat"): an animal's, not listed. A person's surname is no
    key of `mentions` (it counts for the full name); organisations are not looked at (an
    animal is read as one less often than "AP" or "CNN" is mentioned) but for an aside
    naming the animal where the name is first written (`_ANIMAL_ASIDE`), as one introduces
    it: one test a name."""
    found = set()
    for name, excerpts in mentions.items():
        if " " in name:
            # "Jack The Cat" of "Jack The Cat is Lost in AA Baggage", a person in two outlets
            if (" The " in name or " the " in name) and _ANIMAL_ENDING.search(name):
                found.add(name)
            continue
        first = excerpts[0]
        if first.article.text.startswith(", ", first.end) and _ANIMAL_ASIDE.match(
            first.article.text, first.end
        ):
            found.add(name)
            continue
        if labels[name] == "organisation":
            continue
        for m in excerpts:
            text = m.article.text
            # one `startswith` or `endswith` rules out most mentions before any search
            if (text.startswith(_THE, m.end) and _ANIMAL_AFTER.match(text, m.end)) or (
                text.endswith(_NAMED, 0, m.start)
                and _ANIMAL_NAMED.search(text, max(m.start - 24, 0), m.start)
            ):
                found.add(name)
                break
    return found


def genera(labels: Mapping[str, EntityLabel], text: str) -> set[str]:
    """One-word names ending in "-us" whose stem `text` also writes in lower case, a common
    noun: a genus of living things ("Brachiosaurus", the "brachiosaur" of "a type of
    brachiosaur", raw 33, read as a place), no person, organisation or place. Seven letters
    at least: a short name's stem is an English word ("Titus", "tit")."""
    return {
        name
        for name in labels
        if name.endswith("us")
        and " " not in name
        and len(name) > 6
        and next_mention(text, name[:-2].lower(), 0) >= 0
    }


_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|into|on|across|outside|inside|around|of|the|The) $"
)
"""Words before a place where something is or happens ("in", "near the"), or that make a
name a thing's ("the")."""
_TITLE_RUNS_ON = re.compile(r" (?:and|of) the [A-Z]")
_OPENING_MARKS = ('"', "“", "‘")


def titles(mentions: dict[str, list[Excerpt]], labels: Mapping[str, EntityLabel]) -> set[str]:
    """Names of works the recognizer read as places or people: a place of two words or more
    written once or more as a title in quotation marks and never after a word for where it
    is ("including ‘Jurassic Park,’", "The studio’s “Jurassic Park”", raw 231, a place in
    four mentions; "Area 51" and the "Monon High Bridge", also quoted once, are "at" or
    "near"), and a name that every time runs on into "and the" or "of the" and a capital,
    after a quotation mark once at least ("“Harry Potter and the Deathly Hallows: Part 2”",
    a person): the start of a title. On the 280 raw and DUC clusters those two only."""
    found = set()
    for name, excerpts in mentions.items():
        # a one-word name so quoted is as often a person's answering ("“Olivia.”", raw
        # 210, a place by the recognizer)
        if labels[name] == "place" and " " in name:
            quoted = any(
                how_it_stands(m.article.text, m.start, m.end) == IN_TITLE for m in excerpts
            )
            if quoted and not any(_where(m) for m in excerpts):
                found.add(name)
        elif all(_TITLE_RUNS_ON.match(m.article.text, m.end) for m in excerpts) and any(
            m.article.text.endswith(_OPENING_MARKS, 0, m.start) for m in excerpts
        ):
            found.add(name)
    return found


def _where(mention: Excerpt) -> bool:
    """Whether a mention follows a word for where a place is."""
    start = mention.start
    return _WHERE_BEFORE.search(mention.article.text, max(start - 8, 0), start) is not None


_POSSESSIVES = ("'s ", "’s ")


def programmes(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Names written once or more between a possessive and "programme": a broadcaster's
    programme ("The BBC's Panorama programme", raw 125, an organisation in five
    mentions), not listed; the possessor is the body."""
    return {
        name
        for name, excerpts in mentions.items()
        if any(
            m.article.text.startswith(" programme", m.end)
            and m.article.text.endswith(_POSSESSIVES, 0, m.start)
            for m in excerpts
        )
    }


def peoples_of_places(labels: Mapping[str, EntityLabel]) -> set[str]:
    """People named as a read place's people in the plural: "Virgin Islanders" of the Virgin
    Islands (raw 58, six mentions listed as one person). The name less its ending opens the
    place's name, which has at most two letters more ("New York", "America"), and has four
    letters or more. On the 280 raw and DUC clusters the one person so named."""
    peoples = [n for n, label in labels.items() if n.endswith(PEOPLE_ENDINGS) and label == "person"]
    if not peoples:
        return set()
    places = [name for name, label in labels.items() if label == "place"]
    found = set()
    for name in peoples:
        stem = peoples_stem(name)
        if stem and any(p.startswith(stem) and len(p) - len(stem) <= 2 for p in places):
            found.add(name)
    return found


_MEMBER_ENDINGS = ("man", "men", "woman", "women")
_STEM_LETTERS = 4


def members_of_peoples(labels: Mapping[str, EntityLabel], text: str) -> set[str]:
    """One-word organisations and places named a word `text` (the cluster's sentences)
    writes whole with its capital, and "man", "men", "woman" or "women": one of a people,
    "a 75-year-old Frenchman" (raw 179, an organisation) beside "French", "the Norsemen"
    (raw 2, a place) beside "Norse". The word has four letters or more ("Yemen", "Oman"
    and "Amman" are places). Not a person: "Goodman" is a surname whatever "Good" is. On
    the 280 raw and DUC clusters these two names."""
    found = set()
    for name, label in labels.items():
        if label != "person" and " " not in name and name.endswith(_MEMBER_ENDINGS):
            ending = next(e for e in reversed(_MEMBER_ENDINGS) if name.endswith(e))
            stem = name[: -len(ending)]
            if len(stem) >= _STEM_LETTERS and next_mention(text, stem, 0) >= 0:
                found.add(name)
    return found


_POST = re.compile(r" (?:[Ss]ecretary|[Mm]inister)\b(?!-)")
"""A secretary's or minister's title, not "UN Secretary-General" (the body's own post)."""
_POST_OF = ("Secretary of ", "Minister of ")
"""A title before its portfolio: "Secretary of State Hillary Clinton" (raw 81's "State", an
organisation)."""


def portfolios(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """One-word names every mention of which runs on into a secretary's or minister's title:
    a portfolio, no body ("Defense" of raw 184's "US Defense Secretary Chuck Hagel",
    "Interior" of raw 110's "Interior Minister Bernard Cazeneuve"). A body of two words or
    more keeps its name ("Homeland Security Secretary": the department's). So is one every
    mention of which follows the title and "of" ("Secretary of State")."""
    return {
        name
        for name, excerpts in mentions.items()
        if " " not in name
        and all(
            _POST.match(m.article.text, m.end) or m.article.text.endswith(_POST_OF, 0, m.start)
            for m in excerpts
        )
    }


_SPEECH = re.compile(r" (?:address|speech)\b")
_SPEECH_STARTS = (" address", " speech")
"""What `_SPEECH` opens with: one `startswith` rules out most names before any match."""
_NUMERALS = ("I", "V", "X")
_NUMERAL_END = re.compile(r" [IVX]+$")
_NEXT_NUMERAL = re.compile(r"(?: and | or | to |/)[IVX]+\b")


def speeches_and_classes(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Names of several words every mention of which runs on into "address" or "speech": a
    speech's ("his State of the Union address", raw 19's, an organisation in two outlets;
    a body of one word before it is its own, "a Senate speech"); and names closing on a
    Roman numeral every mention of which runs on into another one: a class of things ("Le
    Fort II and III pattern fractures", raw 118's, a place). Not listed. One loop, and one
    test of the first mention or the name, rule out most names before any match."""
    found = set()
    for name, excerpts in mentions.items():
        if " " not in name:
            continue
        first = excerpts[0]
        if first.article.text.startswith(_SPEECH_STARTS, first.end):
            if all(_SPEECH.match(m.article.text, m.end) for m in excerpts):
                found.add(name)
        elif (
            name.endswith(_NUMERALS)
            and _NUMERAL_END.search(name)
            and all(_NEXT_NUMERAL.match(m.article.text, m.end) for m in excerpts)
        ):
            found.add(name)
    return found


_FLIGHT_NUMBER = re.compile(r"[A-Z\d]{2}\d{1,4}")
"""An airline's two-character code and a number: "MH370", "QZ8501"."""
_FLIGHT_BEFORE = ("flight ", "Flight ")


def flights(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Names of a flight number's shape written after "flight" once or more: the flight's,
    not listed (raw 209's "Malaysia Airlines flight MH370", an organisation by the recognizer
    in fifteen mentions)."""
    return {
        name
        for name, found in mentions.items()
        if _FLIGHT_NUMBER.fullmatch(name)
        and any(m.article.text.endswith(_FLIGHT_BEFORE, 0, m.start) for m in found)
    }


_FIGURE_BEFORE = re.compile(r"\d ")


def units(mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Names of two or three capitals every mention of which follows a figure: a currency's
    or a measure's ("a fine of 3,000 BD", raw 127's Bahraini dinars, an organisation by the
    recognizer)."""
    return {
        name
        for name, found in mentions.items()
        if len(name) <= 3
        and name.isupper()
        and all(m.start >= 2 and _FIGURE_BEFORE.match(m.article.text, m.start - 2) for m in found)
    }


_FORMULA = re.compile(r"(?:[A-Z][a-z]?){1,3} [2-9](?: [A-Z])?")
"""A chemical formula as a page with its subscripts lost writes it: an element's symbol or
two, a space, a count ("CO 2", "H 2 O", raw 56's Nature abstract: "CO 2" an organisation in
five mentions)."""


def formulas(labels: Mapping[str, EntityLabel]) -> set[str]:
    """Names of a formula's shape: no one's, nor any group's or place's."""
    return {name for name in labels if " " in name and _FORMULA.fullmatch(name)}


_KINDS_OF_BODY = frozenset((*ORGANISATION_HEADS, "Church"))
"""A body's kind's words: the heads of names that go on with "of", and "Church", which
religious bodies' names close on as often ("the LDS Church") and a text writes alone for
the one it names ("President of the Church", "while the Church affirms", raw 106). On the
280 raw and DUC texts "Church" alone, no capitalised word before it nor "of" after, is
written 10 times: 9 a church's kind ("the history of the Church", raw 77; "the Church's
most important liturgical season", raw 237, the Catholic Church) or a sentence's first
word ("Church members say", raw 106), and DUC 16's "Church Street", a street's name read
whole."""


def bodies_unnamed(labels: Mapping[str, EntityLabel]) -> set[str]:
    """A body's kind alone, capitalised as the body the text names in full elsewhere ("The
    University appreciates" beside "the University of Connecticut", raw 8; "the Court",
    "the Church"): no name of its own."""
    return _KINDS_OF_BODY.intersection(labels)


_THE_BEFORE = ("the ", "The ")


def families(labels: Mapping[str, EntityLabel], mentions: dict[str, list[Excerpt]]) -> set[str]:
    """One-word names of a read person's surname plus "s", every mention after "the": a
    family or a couple ("the Kellers" beside Fran and Dan Keller, raw 152, an organisation in
    22 mentions), no one person nor a body."""
    plurals = [
        name
        for name, found in mentions.items()
        if name[-1:] == "s"
        and " " not in name
        and all(m.article.text.endswith(_THE_BEFORE, 0, m.start) for m in found)
    ]
    if not plurals:
        return set()
    surnames = {n.rpartition(" ")[2] for n, label in labels.items() if label == "person"}
    return {name for name in plurals if name[:-1] in surnames}


def beings_and_things(
    lone_people: set[str],
    mentions: dict[str, list[Excerpt]],
    labels: Mapping[str, EntityLabel],
    text: str,
) -> set[str]:
    """Every name that is a being's or a thing's, by each kind's own reading, not listed."""
    return (
        kinds_of_being(lone_people, text)
        | things(lone_people, mentions)
        | animals(mentions, labels)
        | ships(mentions)
        | programmes(mentions)
        | titles(mentions, labels)
        | genera(labels, text)
        | portfolios(mentions)
        | speeches_and_classes(mentions)
        | peoples_of_places(labels)
        | peoples_named(labels, text)
        | members_of_peoples(labels, text)
        | storms_named_alone(labels)
        | versions(labels)
        | things_by_shape(labels)
        | flights(mentions)
        | units(mentions)
        | formulas(labels)
        | bodies_unnamed(labels)
        | families(labels, mentions)
        | products_and_characters(mentions)
        | diseases_and_taxa(mentions)
    )
