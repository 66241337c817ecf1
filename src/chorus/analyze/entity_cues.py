"""Words around a mention that settle a name's label whatever the recognizer read in its
window: a word only people are called by before it ("her husband Kris Humphries"), or only
a group or a business ("rock group Led Zeppelin"); a word for a place before it and "of"
("the suburb of Baba Amr"), a street's before it and "and" ("Boulevard and Trumbull"); a
performance before it and "by" ("a private concert by Beyonce"); a house of fashion's
work before it ("designed for Lanvin"); an age after it ("Rosannah, 24,"). The words after
a mention are in entity_after_cues.py."""

from __future__ import annotations

import re
from collections.abc import Container

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
_PERFORMED_BY = (" played by ", " concert by ", " performance by ", " performances by ")
"""A performer's name follows them: an actor's, a singer's ("a private concert by Beyonce",
raw 192, read as a place; "performances by Miley Cyrus and Ed Sheeran")."""
_SUCH = (_INCLUDING, " like ", " such as ")
_ISSUE_OF = (" issue of ", " issues of ")
"""A publication's name follows them, with no "the": "published in the current issue of
Nature Neuroscience" (raw 113, read as a person), "the March issue of Vogue". Census, the
250 raw and 30 DUC texts: 7 names so written, every one a periodical (Sky & Telescope,
PEOPLE, Newsweek, Billboard, Vogue, The Hollywood Reporter); after "the" a topic as often
("the issue of the Truth Commission"), no cue. Only an issue told which by the word before
it is a periodical's ("current", "latest", a month or a day, a year, "this week's": the
lead's review, stop 48): "to discuss the issue of Okinawa" names a topic (`_WHICH_ISSUE`)."""
_WHICH_ISSUE = re.compile(
    r"(?:\b(?:current|latest|recent|new|upcoming|next|this|last|special|week[’']s|month[’']s)"
    r"|\b(?!The\b)[A-Z][a-z]{2,8}\.?|\d{1,4})\s+issues?\s+of\s$"
)
_LAST_CUE_ENDS = (*PLACE_CUE_ENDS, *_PERFORMED_BY, *_SUCH)  # " of " holds _ISSUE_OF
_PEOPLE_INCLUDING = frozenset(
    ("bloggers", "vloggers", "YouTubers", "rappers", "singers", "comedians", "celebrities")
)
"""People in the plural before "including" and a name: "YouTube videos from beauty bloggers
including Rclbeauty101" (raw 63, a handle read as an organisation)."""
_BODIES_SUCH = frozenset(
    (
        *("brands", "labels", "houses", "companies", "firms", "retailers", "chains", "banks"),
        *("automakers", "carmakers", "airlines", "insurers", "lenders"),
    )
)
"""Businesses in the plural before "including", "like" or "such as" and a name: "luxury
houses like Gucci", "brands including Gucci, Yves Saint Laurent" (raw 15, read as a
person)."""


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
_MADE_OR_WORN = (
    *(" designed for ", " designer at ", " designer for ", " designers at ", " designers for "),
    *(" fashion house ", " couture house ", " wore ", " wearing ", " dressed in "),
)
"""Words before a name that only a house of fashion or a brand follows: "trained in Spain
and Paris, the designer studied under Balenciaga and designed for Lanvin" (raw 81, the house
read as a person, with no full name of its own; a full name keeps its label: "the dress he
designed for Elizabeth Shaffer", a bride), "an early designer at Facebook", "she wore
Valentino". Census, the 250 raw and 30 DUC texts: 5 names so written, Lanvin the one
whose label moves (Facebook an organisation already, Elizabeth Shaffer and "Mrs. George
Clooney" full names); "wore", "wearing", "dressed in" before a capital written nowhere."""
_CUE_WORDS: dict[str, EntityLabel] = dict.fromkeys(PERSON_BEFORE, "person") | dict.fromkeys(
    ORGANISATION_BEFORE, "organisation"
)


