"""Labels a name's last or first word settles, and a town's US state: an organisation
named "... Airport" is a place, and so is one opening on "Palais" or "Mount", a person named
"... News" an organisation, a place named "... Sheriff" an office, a web service
("Twitter") and a journal ("Cell") organisations, a town before a US state a place, a town
a place where the recognizer read it as the zoo named for it ("Colchester") or as a person
where it follows "in" or only a person's name and "of", a church named for a listed town its
building ("Kiruna Church"), and "X State" an organisation where "X State University" is
named. Moved from entity_forms.py, which
keeps the forms of the text around a mention."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_PLACE_ENDINGS = frozenset(
    (
        *("Airport", "Bridge", "Building", "Hall", "Station", "Field", "Park", "Square"),
        *("Street", "Avenue", "Road", "Highway", "Hill", "Mountain", "Mountains", "Valley"),
        *("Island", "Islands", "Beach", "Coast", "Lake", "River", "Falls", "Bay", "Township"),
        *("Zoo", "Market", "Apartments", "Facility", "Prison", "Jail", "World", "Creek"),
        *("Firth", "Sea", "Ocean", "Canyon", "Peninsula", "Strait", "Glacier", "Desert"),
        *("Base", "Ranch", "Complex", "Oasis", "Arc", "Range"),
    )
)
"""Last words that make a name a place: on the 250 raw validation clusters, of the 14
organisations by the recognizer with one, 11 are places (a building, a bridge, a hall, a
park, a hill, mountains); the others are a coffee ("Jamaican Blue Mountain"), a joined
span and a story's title. A zoo is a place, as the gold judges it: four on the 280 raw and
DUC clusters, all organisations by the recognizer ("Colchester Zoo", "San Diego Zoo"). A
market, a block of flats, a jail and a theme park four more, all places the recognizer
read as organisations ("Borough Market", "Lincoln Apartments", "Anaheim Detention
Facility", "Disney World"); not "Center" nor "Studios" ("Pew Research Center", "Marvel
Studios"). A ranch and a sports complex too ("Paradise Ranch", the CIA's name for Area 51;
"Largo Sports Complex"; "Moyle Mink Ranch", a farm the story's mink were let out of: the
three organisations with one on the 280 clusters). A volcanic arc and a mountain range ("the
Cascade Arc", raw 243: the one organisation with either on the 280)."""
_ORGANISATION_ENDINGS = frozenset(
    (
        *("News", "Herald", "Times", "Journal", "Tribune", "Gazette", "Inc", "Inc.", "Corp"),
        *("LLC", "Ltd", "Airlines", "University", "College", "Institute", "Committee"),
        *("Department", "Agency", "Police", "Bank", "Foundation", "Association", "Company"),
        *("Klan", "Party", "Church", "Club", "Group", "Council", "Society", "Union", "State"),
        *("Sheriff", "Galleries", "Gallery", "Farm", "Farms", "Tech", "Central", "Kaisha"),
    )
)
"""Last words that make a person by the recognizer an organisation: on the 250 raw
validation clusters two persons end in one ("Miami Herald", "ABC7 News"), both papers or
stations, "Ku Klux Klan" and "Kent State" (the university) in one more each; a person's
name ending in such a word is rarer than a company named for one. "Broward Sheriff’s
detectives": a post ending a name is its office (a person's title comes first). "Thomas
Kinkade Signature Galleries" (1747): shops named for their painter. "Donald B. Conrad Fur
Farm" (1400): a farm named for its owner. "Kaisha", a Japanese company's ("Yusen Kabushiki
Kaisha", raw 244, the one name closing on it on the 280 raw and DUC clusters). "Virginia
Tech" (raw 189, "along with Kent State and Virginia Tech"): a school. "Comedy Central"
(raw 5, "on Fox and Comedy Central"): a channel."""
_OFFICE_ENDINGS = frozenset(
    (
        *("Sheriff", "Department", "Police", "Agency", "Office", "Commission", "Committee"),
        *("Council", "School", "Court", "Elementary"),
    )
)
"""Last words of an office or a court that make a place by the recognizer an organisation:
"Orange County Sheriff" of "the Orange County Sheriff's Department", "Carroll County
Sheriff’s Department", a school ("Abby Kelley Foster Charter Public School", raw 68), a
court ("Los Angeles County Superior Court", raw 34; the one place ending in "Court" on the
280), a school written without "School" ("a vigil at North Park Elementary", raw 75). Not
"State", "Union" nor "Bank": places ("Silver State", "Soviet Union", "West Bank")."""
PAPERS = frozenset(("Herald", "Times", "Journal", "Tribune", "Gazette", "Sun", "Post"))
"""Last words making a place by the recognizer a paper ("Las Vegas Sun"); not "Newport News"."""
_NO_SURNAMES = frozenset(
    (
        *("Republic", "Kingdom", "County", "Province", "Territory", "Airport", "Zoo", "Canyon"),
        *("Glacier", "Peninsula", "Strait", "Creek", "River", "Island", "Islands", "Beach"),
        *("Valley", "Mountains", "Falls", "Township", "Apartments", "Facility", "Prison"),
        *("Jail", "Desert", "Ranch", "Complex"),
    )
)
"""Last words of places that make a person by the recognizer a place: no surname ("Chechen
Republic" of "the former Chechen Republic of Ichkeria", "John F. Kennedy Airport", "Yasser
Arafat International Airport", "Frozen Zoo": the four people with one on the 280 raw and
DUC clusters). Not "Lake", "Hill", "Park", "Field", "Hall", "Street", "Bay", "Ocean" nor
"Firth" (Ricki Lake, Letitia Hill, Michael Bay, Frank Ocean, Colin Firth)."""
COMMON_ENDINGS = _NO_SURNAMES | _ORGANISATION_ENDINGS | _OFFICE_ENDINGS
"""Last words of a body's or a place's name that are no one's surname: two names closing on
one are two names ("Senate Intelligence Committee", "House Intelligence Committee", raw
149; "Missouri River", "Souris River", raw 147), where two closing on a surname are most
often one person ("President Obama", "Barack Obama")."""
# "La" only as "La.": "the card read “Emma Stone, La La Land”" made her a town
_STATES = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky"
    r"|La(?=\.)|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[CDHJMY]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn"
    r"|Vt|Va|Wash|W\.Va|Wis|Wyo)\b"
)
US_STATES = (
    *("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut"),
    *("Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas"),
    *("Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota"),
    *("Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire"),
    *("New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio"),
    *("Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota"),
    *("Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin"),
    "Wyoming",
)
STATES_SHORT = {
    **{"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California"},
    **{"Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida"},
    **{"Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas"},
    **{"Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts"},
    **{"Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri"},
    **{"Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire"},
    **{"N.J.": "New Jersey", "N.M.": "New Mexico", "N.C.": "North Carolina"},
    **{"N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania"},
    **{"R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota"},
    **{"Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "W.Va.": "West Virginia"},
    **{"Wis.": "Wisconsin", "Wyo.": "Wyoming"},
}
"""A US state's abbreviation after its town, as AP writes it ("Fort Calhoun, Neb."), by the
state it stands for: a mention of that state where the text also names it in full (entity_
known.py). Not "N.Y." (a "New York" row is most often the city's), "Wash." nor "Ga." (Washington and
Georgia are no known names: the capital's government, a country, a person)."""
_BEFORE_STATE = re.compile(f", (?:{_STATES}|(?:{'|'.join(US_STATES)})(?=[,.;]))")
_STATE = re.compile(_STATES)
_TOWN_BEFORE = re.compile(r"[A-Z][\w.’'-]*, $")
"""A town and its US state ("Bolton, CT", "Montgomery, Ala.", "Sandy Hook, Connecticut,"
with a stop or comma after it, not "..., Connecticut Democrat"): the recognizer took towns
in lists of people ("Dominic Godi, 21, Bolton, CT.") for people, and the state for an
organisation."""


WEB_SERVICES = frozenset(
    (
        *("Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "Snapchat", "Reddit"),
        *("Tumblr", "LinkedIn", "Pinterest", "WhatsApp", "TikTok", "Flickr"),
    )
)
"""Sites stories cite by name, which the small model cannot know: on the 250 raw validation
clusters it listed Twitter as a person in 6 ("posting on Twitter"), Reddit and YouTube as
places; each is the company's service, an organisation."""


_JOURNALS = frozenset(
    (
        *("Cell", "Nature", "Science", "Lancet", "PLoS ONE", "PNAS", "JAMA", "BMJ"),
        *("Billboard", "Variety", "Vogue", "Forbes", "Cosmopolitan"),
    )
)
"""Journals and magazines stories cite by their one-word names ("report their work online
today in Cell", "told Billboard"), which the small model read as a place or a person;
written with a capital inside a sentence, these words name the publication."""


def is_publication(name: str) -> bool:
    """Whether a name is a web service's or a journal's, whatever else the word means."""
    return name in WEB_SERVICES or name in _JOURNALS


_TOWN_INSTITUTIONS = (
    *(" Zoo", " Aquarium", " United", " Airport", " Police", " Hospital"),
    *(" FC", " County"),
)
"""Last words of institutions named for their town ("Colchester Zoo", "Manchester
United"): the town written alone ("the Colchester mandrills") is a place, where the
recognizer, reading it beside the institution, called it an organisation ("Elkhart" of
"Elkhart County"). Not
"University" nor "Council": "Stanford" alone is the university, "UN" of "UN Security
Council" the organisation."""


def towns_of_institutions(labels: dict[str, EntityLabel]) -> set[str]:
    """One-word organisations that open the name of an institution named for its town."""
    named = [name for name in labels if name.endswith(_TOWN_INSTITUTIONS)]  # few or none
    towns = {name.rpartition(" ")[0] for name in named}
    return {town for town in towns if labels.get(town) == "organisation" and " " not in town}


def universities_written_short(labels: dict[str, EntityLabel]) -> set[str]:
    """Names "X State" where "X State University" is also a name: the university written
    short ("Wayne State officer", read as a place), not a state."""
    return {name for name in labels if name.endswith(" State") and f"{name} University" in labels}


_SHORT_FIRST_WORDS = {"Ft": "Fort", "Ft.": "Fort", "Mt": "Mount", "Mt.": "Mount"}
_SHORT_FIRST = re.compile(r"^(Ft|Mt)\.? (.+)$", re.MULTILINE)


def written_short(labels: dict[str, EntityLabel]) -> dict[str, str]:
    """Names whose first word is short for a name's first word the cluster also writes in
    full, mapped to it: "Ft Lauderdale" → "Fort Lauderdale" (two entities before)."""
    # one search of the names one a line, as in `storms_named_alone`
    found = (
        (m[0], f"{_SHORT_FIRST_WORDS[m[1]]} {m[2]}")
        for m in _SHORT_FIRST.finditer("\n".join(labels))
    )
    return {short: full for short, full in found if full in labels}


def mountains_written_short(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """Names of two words or more that a read place's name writes after "Mount", mapped to
    it: "St Helens" of "Imaging Magma Under St Helens (iMUSH)" (raw 243, a person by the
    recognizer) is Mount St Helens. A one-word name is left: "Adams" may be a person beside
    Mount Adams."""
    return {
        short: name
        for name, label in labels.items()
        if label == "place"
        and name.startswith("Mount ")
        and " " in (short := name[6:])
        and short in labels
    }


_PLACE_OPENINGS = frozenset(("Palais", "Mount", "Mt."))
"""First words that make a name a place but where it ends in an organisation's word
("Mount Holyoke College"): "Palais des Festivals" (an organisation by the recognizer),
"Mount Adams" (a person); every other name of the 250 raw validation clusters opening on
one was a place already."""


_ORGANISATION_OPENINGS = frozenset(("College", "University"))
"""First words no person's name opens on, a body's do: "College Humor shared “lost
footage”" (raw 88, CollegeHumor, a person by the recognizer)."""
_NUMBER_WORDS = frozenset(
    (
        *("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Third"),
        *("Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"),
    )
)
"""First words no person's name opens on, a band's do ("Fifth Harmony, who lost a group
member", a person by the recognizer, raw 117); not "One", "First", "Second" ("One
Direction" aside, "First Lady Melania Trump", "Second Lady")."""


def by_ending(name: str, label: EntityLabel) -> EntityLabel:
    """Place, for an organisation by the recognizer whose name ends in a word for a place
    ("Newark Liberty International Airport", "Capitol Hill", "Gant Science Building") and
    for a name opening on one of _PLACE_OPENINGS ("Palais des Festivals"), and for a person
    whose name ends in one of _NO_SURNAMES ("Chechen Republic"); organisation, for a person whose
    name ends in a word no surname is ("Miami Herald", "ABC7 News") or opens on a body's
    word ("College Humor"), for a place ending in a paper's or an office's word ("Las Vegas
    Sun", "Orange County Sheriff"), and for a web service ("Twitter") or a journal
    ("Cell")."""
    if is_publication(name):
        return "organisation"
    before, _, last = name.rpartition(" ")
    # a word alone ("Hill", "Highway") is a surname or a cut span as often as a place
    if not before:
        return label
    if label == "organisation" and last in _PLACE_ENDINGS:
        return "place"
    if label == "place" and (last in PAPERS or last in _OFFICE_ENDINGS):
        return "organisation"
    if last in _ORGANISATION_ENDINGS:
        return "organisation" if label == "person" else label
    if label == "person" and last in _NO_SURNAMES:
        return "place"
    if label == "person" and (
        before in _NUMBER_WORDS or name[: name.find(" ")] in _ORGANISATION_OPENINGS
    ):
        return "organisation"
    return "place" if name[: name.find(" ")] in _PLACE_OPENINGS else label


def place_by_state(text: str, start: int, end: int) -> EntityLabel | None:
    """Place, for a town before a US state or a state after a town in `text`."""
    if _BEFORE_STATE.match(text, end):
        return "place"
    state = _STATE.fullmatch(text, start, end)
    return "place" if state and _TOWN_BEFORE.search(text, 0, start) else None


_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d $")


def read_as_a_modifier(text: str, start: int, end: int, label: str) -> bool:
    """Whether the recognizer's span from `start` to `end` in `text`, labelled `label`
    (spaCy's), is a name used before a thing's noun, whose kind it guesses: after a year and
    before a lower-case word ("his 2010 Denzel Washington hit", an organisation; "his own
    1976 King Kong star", a place; "the 1954 Brown v."), or a facility that ends in a
    possessive ("Bradley Cooper’s crotch", "Linkin Park's Chester Bennington"). Of the 280
    raw and DUC clusters' windows, 5 of 6 such reads were wrong ("A 1996 ABC Australia
    documentary" the one right); a place's possessive ("South Carolina's U.S. Senate seat")
    is read right. Such a read casts no vote."""
    if label == "FAC" and text.endswith(("'s", "’s"), start, end):
        return True
    return (
        text[end + 1 : end + 2].islower()
        and text[end : end + 1] == " "
        and _YEAR_BEFORE.search(text, max(start - 6, 0), start) is not None
    )


def state_after_town(form: str, head: str) -> EntityLabel | None:
    """Place, for a state's postal code written after a town and a comma, `head` the text
    before it ("Hyannisport, MA in July"): the recognizer read "MA" as an organisation
    where its window did not hold the town."""
    return "place" if len(form) == 2 and _STATE.match(form) and _TOWN_BEFORE.search(head) else None


_WORSHIP = (" Church", " Cathedral", " Chapel", " Basilica", " Mosque", " Synagogue", " Abbey")


def places_read_otherwise(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, EntityLabel]:
    """Places the recognizer read as another kind: towns read as people
    (`_towns_read_as_people`), and a house of worship named for a listed place, its building
    ("Kiruna Church", raw 158, an organisation; "the Roman Catholic Church" or "Calvary Bible
    Church" open on no place's name)."""
    buildings = {
        name: "place"
        for name in listed
        if name.endswith(_WORSHIP)
        and label(name) == "organisation"
        and (town := name.rpartition(" ")[0]) in listed
        and label(town) == "place"
    }
    return _towns_read_as_people(listed, label) | buildings


def _towns_read_as_people(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, EntityLabel]:
    """One-word people written after "in" and before no possessive nor hyphen ("the current
    leadership in Austin for", raw 230; not "in Obama's troubles", "in Ross-shire"; "in the"
    too, a region's: "arrived in the Levant around", raw 89), or only
    ever after a listed person's full name and "of" ("Brittany Lewis of Wilmington", raw 16:
    no one is named "of" another person), and in no listed person's or group's longer name:
    a town, which the recognizer read as a person in a window without the "in" ("watch
    Austin turn into Washington")."""
    alone = [n for n in listed if " " not in n and label(n) == "person"]
    if not alone:
        return {}
    words = {w for n in listed if " " in n and label(n) != "place" for w in n.split()}
    # one tuple for `str.endswith`: a look a mention, whatever the people listed
    of_people = tuple(f"{n} of " for n in listed if " " in n and label(n) == "person")
    return {
        name: "place"
        for name in alone
        if name not in words
        and (
            any(map(_after_in, listed[name]))
            or (of_people and all(_after(m, of_people) for m in listed[name]))
        )
    }


_RUNS_ON = frozenset(("'", "’", "-"))


_IN = (" in ", " in the ")
"""... or "in the": a region read as a person ("arrived in the Levant around", raw 89)."""


def _after_in(mention: Excerpt) -> bool:
    """Whether a mention follows the word "in" (and "the") and ends on no possessive nor
    hyphen."""
    return _after(mention, _IN)


def _after(mention: Excerpt, heads: str | tuple[str, ...]) -> bool:
    """Whether a mention follows one of `heads` and ends on no possessive nor hyphen."""
    text, end = mention.article.text, mention.end
    return (
        text.endswith(heads, 0, mention.start)
        and text[end : end + 1] not in _RUNS_ON
        and not text[end : end + 1].isalnum()
    )
