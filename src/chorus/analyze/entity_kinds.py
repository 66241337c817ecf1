"""Names the recognizer lists that are no person, organisation or place: spans that are no
one name ("Tina Fey and Eva Longoria"), things and designations in capitals ("CPU",
"C-124"), aircraft models and planes' call signs ("Tu-154", "Yak 40", "Air Force One"),
kinds of being written in both numbers ("Klingon" / "Klingons"), common nouns written
mostly in lower case ("Monkeys"), things a sentence owns ("the Hummer"), events and wars
("Cannes Film Festival") (entity_titled.py drops a title opening a name). The "'s" a name
is written with every time ("McDonald’s") and two names a possessive joins ("Lightspeed’s
Jeremy Liew") are told in entity_possessives.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from chorus.analyze.entity_endings import is_publication
from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.entity_names import cut_at_a_function_word, opens_with_a_century
from chorus.analyze.model import EntityLabel, Excerpt

_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’])(?:[Tt]he|[Aa]n?|his|her|their)|\w['’]s) $")


def after_an_article(text: str, start: int) -> bool:
    """Whether the mention at `start` in `text` comes right after an article or a
    possessive ("the Hummer", "a Hummer", "Hayes's Hummer", "his Hummer"): a thing's way
    of being written, not a person's."""
    return _ARTICLE_BEFORE.search(text, max(start - 6, 0), start) is not None


_TIME_ZONES = (
    *("GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST"),
    "PDT",
)
_THINGS_IN_CAPITALS = (
    *("CPU", "GPU", "RAM", "SSD", "USB", "HDMI", "LCD", "LED", "OLED", "DVD", "GPS", "SIM", "URL"),
    *("PDF", "API", "DIY", "OMG", "LOL", "FAQ", "EEG", "ECG", "EKG", "MRI", "PET"),
    *("DNA", "RNA", "HIV", "AIDS", "HPV", "TBI", "PTSD", "ADHD", "SIDS", "STD", "IVF", "ICU"),
    *("THC", "CBD", "BMI", "GMO", "DWI", "DUI", "MVP", "GDP", "IPO", "EPS", "ATM", "SUV"),
    *("UFO", "IED", "RPG", "BBQ"),
    # kinds of body: "The puppy was adopted by the NPO" (raw 245), "a super PAC" (raw 36)
    *("NGO", "NPO", "PAC"),
)
_POSTS_IN_CAPITALS = ("CEO", "CFO", "CTO", "COO")
_NO_NAMES_IN_CAPITALS = frozenset((*_TIME_ZONES, *_THINGS_IN_CAPITALS, *_POSTS_IN_CAPITALS))
"""Words in capitals the recognizer reads as organisations that name no one: time zones
after a clock time ("4 p.m. (0800 GMT)", "10am BST"; 3 on the 280 raw and DUC clusters),
and things, tests, conditions and measures ("an Intel Core i5/i7 CPU, ... 8GB of RAM",
"fMRI, PET, or EEG", "NBA Finals MVP", "HPV", "THC", "DWI": 16 of the 285 words in capitals
main listed as organisations on those clusters, all things), and a company's posts
("Oculus' CTO", an organisation). A common noun, not listed.
Left out: words as often a body's or a place's ("AI", Amnesty International; "CT",
Connecticut; "ER"; "DOB", New York's Department of Buildings)."""
_MODEL = re.compile(r"(?:[A-FHJ-Z][A-Z]?-|(?:Tu|Yak|Il|An|Su|MiG|Mi|Ka)[- ])\d+[A-Z]?")
"""Letters, a hyphen and a number: an aircraft's, a rating's or a unit's designation
("C-124", "EF-5", "K-9"), which the recognizer reads as an organisation. Not "G-20" (a
group of countries) nor "I-95" (a highway). Soviet makers' prefixes, a hyphen or a space
before the number, are aircraft too: raw 224's "Tu-154" (an organisation) and "a
Soviet-built Yak 40" (a person)."""
_NAMED_PLANES = frozenset(("Air Force One", "Air Force Two", "Marine One"))
"""Planes and a helicopter named by their call sign: raw 221's "Air Force One trips", an
organisation by the recognizer. A craft is no person, body or place, as a ship is not
(entity_crafts.py)."""
_ROLES = (" Girl", " Boy")
"""Last words of a role's nickname: "everyone's favorite Golden Girl" (raw 203, Betty White's
part, read as a place). No person, body or place the story names."""
_NAMES_OF_GOD = frozenset(("Divine", "Almighty", "Satan", "Lucifer"))
"""Words for God written alone: "the home of the Divine itself", "that Divine presence" (raw
212, an organisation). Not inside a name ("St. John the Divine", a cathedral). The devil's
names neither: "a sugar-coated Satan sandwich" (raw 112, a place)."""
_POSTS_AS_NAMES = frozenset(("First Lady", "First Ladies", "Second Lady", "First Gentleman"))
"""A president's spouse's post written alone, which the recognizer reads as a body: "clothes
worn by former First Ladies from Nancy Reagan to Laura Bush" (raw 81). A post names no one."""


