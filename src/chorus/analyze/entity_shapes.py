"""Labels a read name's shape settles against the recognizer's vote: a unit's initials
closing a name ("Ghana SWAT", a person), a university's initials opening a campus ("UNC
Chapel Hill", a place), a one-word name opening a natural feature's ("Dakhleh" of "Dakhleh
Oasis", an organisation) and a place whose last word the text writes alone as a speaker
("El Molto": "Molto told Live Science"); a street written without its "Street" ("the block
of Daly"), a ship by its prefix ("USS Franklin"), a known group's product read as a person
("Google Gnome"), a TV station's network and number ("CBS12", an organisation), a name
joined by "in" to a place ("Legionella in Flint"), a body or place written short
("Central Bank", "Busan city", "Spirit" of "Washington Spirit"), a body without its words
from "and" ("Truth Commission"), a place without its opening article ("Vegas" of "Las
Vegas"), a place after its owner's name ("Trustees of Reservations Crane Beach"), a party
by its adjective ("Liberal") and a brand's capitals ("VKontakte"). What the shape of a
name's listed mentions settles is in entity_mention_shapes.py."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from chorus.analyze.entity_cues import SPEECH_AFTER
from chorus.analyze.entity_lists import KNOWN, LANDS_SPELLED
from chorus.analyze.model import EntityLabel

_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"))
_FEATURES = frozenset(
    (
        *("Oasis", "Desert", "Valley", "Lake", "River", "Island", "Islands", "Peninsula"),
        *("Canyon", "Glacier", "Mountains", "Creek", "Bay"),
    )
)
"""Last words of a natural feature's name, whose first word alone is the place ("ancient
Dakhleh")."""
_STREETS = frozenset(("Street", "Avenue", "Road", "Boulevard", "Drive", "Lane"))


def _two_capitals_then_lower(name: str) -> bool:
    """A brand's shape: two capitals, then lower case ("VKontakte", "UConn", "PLoS"): no
    person's or place's name is written so (a "Mc" or "De" has its capital third)."""
    return len(name) > 3 and name[:2].isupper() and name[2].islower() and name.isalpha()


