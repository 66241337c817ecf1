"""Forms of the text that decide an entity's label, or whether it is listed, without the
recognizer: a dateline's city and region are places, a town before a US state is one, an
organisation named "... Airport" is a place, a person named "... News", a web service
("Twitter") and a journal ("Cell") organisations, a work's title after a kind of work
("the film New Moon") is none of them, a stock symbol after its exchange ("(NASDAQ:GMCR)")
is read and counted where the text names it, a name always written before a number is a
cut one, a name right after "husband", "Mr." or "quarterback" is a person's, one before
"airport" or after "the suburb of" a place, one before "guitarist" a band, and one always
after an article or a possessive ("the Hummer") or before "SUV" a thing's; a name before a
year in brackets or filling quotation marks is a title ("“Congo,”"), and one never written
without running on into a quoted title a cut of it ("Apocalypse" of "“Apocalypse Now,”");
a title or a trade opening a name ("Prof Adrian Owen") is no part of it, a town is a
place where the recognizer read it as the zoo named for it ("Colchester"), and "X State" an
organisation where "X State University" is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_TICKER = re.compile(r"\b(?:NYSE|NASDAQ|Nasdaq|AMEX|OTC|TSX|LSE) ?: ?$")
"""An exchange before a stock symbol ("(NASDAQ:GMCR)", "(NYSE: XOXO)"): the recognizer
sees no name there ("Keurig Green Mountain (NASDAQ:GMCR)" gave only the company, as a
person), and a symbol written nowhere else is no name a reader looks for."""
_WORKS = (
    *("film", "movie", "book", "novel", "memoir", "album", "song", "documentary"),
    *("blockbuster", "sitcom", "miniseries"),
)
_LISTED_WORKS = ("films", "movies", "books", "novels", "albums", "songs", "hits", "credits")
_WORK_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(_WORKS)})(?:,| called| titled)?"
    rf"|(?:{'|'.join(_LISTED_WORKS)}) (?:include|including|such as)) [\"“‘']?$"
)
"""A kind of work right before a name ("the 1993 film "Jurassic Park"", "Fey's first book,
Bossypants", "her new album, Red", "an A&E miniseries called Coma"), or a list of works
opening on it ("whose films include Crimson Tide, Days of Thunder"): the name is a title,
which the recognizer labels a person, an organisation or a place, and which is none of
them. One such mention is enough: on the 250 raw validation clusters it drops 9 titles
("Jurassic Park" among places, "Mamma Mia" among people) and nothing else; "called" and
"include" 2 more (Coma, Crimson Tide). A surname's mention does not count: "the film
Lincoln" is no reason to drop Abraham Lincoln. Left out: "single" (also an adjective),
"named" and "called" alone, "show" (before people and places), "series" (before
characters)."""
_RUN_GOES_ON = re.compile(r" [A-Z]")
BEFORE_CHARS = 20
"""How far before a mention `_TICKER` and `_WORK_BEFORE` need to look ("miniseries called ")."""
_CUE_ENDINGS = (":", "called", "titled", "include", "including", "such as", *_WORKS)
"""What the text before a mention ends in, marks and spaces aside, when either can match."""
_PERSON_BEFORE = frozenset(
    (
        *("Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Sgt.", "Lt.", "Capt.", "Gen."),
        *("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother"),
        *("boyfriend", "girlfriend", "fiancé", "fiancée", "actor", "actress", "singer"),
        *("rapper", "comedian", "guitarist", "quarterback", "coach", "lawyer", "attorney"),
        *("spokesman", "spokeswoman", "analyst", "correspondent", "reporter", "detective"),
        *("star", "journalist", "photographer", "prankster", "writer", "author", "columnist"),
        *("producer", "designer", "officer", "nurse", "teacher", "pastor", "victim"),
        *("suspect", "senator", "pitcher", "chef", "artist", "musician"),
    )
)
"""Words right before a name that only a person is called by: one mention after one
makes the name a person whatever the recognizer read in its window ("her husband Kris
Humphries", organisation; "former quarterback Kain Colter"; "Gov. Bentley's letter"). On
the 246 raw validation clusters other than the four held blind, 9 names relabelled, all
people; "star" one more ("adult-film star Stormy Daniels", organisation); "journalist",
"prankster" and "photographer" two more ("Ukrainian journalist Vitalii Sediuk", "combat
photographer Mason Weaver", organisations), the other trades added with them none."""
_PLACE_AFTER = (
    *(" airport", " Airport", " International Airport", " area", " province", " suburb"),
    *(" neighborhood", " neighbourhood", " plantation", " district court", " St.", " Street"),
    *(" Avenue", " Ave.", " Boulevard", " Blvd", " Road"),
)
"""Words right after a name that make it a place's: "at JFK airport", "O'Hare International
Airport", "the Idlib area", "Homs province", "Detroit's Woodbridge neighborhood", "the Tara
plantation", "the Copenhagen district court", "64 Perry St.", "Daly Street" (the recognizer
read these as people or organisations). "district" alone is also a legislature's ("the House
district"), and "region" begins "regional" ("the NLRB regional director")."""
_PLACE_OF = frozenset(
    (
        *("city", "town", "village", "province", "suburb", "region", "district", "county"),
        *("neighborhood", "neighbourhood", "state", "area", "island"),
    )
)
"""Words that make a name after them and "of" a place's: "the suburb of Baba Amr", "the city
of Homs", "the village of Phortse" (the recognizer read a person and organisations)."""
_PLACE_IN = frozenset(("airport", "airports"))
"""... and after them and "in" or "at": "airports in JFK, Newark" (read as the president)."""
_GROUP_AFTER = (" guitarist", " frontman", " drummer", " bassist", " keyboardist")
"""A band's members, named after it: "Phish guitarist Trey Anastasio", "The Phish frontman",
"Jefferson Airplane bassist Jack Casady" (read as a person and a place)."""
_THING_AFTER = (
    *(" SUV", " sedan", " pickup", " minivan", " coupe"),
    *("'s disease", "’s disease", "'s syndrome", "’s syndrome"),
)
"""Words right after a name that make it a thing's, not listed: a car's make ("a Mercedes
SUV", read as an organisation where the text means the car), a disease's namesake ("Lou
Gehrig's disease")."""
_PERSON_AFTER = (", the woman who ", ", the man who ")
"""An apposition only a person takes: "Amber Pasztor, the woman who killed her two children"
(read as an organisation). With "a woman" it was also "In Utah, a woman died ...", and
", who" follows places and groups as often ("Scotland, who", "PricewaterhouseCoopers, who")."""
AFTER_CUES = (*_PLACE_AFTER, *_GROUP_AFTER, *_THING_AFTER, *_PERSON_AFTER)
"""Words right after a name that settle its label or make it a thing's (`label_after`)."""
AFTER_STARTS = frozenset(cue[:3] for cue in AFTER_CUES)
"""Their first three characters (", t" rules out more mentions than ", " would): one
look-up rules out most mentions, where `startswith` tried with all of them cost ~0.5 µs a
mention."""
PLACE_CUE_ENDS = (" of ", " in ", " at ")
"""How the text before a mention `in_a_place` can find ends: one test rules out most."""
_TITLES = frozenset(
    (
        *(word[0].upper() + word[1:] for word in _PERSON_BEFORE),
        *("Prof", "Prof.", "Professor", "Clerk", "Sergeant", "Officer", "Judge", "Mayor"),
        *("Mountaineer", "Climber", "Saint", "Nazi", "RIP"),
    )
)
"""Words that open a person's span in the recognizer's reading when written with a capital
before a name: a title, a trade or a side ("Prof Adrian Owen", "Clerk Kim Lehmkuhl",
"Mountaineer Ueli Steck", "former Saint Will Smith", "Nazi Adolf Eichmann", "RIP Marty
Balin"), the words only people are called by among them."""


_COURTESY = frozenset(("Mr", "Ms", "Mrs", "Miss", "Mr.", "Ms.", "Mrs.", "Dr", "Dr."))
"""Titles before a surname alone ("Ms Bouvier", as British papers write it): what follows is
always a person's surname."""
_ANY_TITLE = _TITLES | _COURTESY


def without_title(name: str) -> tuple[str, str] | None:
    """(title, rest) for a name of three words or more whose first word is one of _TITLES
    and whose rest is a capitalised name of two words or more ("Prof", "Adrian Owen"), or
    for a courtesy title and one word ("Ms", "Bouvier"); None for any other. Other titles
    before one word ("Judge Judy", "Saint Petersburg") are left whole: the word alone may
    be no person's name."""
    title, _, rest = name.partition(" ")
    if title not in _ANY_TITLE or not rest[:1].isupper():  # one test rules out most names
        return None
    if " " in rest:
        return (title, rest) if title in _TITLES else None
    return (title, rest) if title in _COURTESY else None


def after_exchange(head: str) -> bool:
    """Whether a mention is a stock symbol after its exchange, `head` the text before it."""
    return _TICKER.search(head) is not None


_WORKS_YEAR = re.compile(r" \((?:1[89]|20)\d\d\)")
"""A year in brackets right after a name: a work's ("Jurassic Park (1993)", "Apocalypse Now
(1979)"), as reviews date films and books."""
_QUOTED_RUN_OPENS = re.compile(r"[“\"‘](?:[A-Z][\w'’.-]* )*$")
_QUOTED_RUN_CLOSES = re.compile(r"(?: [A-Z][\w'’.-]*)*[,.!?]?[”\"’](?!\w)")
"""A run of capitalised words filling a pair of quotation marks ("“Congo,”", "“Hamburger
Hill,”", ""Fare Thee Well""): a work's title, or a nickname, not the person, group or place
of its words."""
ALONE, RUNS_ON, IN_TITLE, BOUND = range(4)
"""How a mention stands (`how_it_stands`)."""


def how_it_stands(text: str, start: int, end: int) -> int:
    """How a mention from `start` to `end` in `text` stands: BOUND where it runs on into a
    number ("United Flight 93", "San Francisco 49ers") or a year in brackets ("Jurassic
    Park (1993)"), is an aside in square brackets ("the complaint [PDF]") or is cut short
    ("airports in JFK, Newar..."); IN_TITLE inside quotation marks around nothing but
    capitalised words ("“Congo,”", "“Apocalypse Now,”"); RUNS_ON where it runs on into a
    capitalised word outside them ("an Apocalypse Now vibe", "Fox News Sunday"); ALONE
    otherwise. Before a number the recognizer cut the name, and the label it gave the part
    is the part's ("San Francisco", place, for the team); a year or quotation marks make a
    title (a film the recognizer read as a place); in brackets is a link's file type or an
    editor's word."""
    after = text[end : end + 3]
    if after[:1] == " ":  # the most frequent: one or two tests, then out
        then = after[1:2]
        if then.islower():
            return ALONE
        if then.isupper():
            return IN_TITLE if _in_quotation_marks(text, start, end) else RUNS_ON
        if then == "(":
            return ALONE if _WORKS_YEAR.match(text, end) is None else BOUND
        return BOUND if then.isdigit() else ALONE
    if after[:1] == "]":
        return BOUND if text[start - 1 : start] == "[" else ALONE
    if after == "..." or after[:1] == "…":
        return BOUND
    return IN_TITLE if _in_quotation_marks(text, start, end) else ALONE


def standing_for_themselves(stands: Sequence[set[str]]) -> set[str]:
    """Names written ALONE somewhere, or else that run on into capitalised words
    (RUNS_ON) but never inside a title in quotation marks: "Apocalypse", only ever in "an
    Apocalypse Now vibe" and "“Apocalypse Now,”", is a title the recognizer cut, not
    listed; running on alone is no sign of one ("told CNN Tuesday", "Osama bin Laden" cut
    by the recognizer, "New York Post": on the 280 raw and DUC clusters, names dropped for
    it were right as often as cut)."""
    return stands[ALONE] | (stands[RUNS_ON] - stands[IN_TITLE])


def _in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether a mention is one of a run of capitalised words filling quotation marks."""
    before = text[max(start - 40, 0) : start]
    # most mentions have no quotation mark before them: three `in`s, then out
    if "“" not in before and '"' not in before and "‘" not in before:
        return False
    return (
        _QUOTED_RUN_CLOSES.match(text, end) is not None
        and _QUOTED_RUN_OPENS.search(before) is not None
    )


def label_by_cue(head: str) -> EntityLabel | None:
    """Person, for a mention right after a word only people are called by, `head` the
    text before it; place, for one `in_a_place`; None for neither."""
    # the word before, found without splitting: this runs on most mentions
    if head[-1:] == " " and head[head.rfind(" ", 0, -1) + 1 : -1] in _PERSON_BEFORE:
        return "person"
    return "place" if head.endswith(PLACE_CUE_ENDS) and in_a_place(head) else None


def in_a_place(head: str) -> bool:
    """Whether a mention, `head` the text before it, comes right after a word for a place
    and "of" (_PLACE_OF) or "in" or "at" (_PLACE_IN)."""
    if head.endswith(" of "):
        places = _PLACE_OF
    elif head.endswith((" in ", " at ")):
        places = _PLACE_IN
    else:
        return False
    # the word before "of" found without splitting, as in `label_by_cue`
    return head[head.rfind(" ", 0, -4) + 1 : -4] in places


def label_after(text: str, end: int) -> EntityLabel | None:
    """For a mention ending at `end` in `text` right before one of AFTER_CUES: place,
    before a word for a place ("at JFK airport", "O'Hare International Airport", "the
    Idlib area": the recognizer read "JFK" as the president, "O'Hare" and "Idlib" as
    organisations); organisation, before a band's member ("Phish guitarist"); None before
    a word that makes it a thing's (_THING_AFTER: "a Mercedes SUV")."""
    if text.startswith(_PLACE_AFTER, end):
        return "place"
    if text.startswith(_PERSON_AFTER, end):
        return "person"
    return "organisation" if text.startswith(_GROUP_AFTER, end) else None


def is_title(head: str, text: str, end: int) -> bool:
    """Whether a mention is a work's whole title, `head` the text before it and `end` where
    it ends in `text`: a kind of work right before it and no capitalised word after
    ("album, “Jefferson Airplane Takes Off,”" is the band's album, not the band)."""
    return _WORK_BEFORE.search(head) is not None and not _RUN_GOES_ON.match(text, end)


def may_follow_a_cue(head: str) -> bool:
    """Whether the text before a mention can hold an exchange or a kind of work: one
    `endswith` rules out most mentions, where the two searches cost ~0.1 ms a cluster."""
    return head.rstrip(" \"“‘'").rstrip(",").endswith(_CUE_ENDINGS)


_PLACE_ENDINGS = frozenset(
    (
        *("Airport", "Bridge", "Building", "Hall", "Station", "Field", "Park", "Square"),
        *("Street", "Avenue", "Road", "Highway", "Hill", "Mountain", "Mountains", "Valley"),
        *("Island", "Islands", "Beach", "Coast", "Lake", "River", "Falls", "Bay", "Township"),
        *("Zoo", "Market", "Apartments", "Facility", "Prison", "Jail", "World"),
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
Studios")."""
_ORGANISATION_ENDINGS = frozenset(
    (
        *("News", "Herald", "Times", "Journal", "Tribune", "Gazette", "Inc", "Inc.", "Corp"),
        *("LLC", "Ltd", "Airlines", "University", "College", "Institute", "Committee"),
        *("Department", "Agency", "Police", "Bank", "Foundation", "Association", "Company"),
        *("Klan", "Party", "Church", "Club", "Group", "Council", "Society", "Union", "State"),
    )
)
"""Last words that make a person by the recognizer an organisation: on the 250 raw
validation clusters two persons end in one ("Miami Herald", "ABC7 News"), both papers or
stations, "Ku Klux Klan" and "Kent State" (the university) in one more each; a person's
name ending in such a word is rarer than a company named for one."""
_DATELINE = re.compile(
    r"([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3})(?:, ([A-Z][\w.]*(?: [A-Z][\w.]*)?))?"
    r"(?: (\([^()]{1,30}\)))? (?:(—|–|--)|-) "
)
"""A sentence's opening dateline: "KATHMANDU, Nepal (AP) —", "LONDON —", "DENVER (AP) —".
The recognizer took its all-caps city for a person or an organisation, and "Nepal" for
a person. A plain hyphen needs the region or the agency: newsletters open paragraphs with
all-caps headings and a hyphen ("BUFFETT TODAY - Per CNNMoney ...")."""
_STATES = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky"
    r"|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[CDHJMY]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn"
    r"|Vt|Va|Wash|W\.Va|Wis|Wyo)\b"
)
_BEFORE_STATE = re.compile(", " + _STATES)
_STATE = re.compile(_STATES)
_TOWN_BEFORE = re.compile(r"[A-Z][\w.’'-]*, $")
"""A town and its US state ("Bolton, CT", "Montgomery, Ala."): the recognizer took towns
in lists of people ("Dominic Godi, 21, Bolton, CT.") for people, and the state for an
organisation."""


_WEB_SERVICES = frozenset(
    (
        *("Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "Snapchat", "Reddit"),
        *("Tumblr", "LinkedIn", "Pinterest", "WhatsApp", "TikTok", "Flickr"),
    )
)
"""Sites stories cite by name, which the small model cannot know: on the 250 raw validation
clusters it listed Twitter as a person in 6 ("posting on Twitter"), Reddit and YouTube as
places; each is the company's service, an organisation."""


_JOURNALS = frozenset(("Cell", "Nature", "Science", "Lancet", "PLoS ONE", "PNAS", "JAMA", "BMJ"))
"""Journals stories cite by their one-word names ("report their work online today in
Cell"), which the small model read as a place; written with a capital inside a sentence,
these words name the journal."""


def is_publication(name: str) -> bool:
    """Whether a name is a web service's or a journal's, whatever else the word means."""
    return name in _WEB_SERVICES or name in _JOURNALS


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


def by_ending(name: str, label: EntityLabel) -> EntityLabel:
    """Place, for an organisation by the recognizer whose name ends in a word for a place
    ("Newark Liberty International Airport", "Capitol Hill", "Gant Science Building");
    organisation, for a person whose name ends in a word no surname is ("Miami Herald",
    "ABC7 News"), and for a web service ("Twitter") or a journal ("Cell")."""
    if is_publication(name):
        return "organisation"
    before, _, last = name.rpartition(" ")
    # a word alone ("Hill", "Highway") is a surname or a cut span as often as a place
    if not before:
        return label
    if label == "organisation" and last in _PLACE_ENDINGS:
        return "place"
    return "organisation" if label == "person" and last in _ORGANISATION_ENDINGS else label


def place_by_state(text: str, start: int, end: int) -> EntityLabel | None:
    """Place, for a town before a US state or a state after a town in `text`."""
    if _BEFORE_STATE.match(text, end):
        return "place"
    state = _STATE.fullmatch(text, start, end)
    return "place" if state and _TOWN_BEFORE.search(text, 0, start) else None


def datelines(sentences: Sequence[Sentence]) -> dict[str, str]:
    """The places of the datelines opening sentences, each spelling mapped to the name
    shown: the all-caps city to its title case, a spelled-out region to itself ("Pa." is
    left to the recognizer)."""
    places: dict[str, str] = {}
    for sentence in sentences:
        # matched in the article's text, where the sentence is: no copy of each sentence
        found = _DATELINE.match(sentence.article.text, sentence.start, sentence.end)
        if found and (found[2] or found[3] or found[4]):
            places[found[1]] = found[1].title()
            if found[2] and "." not in found[2]:
                places[found[2]] = found[2]
    return places