_JOINED = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+ and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")
"""Two full names joined by "and" ("Tina Fey and Eva Longoria", labelled organisation):
no one name, and no label to give each part. "Health and Wellbeing", "Bill and Melinda
Gates Foundation" have a one-word side and stay. Names joined by a slash are photo credits
("AP Photo/David Zalubowski") and go too."""
_BODIES = frozenset(
    (
        *("Service", "Administration", "Commission", "Bureau", "Agency", "Department"),
        *("Institute", "Council", "Foundation", "Association", "Society", "Authority", "Board"),
    )
)
"""Last words of a body whose name holds "and" between two sides of two words: "U.S. Fish
and Wildlife Service" (`_JOINED`'s shape) is one name where only its second side ends in
one ("Justice Department and Homeland Security Department" are two)."""


def _joined(name: str) -> bool:
    """Whether a span is two names joined by "and" (`_JOINED`), not one body's (`_BODIES`)."""
    if not _JOINED.fullmatch(name):
        return False
    first, _, second = name.rpartition(" and ")
    return second.rpartition(" ")[2] not in _BODIES or first.rpartition(" ")[2] in _BODIES


def is_one_name(name: str) -> bool:
    """Not a letter, a lower-case phrase, a time zone, a thing, a designation ("CPU",
    "C-124", "Tu-154"), a plane's call sign ("Air Force One"), a role's nickname ("Golden
    Girl"), a word for God or the devil alone ("Divine"), a spouse's post ("First Lady"),
    names joined by "and", a photo credit or a span holding a bracket ("Ministry of
    Culture.[1][2]It", a page's notes run on; "Research on Cancer (IARC"), a span cut at a
    function word ("Scale for")."""
    return (
        len(name) > 1
        and (name[0].isupper() or opens_with_a_century(name))
        and name not in _NO_NAMES_IN_CAPITALS
        and name not in _NAMED_PLANES
        and name not in _NAMES_OF_GOD
        and name not in _POSTS_AS_NAMES
        and not name.endswith(_ROLES)
        # the pattern only for the few names with a hyphen or closing on a digit
        and not (("-" in name or name[-1].isdigit()) and _MODEL.fullmatch(name))
        # a slash joins a photo credit's names; a bracket opens a note or an abbreviation
        and "/" not in name
        and "[" not in name
        and "(" not in name
        and not _joined(name)
        and not cut_at_a_function_word(name)
    )


_NUMBERED_PLACE = re.compile(r"(?:Area|Route|Highway|Interstate|Terminal|Hangar|Pier) \d+[A-Z]?")
"""A place named by a word for a place and its number, "Area 51", "Route 66", "Terminal 4":
the recognizer reads them as products or as facilities' numbers (`numbered_place`)."""


def numbered_place(name: str) -> EntityLabel | None:
    """Place for a name of a word for a place and a number ("Area 51", read as a product by
    the recognizer), None for other names."""
    return "place" if _NUMBERED_PLACE.fullmatch(name) else None


THING_MENTIONS = 3
COMMON_TIMES = 2
"""How many times as often as with its capital a one-word name written in lower case is a
common noun (`common_nouns`)."""