_REGNAL = frozenset(("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
"""A monarch's number: the name before it, read alone, is the same person's."""


def by_shape(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> dict[str, EntityLabel]:
    """Names of `labels` whose shape gives them another label, with that label; `runs` are
    the candidate runs (`Reading.names`), every capitalised run of the text."""
    found: dict[str, EntityLabel] = {}
    speakers = []
    # cheap tests first (a capital closing a person's name, a "U" opening a place's): most
    # names pass none of them
    for name, label in labels.items():
        first, space, rest = name.partition(" ")
        if not space:
            # a group's initials read as a place ("DCF involved", "JCU researchers", "UC
            # police Chief"): no place is written so but a state's two letters ("CT") and a
            # dateline's town in capitals ("NEWTOWN", "ROME" beside "Rome")
            if (
                label == "place"
                and (2 < len(name) < 6 or name[0] == "U")
                and _initials(name)
                and (town := name.capitalize()) not in runs
                and town not in KNOWN
            ) or (label != "organisation" and (_two_capitals_then_lower(name) or _a_station(name))):
                found[name] = "organisation"
            continue
        if rest in _FEATURES:
            if labels.get(first) == "organisation":
                found[first] = "place"
        elif label == "person":
            if rest in _REGNAL and labels.get(first, "person") != "person":
                found[first] = "person"  # raw 221's "the real Napoleon" of "Napoleon III"
            last = rest[rest.rfind(" ") + 1 :]
            if last[-1].isupper() and _initials(last) and not first.isupper():
                found[name] = "organisation"  # "Ghana SWAT": no surname is in capitals
        elif label != "place":
            continue
        elif first[0] == "U" and _initials(first):
            found[name] = "organisation"  # "UNC Chapel Hill", "UC Berkeley"
        elif rest in runs and rest not in labels and " " not in rest and name not in LANDS_SPELLED:
            speakers.append((first, rest))
    if speakers:
        found |= {
            f"{first} {last}": "person" for first, last in speakers if _speaks(first, last, text)
        }
    return found


def streets_written_short(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """A one-word name, no known place, that opens a street's name, mapped to the street:
    "the block of Daly" and "428 Daly St." are Daly Street's (a person by the recognizer,
    listed apart as a place). Not a town's or a river's name: "Oklahoma" of "Oklahoma
    City"."""
    found = {}
    for name, label in labels.items():
        first, _, last = name.partition(" ")
        if last in _STREETS and label == "place" and first in labels and first not in KNOWN:
            found[first] = name
    return found


_ARTICLES = ("Las", "Los", "La", "El", "Le", "Les")
"""An article opening a place's name, which the text may drop once it has named it."""


def places_without_their_article(
    labels: Mapping[str, EntityLabel], spotted: Collection[str]
) -> dict[str, str]:
    """A one-word read place that closes the name of a place opening on an article
    (`_ARTICLES`), read, or known and written (`spotted`, `Reading.spots`), mapped to it:
    "hospitalized a few days ago in Vegas" (raw 21) is Las Vegas, listed apart with the
    longer name's mentions in its own (7 to Las Vegas's 4). On the 280 raw and DUC clusters
    the one such pair; a compass word is no article ("Florida" beside "South Florida", raw
    204, is the state)."""
    found = {}
    for name, label in labels.items():
        if label == "place" and " " not in name:
            for article in _ARTICLES:
                whole = f"{article} {name}"
                known = KNOWN.get(whole) == "place" and whole in spotted
                if labels.get(whole) == "place" or known:
                    found[name] = whole
                    break
    return found


_UNITS = frozenset(("city", "province", "county", "prefecture"))
"""A place's unit in lower case after its name ("Busan city"): the place itself."""


INVERTED = frozenset(("Department", "Ministry", "Bureau", "Office", "Board", "Commission"))
"""A body's head word written after its field as often as before it with "of"."""


def bodies_written_short(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """Two read names of one body or place, the shorter mapped to the longer or to the name
        without a unit: an organisation's name of two words or more after one word opening one
        other ("Central Bank" of "European Central Bank"; two such, none), one written without
        its last word "Department" ("Anaheim Police", "Anaheim Police Department") or a name
    without "University" ("Stanford" of "Stanford University", raw 56; "Wayne State") or one of two
    words or more without "College" ("Claremont McKenna", raw 206), one with its
    head word after its field ("Buildings Department" of "Department of Buildings"), and a
        place before its unit in lower case ("Busan city", "Busan")."""
    found: dict[str, str] = {}
    longer: dict[str, list[str]] = {}
    for name, label in labels.items():
        head, space, last = name.rpartition(" ")
        if not space:
            continue
        if label == "place" and last in _UNITS and labels.get(head) == "place":
            found[name] = head
        elif label == "organisation":
            first, _, rest = name.partition(" ")
            # a country's initials opening a body are `bodies_of_a_country`'s
            if " " in rest and labels.get(rest) == "organisation" and first not in LANDS_SPELLED:
                longer.setdefault(rest, []).append(name)
            if last == "Department" and labels.get(head) == "organisation":
                longer.setdefault(head, []).append(name)
            # "Wayne State" of "Wayne State University" (raw 50) as "Stanford" of Stanford's
            if last == "University" and labels.get(head) == "organisation":
                longer.setdefault(head, []).append(name)
            # "the dean of students at Claremont McKenna" (raw 206), read as a surname's
            # person: a name of two words written before "College" is the college's, whatever
            # its label ("Boston" beside Boston College stays the city)
            if last == "College" and " " in head and head in labels:
                longer.setdefault(head, []).append(name)
            # "the Buildings Department" of the "Department of Buildings" (raw 17), "the
            # Justice Department" of the "Department of Justice" (raw 116)
            if last in INVERTED and labels.get(whole := f"{last} of {head}") == "organisation":
                found[name] = whole
    found |= {short: names[0] for short, names in longer.items() if len(names) == 1}
    return found | bodies_after_their_place(labels)


_CHAMBERS = frozenset(("House", "Senate", "Assembly"))
"""A legislature's chamber opening its committee's name, written or not: "House Oversight
Committee", the "Oversight and Government Reform Committee"."""


def bodies_without_their_and(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """An organisation written without the words from its name's "and" to its last word,
    mapped to the one read organisation so named in full: the "Truth Commission" of the
    "Truth and Reconciliation Commission" (DUC 16, each listed), the "House Oversight
    Committee" of the "Oversight and Government Reform Committee" (raw 9; the text writes
    it after "House" too). A chamber opening the short name opens the full one in `text`
    (the sentences joined by newlines): the "Senate Judiciary Committee" is not the
    House's."""
    bodies = [name for name, label in labels.items() if label == "organisation"]
    full: dict[str, list[str]] = {}
    for name in bodies:
        opening, space, rest = name.partition(" and ")
        # a word between "and" and the last: "Ways and Means Committee" gives "Ways
        # Committee", which no cluster writes
        if space and " " in rest:
            full.setdefault(f"{opening} {rest.rpartition(' ')[2]}", []).append(name)
    found = {}
    for name in bodies:
        chamber, _, rest = name.partition(" ")
        if len(named := full.get(name, [])) == 1 or (
            chamber in _CHAMBERS
            and len(named := full.get(rest, [])) == 1
            and f"{chamber} {named[0]}" in text
        ):
            found[name] = named[0]
    return found


def places_after_their_owner(labels: Mapping[str, EntityLabel]) -> list[str]:
    """Places read with a body's name and its "of" before a read place of two words or more:
    "the Trustees of Reservations Crane Beach parking lot" (raw 164, the beach's owner run
    into it). No name: its mentions are the read place's, found inside it."""
    return [
        name
        for name, label in labels.items()
        if label == "place" and " of " in name and _closes_on_a_place(name, labels)
    ]


def _closes_on_a_place(name: str, labels: Mapping[str, EntityLabel]) -> bool:
    at = name.find(" ", name.find(" of ") + 4)  # the body's name takes a word after "of"
    while at >= 0:
        if " " in (tail := name[at + 1 :]) and labels.get(tail) == "place":
            return True
        at = name.find(" ", at + 1)
    return False


def bodies_after_their_place(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """A one-word organisation, read or known, mapped to the one read name closing on it,
    where that name is an organisation opening on a place: "Spirit" of "Washington Spirit",
    "Senate" of "U.S. Senate". Not when another read name holds it too ("State Senate":
    which Senate is not told; "Humane" of "Lehigh County Humane Society", whose cut "Lehigh
    County Humane" is read too), nor after a name no place's ("White House" is not the
    House)."""
    holding: dict[str, list[str]] = {}
    for name in labels:
        for word in name.split() if " " in name else ():
            holding.setdefault(word, []).append(name)
    found = {}
    for short, (name, *others) in holding.items():
        head, _, last = name.rpartition(" ")
        if (
            not others
            and last == short
            and labels[name] == labels.get(short, KNOWN.get(short)) == "organisation"
            and _a_place(head, labels)
        ):
            found[short] = name
    return found


_CAPITALS_LEFT_OUT = frozenset(("Washington",))
"""A place's name entity_lists leaves out of its known places (it is as often the
government's), still a place's when it opens a body's name ("Washington Spirit")."""


def _a_place(name: str, labels: Mapping[str, EntityLabel]) -> bool:
    """Whether `name` is a place's, as read or as known."""
    return (
        name in LANDS_SPELLED
        or name in _CAPITALS_LEFT_OUT
        or "place" in {labels.get(name), KNOWN.get(name)}
    )


def parties_written_whole(
    labels: Mapping[str, EntityLabel], names: Collection[str]
) -> dict[str, str]:
    """A one-word organisation the text also writes before "Party", mapped to the party:
    "Liberal" of "Liberal MP Mauril Bélanger" is "the Liberal Party’s" (listed as
    "Liberal")."""
    return {
        name: party
        for name, label in labels.items()
        if label == "organisation" and " " not in name and (party := f"{name} Party") in names
    }


_STATION = re.compile(
    r"(?:ABC|CBS|NBC|FOX|Fox|CW|PBS)\d{1,2}|\d{1,2}(?:ABC|CBS|NBC|FOX)|[KW][A-Z]{3}\d{1,2}"
)


def _a_station(name: str) -> bool:
    """A TV station's shape, a network's or its call letters with the channel's number
    ("CBS12", "NBC4", "4NBC", "KPRC2"): raw 225's "In a statement to CBS12" was read as a
    place. A digit test first: most names have none."""
    return (name[-1].isdigit() or name[0].isdigit()) and _STATION.fullmatch(name) is not None


def _initials(word: str) -> bool:
    """Whether `word` is a group's initials in capitals, not a land's ("US") nor a numeral."""
    return (
        len(word) > 1
        and word.isalpha()
        and word.isupper()
        and word not in _NUMERALS
        and word not in LANDS_SPELLED
    )


def _speaks(first: str, surname: str, text: str) -> bool:
    """Whether `text` writes `surname` alone, after neither `first` nor "the", right before a
    verb of speech ("Molto told"): a person's surname, not a place's last word ("North
    Korea said"; a paper's, "the Post said", is an organisation's and is not looked at)."""
    written = f" {surname}"
    at = text.find(written)
    while at >= 0:
        if text.startswith(SPEECH_AFTER, at + len(written)) and not text.endswith(
            (first, "the", "The"), 0, at
        ):
            return True
        at = text.find(written, at + 1)
    return False


_SHIP_PREFIXES = ("USS ", "HMS ", "HMAS ", "HMCS ", "RMS ")
_MEASURES = (" Index", " Guidelines", " Level", " Standards", " Threshold")
_CRAFT_ENDS = (" Vessel", " Ship")
_PLACE_PREFIXES = ("Sub-", "Anti-", "Pro-", "Pre-", "Post-", "Non-", "Pan-", "Trans-")
"""A prefix that makes a place's name an adjective ("Sub-Antarctic", "Anti-American")."""
"""Last words of a measure's or a rulebook's name, read as a body: "Federal Poverty
Guidelines", "Federal Poverty Level" (raw 197), "Good Country Index", "Community
Standards" (Facebook's rules), "Next Generation Science Standards": on the 280 raw and DUC
clusters the five names listed with one, all organisations, none one."""


_DOUBLED = re.compile(r"\b([A-Z][a-z]+)\1\b|^([A-Z][a-z]+) .+ \2$")


def words_written_twice(labels: Iterable[str]) -> list[str]:
    """Names holding one capitalised word written twice as one ("John TrumpTrump Jr.", raw
    214's headline of a page's menu run together), or closing on the word they open on
    ("Donald Trump Donald", that menu's next name run on): no name. Looked at where the
    recognizer's names are settled, once a cluster, not in `entities`."""
    return [name for name in labels if _DOUBLED.search(name) is not None]


def things_by_shape(labels: Mapping[str, EntityLabel]) -> set[str]:
    """Names the recognizer read (`labels`) that open on a navy's or a mail ship's prefix
    ("USS Franklin", a person), and people whose first word is a known organisation's name
    (entity_lists.KNOWN): its product ("Google Gnome", beside "Google Home"; on the 280 raw
    and DUC clusters the one person so named); and a name read alone too and joined by "in"
    to a place read alone ("Legionella in Flint", an organisation, of "tested for
    Legionella in Flint" beside "Legionella" and "Flint"; the one such name there): two
    names, not one; a measure's or a rulebook's name (_MEASURES); and a place's name after a
    prefix (_PLACE_PREFIXES: raw 139's "the Antarctic and Sub-Antarctic birds", an
    organisation), a kind of thing; a ship's name cut after its kind ("Australian Defence
    Vessel" of "... Vessel Ocean Shield", raw 218); and two places the recognizer read joined
    by a hyphen, a route ("Kuala Lumpur-Beijing flight", raw 218, a place). None is listed."""
    return {
        name
        for name, label in labels.items()
        if name.startswith(_SHIP_PREFIXES)
        or (label == "organisation" and name.endswith(_MEASURES))
        or (
            name.startswith(_PLACE_PREFIXES)
            and "place" in {labels.get(place := name.partition("-")[2]), KNOWN.get(place)}
        )
        or (label == "person" and KNOWN.get(name[: name.find(" ")]) == "organisation")
        or (
            " in " in name
            and (parts := name.split(" in "))[0] in labels
            and labels.get(parts[-1]) == "place"
        )
        or name.endswith(_CRAFT_ENDS)
        or (
            "-" in name
            and all("place" in {labels.get(p), KNOWN.get(p)} for p in name.split("-", 1))
        )
    }
