"""Words around a mention that settle a name's label whatever the recognizer read in its
window: a word only people are called by before it ("her husband Kris Humphries"), or only
a group or a business ("rock group Led Zeppelin"); a word for a place before it and "of"
("the suburb of Baba Amr"), a street's before it and "and" ("Boulevard and Trumbull"), or
one after it ("JFK airport"); a band's member after it ("Phish guitarist"), a car's body or
a disease after it (a thing's name, not listed), and an age after it ("Rosannah, 24,")."""

from __future__ import annotations

import re

from chorus.analyze.entity_no_mentions import FESTIVAL_AFTER
from chorus.analyze.model import EntityLabel

PERSON_BEFORE = frozenset(
    (
        *("Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Sgt.", "Lt.", "Capt.", "Gen."),
        *("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother"),
        *("boyfriend", "girlfriend", "fiancé", "fiancée", "actor", "actress", "singer"),
        *("rapper", "comedian", "guitarist", "quarterback", "coach", "lawyer", "attorney"),
        *("spokesman", "spokeswoman", "analyst", "correspondent", "reporter", "detective"),
        *("star", "journalist", "photographer", "prankster", "writer", "author", "columnist"),
        *("producer", "designer", "officer", "nurse", "teacher", "pastor", "victim"),
        *("suspect", "senator", "pitcher", "chef", "artist", "musician", "partner"),
        *("warlord", "cleric", "billionaire", "businessman", "businesswoman"),
        *("bandmate", "publicist", "I'm", "I’m", "late"),
        *("grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt"),
        *("nephew", "niece", "cousin", "stepfather", "stepmother", "fiancee"),
    )
)
"""Words right before a name that only a person is called by: one mention after one
makes the name a person whatever the recognizer read in its window ("her husband Kris
Humphries", organisation; "former quarterback Kain Colter"; "Gov. Bentley's letter"). On
the 246 raw validation clusters other than the four held blind, 9 names relabelled, all
people; "star" one more ("adult-film star Stormy Daniels", organisation); "journalist",
"prankster" and "photographer" two more ("Ukrainian journalist Vitalii Sediuk", "combat
photographer Mason Weaver", organisations), the other trades added with them none;
"partner" one ("his musical partner Havoc", an organisation); "warlord" one ("Chechen
Islamist warlord Doku Umarov", an organisation), the words added with it none;
"bandmate" and "publicist" one each ("His bandmate Brad Fischetti", "The band's publicist,
Alaina Bendi, told", organisations); kin ("grandfather" ... "fiancee") one ("Shinozuka's
grandfather, Deming, was diagnosed", raw 129, an organisation); "late" one ("the late Terence
McKenna", raw 212, an organisation: a dead man's word). A sentence's first word
counts in lower case ("Musician Brad Fischetti"), and so does a cue word before a comma
where another closes the name ("publicist, Alaina Bendi, told", "a medical
diagnostic-laboratory company, Damon, when": an apposition; not "liaison officer, U.S.
Army Maj.", "a team spokeswoman, Spirit players")."""
_PLACE_AFTER = (
    *(" airport", " Airport", " International Airport", " area", " province", " suburb"),
    *(" neighborhood", " neighbourhood", " plantation", " district court", " St.", " Street"),
    *(" Avenue", " Ave.", " Boulevard", " Blvd", " Road", " in southern ", " in northern "),
    *(" in eastern ", " in western ", " in central ", " street", " road"),
    *(", suburbs ", ", a suburb ", ", towns ", ", a town ", ", a village ", ", villages "),
    *(" parish", " state government", " State Government"),
)
"""Words right after a name that make it a place's: "at JFK airport", "O'Hare International
Airport", "the Idlib area", "Homs province", "Detroit's Woodbridge neighborhood", "the Tara
plantation", "the Copenhagen district court", "64 Perry St.", "Daly Street", "from
Trelleborg in southern Sweden", "under Hobart street", "a busy Hobart road" (the recognizer
read these as people or organisations); an apposition naming a place's kind ("Spring Valley
and La Mesa, suburbs east of the city": La Mesa an organisation, in two outlets).
"the Jukkasjärvi parish" (a person; on the 280 raw and DUC clusters the one name
before "parish"); "the Terengganu state government" (raw 186, a Malaysian state read as an
organisation). "district" alone is also a legislature's ("the House district"), and
"region" begins "regional" ("the NLRB regional director")."""
_PLACE_OF = frozenset(
    (
        *("city", "town", "village", "province", "suburb", "region", "district", "county"),
        *("neighborhood", "neighbourhood", "state", "area", "island", "intersection"),
    )
)
"""Words that make a name after them and "of" a place's: "the suburb of Baba Amr", "the city
of Homs", "the village of Phortse" (the recognizer read a person and organisations); "the
intersection of Sophie Wright Place and Felicity Street" (raw 32, read as a person)."""
_PLACE_IN = frozenset(("airport", "airports", "fort", "fortress"))
"""... and after them and "in" or "at": "airports in JFK, Newark" (read as the president), "a
Roman fort at Dura-Europos" (raw 194, an organisation)."""
_STREET_IN = _PLACE_IN | frozenset(("Blvd.", "Blvd", "Street", "St.", "Avenue", "Ave.", "Road"))
"""... and after a street's word and "in": the town it runs through ("the Walgreens at 3914 W.
Commercial Blvd. in Tamarac", an organisation; on the 280 raw and DUC clusters the one name
so written that was not a place already)."""
_GROUP_AFTER = (
    *(" guitarist", " frontman", " drummer", " bassist", " keyboardist"),
    *(" fraternity", " sorority", ".com", " retailer", " website", " app ", " app,", " app."),
    *("'s editors", "’s editors", "'s reporters", "’s reporters", "'s CEO", "’s CEO"),
    *(" coach ", " coach,", " coaches", " head coach"),
    *(" account ", " account,", " account.", " accounts", " email account", " e-mail account"),
)
"""A band's members, named after it: "Phish guitarist Trey Anastasio", "The Phish frontman",
"Jefferson Airplane bassist Jack Casady" (read as a person and a place); and a fraternity's
kind ("a house affiliated with Kappa Sigma fraternity", read as a person); a
publication's staff ("Inside Higher Ed's editors will discuss", read as a person: one
person has an editor, not editors); a site's address ("will appear on Billboard.com",
read as a person); a shop's kind ("the Brookstone retailer", read as a person; on the 280
raw and DUC clusters the one name before "retailer"); a company's head ("With that,
Keurig’s CEO did", read as a person; the one name before "'s CEO" there that was not an
organisation already); a site's name ("Go to the Coursera website", read as a person); an
app's maker ("co-founded the HQ Trivia app", "the Android app", places: the two names before
"app" on the 280 raw and DUC clusters); a team's coach ("Miami Heat coach Erik Spoelstra",
read as a person; the names before "coach" on the 280 are five teams or schools); a
mail service or bank holding an account ("a Hotmail account", raw 58, read as a place; on
the 280 the one name whose label it changes).
"""
_THING_AFTER = (
    *(" SUV", " sedan", " pickup", " minivan", " coupe"),
    *("'s disease", "’s disease", "'s syndrome", "’s syndrome", " syndrome"),
    *(" scan ", " scan,", " scan.", " scans", " effect ", " effect,", " effect.", " effect:"),
    *(" winner", "-winning", "-nominated"),
    *(" gene ", " gene,", " gene.", " genes", " bacteria", " bacterium"),
    *("'s Jr.", "’s Jr.", "'s Sr.", "’s Sr."),
)
"""Words right after a name that make it a thing's, not listed: a car's make ("a Mercedes
SUV", read as an organisation where the text means the car), a disease's namesake ("Lou
Gehrig's disease", "Williams syndrome": a person, 30 mentions in raw val-4326, the only
name before "syndrome" on the 280 raw and DUC clusters), a scanner's ("CT scans", read as
Connecticut), an effect's namesake ("The Streisand effect", an organisation; not "Russia
effectively"), an award's before its winner ("Oscar winner Jared Leto", a person; "Supreme
Court nominee" is no award's), a business named for someone in the possessive ("Carl's
Jr. and Hardee's restaurants", "Carl" a person: a generational suffix follows a name, never
its "'s"; the one such mention on the 280 clusters), a gene's ("the GDF5 gene", a place), a
germ's ("tested for the Legionella bacteria", a person; the one name before "bacteria").
"""
_WORK_AFTER = (
    *(" movie", " film", " sitcom", " sequel", " remake", " franchise", " trilogy"),
    *(", and other ", " and other "),
)
_WORK = re.compile(
    r" (?:movies?|films?|sitcoms?|sequels?|remakes?|franchise|trilogy)\b(?! [a-z])"
    r"|,? and other (?:[\w-]+ )?(?:shows|series|films|movies|sitcoms|dramas|comedies)\b"
)
"""Words right after a name that make it a work's, not listed ("an earlier King Kong movie",
"the first true independent Star Trek film": a place and an organisation by the
recognizer), where the name is of more than one word and no person's: "a Vietnam film"
and "Eastwood's film" keep their names. On the 280 raw and DUC clusters those two were the
only such names; not before a noun the word qualifies ("Emory University film studies").
So is the last of a list of works closed by "and other shows" ("winners from Homeland,
Modern Family, and other acclaimed shows", an organisation): the one such name there.
"""
_SHOW_AFTER = (" host ", " co-host ")
_BROADCASTERS = frozenset(
    ("News", "Network", "Networks", "Channel", "TV", "Television", "Radio", "Broadcasting")
)
"""A show's or a segment's name before its host: "Weekend Update host Colin Jost" (read as an
organisation); a broadcaster's has a word of them ("Fox Business Network host"), or is one
word ("CNN host"). On the 280 raw and DUC clusters, the one name of several words so written
and no broadcaster's."""
_PERSON_AFTER = (
    *(", the woman who ", ", the man who "),
    *(", the director of ", ", the executive director of "),
)
"""An apposition only a person takes: "Amber Pasztor, the woman who killed her two children"
(read as an organisation), "Ib Chorkendorff, the director of the Catalysis for Sustainable
Energy research center" (raw 56, an organisation). With "a woman" it was also "In Utah, a
woman died ...", and ", who" follows places and groups as often ("Scotland, who",
"PricewaterhouseCoopers, who")."""