def _other_number(name: str) -> str:
    """The plural of a word, or the singular of one ending in "men" or in "s": "Klingons",
    "Klansmen" for "Klansman", "Klansman" for "Klansmen", "Fitbit" for "Fitbits"."""
    if name.endswith(("man", "men")):
        return name[:-2] + ("en" if name.endswith("man") else "an")
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name + "s"


def lone_people_of(labels: Mapping[str, EntityLabel]) -> set[str]:
    """One-word people who are no recognised person's surname: "Klingon", "Hummer", but
    not "Kardashian" (of Kim Kardashian)."""
    people = [name for name, label in labels.items() if label == "person"]
    surnames = {name.rsplit(" ", 1)[-1] for name in people if " " in name}
    return {name for name in people if " " not in name and name not in surnames}


def kinds_of_being(lone_people: set[str], text: str) -> set[str]:
    """Lone people also written in the other number: "Klingon" (of "the Klingon language"
    and "no Klingons"), "Oscar" (of "16 Oscars"), "Klansman" and "Klansmen", "Fitbits" (of
    "these Fitbits" beside the maker "Fitbit"), which the recognizer read as people; so "the
    Clintons" beside "Clinton" go too, a family. Not listed: no label fits them."""
    return {name for name in lone_people if next_mention(text, _other_number(name), 0) >= 0}


def common_nouns(mentions: dict[str, list[Excerpt]], lowered: Counter[str]) -> set[str]:
    """One-word organisations written in lower case COMMON_TIMES as often as with their
    capital, or more: "Monkeys" of a headline over "monkeys" ×4, "Brain" and "Supreme"
    inside other names, "Commission" of "the Truth Commission" and "the commission". A
    common noun, not a name; "the Senate" and "Parliament", also written "senate" or
    "parliament", are written with their capital more. Names in capitals ("NASA") and
    journals ("Cell", "Science") are names whatever the text writes in lower case. People
    and places are not weighed: a first name or a town is a common word as often ("Hope",
    "Grace", "Turkey", "Reading"), and weighing every one-word name cost 0.03-0.05 ms a
    cluster (3.9 names a raw cluster; 1.1 organisations). A name of several words is weighed
    after a word of quantity (`_common_phrase`)."""
    return {
        name
        for name, found in mentions.items()
        if (lowered[name] >= COMMON_TIMES * len(found) and not is_publication(name))
        or (" " in name and _common_phrase(name, found))
    }


_MORE = (" additional ", " more ", " extra ", " further ")
"""Words of quantity a common noun follows, a name seldom: "to get additional Border
Security!" (a tweet's capitals)."""


def _common_phrase(name: str, found: list[Excerpt]) -> bool:
    """Whether a name of several words, first written right after a word of quantity
    (_MORE), is written in lower case in that article COMMON_TIMES as often as the
    cluster writes it with capitals, or more: "additional Border Security" beside "border
    security" ×3. Any lower-case word but an article before it, as the cue, took "the most
    explosive Stock Market rally" too, but searched the articles of ~4.5 names a cluster:
    4% of the section's time."""
    text, start = found[0].article.text, found[0].start
    return text.endswith(_MORE, 0, start) and text.count(name.lower()) >= COMMON_TIMES * len(found)


def things(lone_people: set[str], mentions: dict[str, list[Excerpt]]) -> set[str]:
    """Lone people written THING_MENTIONS times or more, each after an article or a
    possessive: "the Hummer", "a Hummer", "Hayes's Hummer" (a car the recognizer read as a
    person). Twice is as often a family ("the Clintons") or a person's name before a noun
    ("the Bush tax cuts"). Looked at once the mentions are found, not in their loop: few
    names are lone people. Not listed: no label fits them."""
    return {
        name
        for name in lone_people
        if len(found := mentions.get(name, ())) >= THING_MENTIONS
        and all(after_an_article(m.article.text, m.start) for m in found)
    }