def label_by_cue(head: str, after: str = "") -> EntityLabel | None:
    """Person, for a mention right after a word only people are called by, `head` the
    text before it and `after` the characters after it; organisation, after one only a
    group is called by or a periodical's issue (`_ISSUE_OF`), where the mention does not
    run on into a capitalised word ("the official newspaper China Sports Daily" is no cue
    for China), those words also before
    "called" or "named" ("a local store, called Centrum"); either, for a mention
    between commas after such a word; person, for a name addressed, opening a quotation
    before a comma and a word not capitalised or "I" ("“Stephanie, I speak three
    languages.", an organisation; on the 280 raw and DUC clusters the one name so written;
    "“Moonlight,” not ..." closes its quotation first), and after "played by" (an actor:
    "Marie ... is played by Cecile de France", an organisation) or a performance and "by"
    ("a private concert by Beyonce", a place) and after people in the
    plural and "including" ("bloggers including Rclbeauty101"); organisation after
    businesses in the plural and "including", "like" or "such as" ("luxury houses like
    Gucci"), and after words for what a house of fashion makes or is worn (`_MADE_OR_WORN`:
    "designed for Lanvin"), the name running on into no capital; person after an age closed by
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
    if head.endswith(_MADE_OR_WORN) and not runs_on(after):
        return "organisation"  # "designed for Lanvin"
    if not head.endswith(_LAST_CUE_ENDS):
        return None  # most mentions: one test
    if head.endswith(_PERFORMED_BY):
        return "person"
    if head.endswith(_ISSUE_OF) and not runs_on(after) and _which_issue(head):
        return "organisation"  # "the current issue of Nature Neuroscience"
    if head.endswith(_SUCH):  # one test for the many mentions after " of ", " in ", ...
        such = next(cue for cue in _SUCH if head.endswith(cue))
        word = _word_before(head[: -len(such) + 1])
        if word in _BODIES_SUCH:
            return "organisation"
        return "person" if such == _INCLUDING and word in _PEOPLE_INCLUDING else None
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


def _which_issue(head: str) -> bool:
    """Whether the text before a name closes on an issue told which (`_WHICH_ISSUE`)."""
    return _WHICH_ISSUE.search(head[-40:]) is not None


def runs_on(after: str) -> bool:
    """Whether the characters after a mention are a space and a capital."""
    return after[:1] == " " and after[1:2].isupper()


_ORGANISATION_CUE_ENDS = (*(f" {word} " for word in ORGANISATION_BEFORE), *_ISSUE_OF)
LIST_END = " and "
FULL_NAME_CUE_ENDS = (*PLACE_CUE_ENDS, *_ORGANISATION_CUE_ENDS)
"""How the text before a full name `label_of_a_full_name` finds a cue in can end: one
`endswith` rules out most mentions before the call."""


def label_of_a_full_name(head: str, after: str) -> EntityLabel | None:
    """For a person's full name, `head` the text before it and `after` the characters
    after it: organisation, after a word only a group is called by (`label_by_cue`);
    place, `in_a_place`; None otherwise (no word only people are called by makes it more
    of one)."""
    issue_told = not head.endswith(_ISSUE_OF) or _which_issue(head)
    if head.endswith(_ORGANISATION_CUE_ENDS) and not runs_on(after) and issue_told:
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
_AGED = ("-year-old ", " a fellow ", "A fellow ")


def by_residence(head: str, text: str, end: int) -> EntityLabel | None:
    """Place, for a mention after "a" and right before "man", "woman" or "resident": the
    town someone lives in ("A Lauderhill man has surrendered", "a Nulato man called",
    organisations; on the 280 raw and DUC clusters every other name so written is a place
    already, and "A UC Berkeley police officer" is no one's home), or after an age ("The
    24-year-old Bear resident", raw 16, read as an organisation) or "a fellow" ("Havoc, a
    fellow Queensbridge resident", raw 21, the housing project read as an organisation)."""
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


SPEECH_AFTER = (" said", " says", " told", " added", " explained", " wrote", " tweeted")
"""Verbs of speech right after a name ("Newport said"): a one-word group or place so
written is a person's surname where a first name is written before it
(`speakers_named_in_full`)."""


_MEMBER_AFTER = re.compile(r"['’]s ([A-Z][a-z]+)\b(?! [A-Z])")


def group_of_a_member(text: str, end: int, surnames: Container[str]) -> EntityLabel | None:
    """Organisation, for a one-word name read as a person ending at `end` in `text`, written
    in the possessive before the surname alone of a read person (`surnames`): "Wilco's
    Tweedy" (raw 213, the band of Jeff Tweedy, read as a person): a person's surname after a
    one-word possessive is a member's of its group. On the 280 raw and DUC clusters the one
    name so written."""
    member = _MEMBER_AFTER.match(text, end)
    return "organisation" if member and member[1] in surnames else None


_PLAYER_AFTER = re.compile(r" \(([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+)\)")


def played_in_brackets(
    name: str, text: str, end: int, people: Container[str]
) -> EntityLabel | None:
    """Person, for a mention of `name` ending at `end` in `text` right before a read
    person's full name in brackets: a role and who plays it, as reviews name a cast ("the
    characters of Bella (Kristen Stewart) and Edward (Robert Pattinson)", raw 247, Edward
    read as an organisation), or a stage name and the name behind it ("Havoc (Kejuan
    Muchita)"). A character is listed as the story's people are; no window tells one from
    them. Not a name with a word in lower case: "Khaleesi from Game of Thrones (Kristen
    Wiig)" is the show's title before the role's actor (raw 84). Census, the 250 raw and 30
    DUC texts: 20 capitalised words before two or more in brackets, 12 of them a role before
    its actor ("Mia (Jane Levy)", "George Lonegan (Matt Damon)"), Edward the one whose label
    moves; a stage name (Havoc); the show above; six with no read person in the brackets
    ("WGCL-TV (Meredith Corporation)", "Viggo Mortensen (Captain Fantastic)")."""
    played = _PLAYER_AFTER.match(text, end)
    if played is None or played[1] not in people:
        return None
    return "person" if all(word[:1].isupper() for word in name.split(" ")) else None