def by_first_characters(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`words` grouped by their first three characters: the characters after a mention look
    up the few that may follow it (", t" rules out more mentions than ", " would), where
    `startswith` tried with all of them cost ~0.5 µs a mention."""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in words:
        grouped[word[:3]] = (*grouped.get(word[:3], ()), word)
    return grouped


_PEOPLE_AFTER = (" community", " communities")
"""Words after a one-word person that make it a people's word, not listed: "the “Negro
community.”" (read as a person in three outlets); a town or a group before them stays ("the
Flint community")."""
AFTER_CUES = by_first_characters(
    (
        *(*_PLACE_AFTER, *_GROUP_AFTER, *_THING_AFTER, *_WORK_AFTER, *_SHOW_AFTER),
        *(*_PERSON_AFTER, *_PEOPLE_AFTER, *FESTIVAL_AFTER),
    )
)
"""Words right after a name that settle its label or make it a thing's (`label_after`), by
their first three characters."""
_CROSSING = frozenset(("Street", "St.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Road", "Drive"))
"""... and after them and "and": the other street of a crossing ("Martin Luther King
Boulevard and Trumbull", read as a person; "Lake Avenue and McMullen Road")."""
_MOVED = frozenset(
    (
        *("flown", "flew", "fled", "moved", "relocated", "traveled", "travelled"),
        *("deported", "evacuated"),
    )
)
"""... and after them and "to": where someone or something went ("It was flown to Groom
Lake", read as a person: "Lake" ends surnames too). Not "taken", "sent" nor "went", which
lead to hospitals, shops and bodies as often ("taken to Highland Hospital", "went to
Walmart", "sent to Congress"); on the 280 raw and DUC clusters the one name so written that
was not a place already."""
PLACE_CUE_ENDS = (" of ", " in ", " at ", " and ", " to ")
"""How the text before a mention `in_a_place` can find ends: one test rules out most."""
_INCLUDING = " including "
_LAST_CUE_ENDS = (*PLACE_CUE_ENDS, " played by ", _INCLUDING)
_PEOPLE_INCLUDING = frozenset(
    ("bloggers", "vloggers", "YouTubers", "rappers", "singers", "comedians", "celebrities")
)
"""People in the plural before "including" and a name: "YouTube videos from beauty bloggers
including Rclbeauty101" (raw 63, a handle read as an organisation)."""


ORGANISATION_BEFORE = frozenset(
    (
        *("band", "group", "company", "firm", "retailer", "brand", "newspaper", "magazine"),
        *("manufacturer", "website", "site", "station", "network", "chain", "startup"),
        *("automaker", "nonprofit", "charity", "organization", "organisation", "store"),
        *("daily", "tabloid"),
    )
)
"""Words right before a name that only a group or a business is called by: "rock group Led
Zeppelin", "the satirical newspaper Charlie Hebdo", "AR-15 manufacturer Bushmaster",
"shopping website Draper James", "the shoe company Jimmy Choo", "the Turin daily La
Stampa" (read as people; on the 250 raw validation clusters every other name so written
was an organisation already, and Hurriyet, DUC's Turkish daily, a person too). Not
"carrier" ("aircraft carrier USS Franklin") nor a trade ("shoemaker Jimmy Choo")."""
_CUE_WORDS: dict[str, EntityLabel] = dict.fromkeys(PERSON_BEFORE, "person") | dict.fromkeys(
    ORGANISATION_BEFORE, "organisation"
)


def label_by_cue(head: str, after: str = "") -> EntityLabel | None:
    """Person, for a mention right after a word only people are called by, `head` the
    text before it and `after` the characters after it; organisation, after one only a
    group is called by, where the mention does not run on into a capitalised word ("the
    official newspaper China Sports Daily" is no cue for China), those words also before
    "called" or "named" ("a local store, called Centrum"); either, for a mention
    between commas after such a word; person, for a name addressed, opening a quotation
    before a comma and a word not capitalised or "I" ("“Stephanie, I speak three
    languages.", an organisation; on the 280 raw and DUC clusters the one name so written;
    "“Moonlight,” not ..." closes its quotation first), and after "played by" (an actor:
    "Marie ... is played by Cecile de France", an organisation) and after people in the
    plural and "including" ("bloggers including Rclbeauty101"), and after an age closed by
    a comma or a stop ("13-year-old Sophia,", a place); place, for one `in_a_place`; None
    for none of them."""
    # the word before, found without splitting: this runs on most mentions
    if head.endswith(_CALLED):
        head = head[: head.rfind(" ", 0, -1)].removesuffix(",") + " "  # "a store, called"
    if head[-1:] == " " and (word := _word_before(head)) in _CUE_WORDS:
        label = _CUE_WORDS[word]
        if label == "person" or not runs_on(after):
            return label
    if after[:1] == ",":
        # an apposition closed by a comma: open, "the first officer, Malaysia's" is no cue
        if head[-2:] == ", " and (label := _CUE_WORDS.get(head[head.rfind(" ", 0, -2) + 1 : -2])):
            return label
        if head[-1:] in _OPENING_MARKS and after[1:2] == " " and not _capital_but_i(after[2:]):
            return "person"  # addressed: "“Stephanie, I speak three languages."
    if head.endswith(_AGED) and after[:1] in _AGE_CLOSES and not after[2:3].isupper():
        return "person"  # "daughters, 15-year-old Emily, 13-year-old Sophia," (raw 239)
    if not head.endswith(_LAST_CUE_ENDS):
        return None  # most mentions: one test
    if head.endswith(" played by "):
        return "person"
    if head.endswith(_INCLUDING):
        return "person" if _word_before(head[: -len(_INCLUDING) + 1]) in _PEOPLE_INCLUDING else None
    return "place" if in_a_place(head) else None


_AGED = "-year-old "
_AGE_CLOSES = (",", ".", ";")
"""After an age before it, a name closed there is a person's: not "a 25-year-old Chicago
man", a place before a noun, nor "the 39-year-old London, Ont., man" (raw 125), a town
before its region."""
_OPENING_MARKS = ('"', "“")
_CALLED = (" called ", " named ")
"""A word before them is a cue as if right before the name: "a local store, called
Centrum" (a person by the recognizer)."""


def _capital_but_i(word: str) -> bool:
    """Whether `word`, the first letter or more after a comma, opens with a capital other
    than the pronoun "I": a name goes on ("“Washington, D.C."), a person is addressed."""
    return word[:1].isupper() and word[:1] != "I"


def _word_before(head: str) -> str:
    """The word before a mention, found without splitting (this runs on most mentions), in
    lower case where it opens a sentence (after SENTENCE_BREAK's newline): "Musician"."""
    at = head.rfind(" ", 0, -1)
    word = head[at + 1 : -1]
    opens = head[at - 1 : at] == "\n" and word not in _CUE_WORDS  # "Ms." stays
    return word.lower() if opens else word


def runs_on(after: str) -> bool:
    """Whether the characters after a mention are a space and a capital."""
    return after[:1] == " " and after[1:2].isupper()


_ORGANISATION_CUE_ENDS = tuple(f" {word} " for word in ORGANISATION_BEFORE)
LIST_END = " and "
FULL_NAME_CUE_ENDS = (*PLACE_CUE_ENDS, *_ORGANISATION_CUE_ENDS)
"""How the text before a full name `label_of_a_full_name` finds a cue in can end: one
`endswith` rules out most mentions before the call."""


def label_of_a_full_name(head: str, after: str) -> EntityLabel | None:
    """For a person's full name, `head` the text before it and `after` the characters
    after it: organisation, after a word only a group is called by (`label_by_cue`);
    place, `in_a_place`; None otherwise (no word only people are called by makes it more
    of one)."""
    if head.endswith(_ORGANISATION_CUE_ENDS) and not runs_on(after):
        return "organisation"
    return "place" if head.endswith(PLACE_CUE_ENDS) and in_a_place(head) else None


AGE_STARTS = frozenset(f", {digit}" for digit in "123456789")
"""The first three characters of an age after a name (`by_age`)."""
_AGE = re.compile(r", \d{1,3}(?:,(?!\d)| of | from |\))")
"""An age in an apposition: "said Rosannah, 24, of growing up", "T.D. Barnes, 75, of
Henderson" (read as organisations), not a count ("in East Timor, 1,200 miles east"). On the
250 raw validation clusters every other name so written was a person already, but a dog
("two other dogs, Banjo, 2, and Crosby, 3")."""


def by_age(text: str, end: int) -> EntityLabel | None:
    """Person, for a mention ending at `end` in `text` right before an age."""
    return "person" if _AGE.match(text, end) else None


RESIDENT_STARTS = frozenset((" ma", " wo", " re"))
"""The first three characters of a resident's noun after a name (`by_residence`)."""
_RESIDENT = re.compile(r" (?:man|woman|resident)\b")
_ARTICLES = frozenset(("a ", "A "))
_AGED = "-year-old "


def by_residence(head: str, text: str, end: int) -> EntityLabel | None:
    """Place, for a mention after "a" and right before "man", "woman" or "resident": the
    town someone lives in ("A Lauderhill man has surrendered", "a Nulato man called",
    organisations; on the 280 raw and DUC clusters every other name so written is a place
    already, and "A UC Berkeley police officer" is no one's home), or after an age ("The
    24-year-old Bear resident", raw 16, read as an organisation)."""
    after = (head[-2:] in _ARTICLES and head[-3:-2] in (" ", "\n", "")) or head.endswith(_AGED)
    return "place" if after and _RESIDENT.match(text, end) else None


def in_a_place(head: str) -> bool:
    """Whether a mention, `head` the text before it, comes right after a word for a place
    and "of" (_PLACE_OF), "in" or "at" (_PLACE_IN), a street's word and "in" (_STREET_IN)
    or "and" (_CROSSING), or a verb of going and "to" (_MOVED)."""
    if head.endswith(" of "):
        places, cue = _PLACE_OF, 4
    elif head.endswith(" in "):
        places, cue = _STREET_IN, 4
    elif head.endswith(" at "):
        places, cue = _PLACE_IN, 4
    elif head.endswith(" and "):
        places, cue = _CROSSING, 5
    elif head.endswith(" to "):
        places, cue = _MOVED, 4
    else:
        return False
    # the word before the cue found without splitting, as in `label_by_cue`
    return head[head.rfind(" ", 0, -cue) + 1 : -cue] in places


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


def names_a_thing(text: str, end: int, several_words: bool, one_person: bool) -> bool:
    """Whether a mention ending at `end` in `text`, right before one of AFTER_CUES for which
    `label_after` gives no label, is a thing's: before a car's body or a disease
    (_THING_AFTER), or, a name of `several_words` and no person's, before a word for a
    film (_WORK_AFTER) standing whole, or, read as `one_person` of one word, before a
    word for a people's community (_PEOPLE_AFTER), or, of `several_words`, before its host
    and of no broadcaster (_SHOW_AFTER)."""
    if text.startswith(_PEOPLE_AFTER, end):
        return one_person
    if text.startswith(_SHOW_AFTER, end):
        return several_words and text[text.rfind(" ", 0, end) + 1 : end] not in _BROADCASTERS
    if not text.startswith(_WORK_AFTER, end):
        return True
    return several_words and _WORK.match(text, end) is not None


SPEECH_AFTER = (" said", " says", " told", " added", " explained", " wrote", " tweeted")
"""Verbs of speech right after a name ("Newport said"): a one-word group or place so
written is a person's surname where a first name is written before it
(`speakers_named_in_full`)."""