_EVENT_ENDINGS = frozenset(
    (
        *("Festival", "Awards", "Award", "Prize", "Championships", "Championship", "Olympics"),
        *("Games", "Cup", "Race", "Marathon", "Tournament", "Oscars", "Emmys", "Grammys"),
        *("Tonys", "Globes", "War", "Challenge", "Paleolithic", "Neolithic", "Death"),
        *("Plague", "Famine", "Depression"),
    )
)
"""Last words of events and awards ("Cannes Film Festival", "Screen Actors Guild Awards",
"European Championships", "Primetime Emmys", "Asian Games"), which the recognizer labels
organisations or places and which are none: on the 250 raw and 30 DUC clusters every listed
name ending in one is an event or an award. Not "Convention" ("Southern Baptist
Convention"), "Conference" ("Southeastern Conference") nor "Fair" ("Vanity Fair"): as often
organisations; but a party's "National Convention" is its gathering ("Republican National
Convention"). A war is an event too ("American Civil War"), and a viral challenge ("a
'Mannequin Challenge' video", an organisation), and a name opening on "Best" an award's
category ("Best Comedy Actor"). So is an age of prehistory ("the very tall Upper Paleolithic
people", an organisation; "Bronze Age", a place), ending in "Paleolithic", "Neolithic", or
in "Age" or "Era" after another word. And a calamity of history ("since the Black Death of
the 14th century", an organisation; "Great Famine", "Great Depression")."""
_STORMS = ("Hurricane", "Typhoon", "Super Typhoon", "Tropical Storm", "Cyclone")
"""What opens a storm's name ("Hurricane Georges", an organisation by the recognizer; "Super
Typhoon Zeb"): an event too."""
_STORM = re.compile(rf"^(?:{'|'.join(_STORMS)}) (?:.* )?(\S+)$", re.MULTILINE)
_EVENT_OPENINGS = ("Best ", *(f"{storm} " for storm in _STORMS))
_NOT_LISTED_ENDINGS = _EVENT_ENDINGS | {
    *("Medicare", "Medicaid", "Obamacare", "ObamaCare", "Remix"),
    *("Nouveau", "Deco", "Baroque", "Rococo"),
}
"""... and a government's programmes, which the recognizer labels organisations ("cuts in
physicians' Medicare fees", "Social Security", "ObamaCare" as some write it): no
organisation, no one's; a track's version, read as its maker ("“Shook Ones” (Wonderboy
Remix)", a person); and a style of art or building ("the altar is in Art Nouveau", raw 158,
a place; "Art Deco")."""


def is_event(name: str) -> bool:
    """Whether a name is an event's or an award's, by its last word ("Awards"), its last
    two ("National Convention") or its first ("Best", "Hurricane"), or a programme's, or a
    law's after another word ("Misuse of Drugs Act", "Misuse of Drugs Amendment Bill",
    "American Jobs Act", organisations: every name so ending on the 280 raw and DUC
    clusters), or a style's ("Art Nouveau"), or a court case's ("Brulotte v. Thys", raw 188,
    read as a person: a party against another, "v." or "vs.", is never one person)."""
    return (
        name[name.rfind(" ") + 1 :] in _NOT_LISTED_ENDINGS
        or " v. " in name
        or " vs. " in name
        or name.endswith(
            (" National Convention", "Social Security", " Age", " Era", " Act", " Bill")
        )
        or name.startswith(_EVENT_OPENINGS)
    )


_PEOPLES_OPENINGS = ("Aboriginal ", "Indigenous ", "Native ")


def is_a_people(name: str) -> bool:
    """Whether a name is a people's, which the recognizer labels an organisation: a plural
    after a word for a land's first people ("Aboriginal Tasmanians", raw 185; on the 280 raw
    and DUC clusters the one listed name so opening)."""
    return name.startswith(_PEOPLES_OPENINGS) and name.endswith("s")


def storms_named_alone(names: Iterable[str]) -> set[str]:
    """The last words of storms' names, which the text also writes alone ("Georges" of
    "Hurricane Georges", a person by the recognizer): the storm, not listed."""
    # one search of the names one a line: a storm is rare, a look at every name is not
    return set(_STORM.findall("\n".join(names)))


_VERSION = re.compile(r" \d+\.\d+(?: |$)")


def versions(names: Iterable[str]) -> set[str]:
    """Names holding a version's number, products' ("Keurig 2.0 Brewing Technology", an
    organisation, "Bluetooth 4.0 Gigabit Ethernet", a person: the two on the 280 raw and DUC
    clusters): not listed."""
    # a name without a full stop is looked at no further
    return {name for name in names if "." in name and _VERSION.search(name)}
