"""Forms of the text that decide an entity's label, or whether it is listed, without the
recognizer: a work's title after a kind of work ("the film New Moon") or a character's
"from" is none of them, a stock symbol after its exchange ("(NASDAQ:GMCR)") is read and
counted where the text names it, a name always written before a number is a cut one; a
name before a year in brackets or filling quotation marks is a title ("“Congo,”"), and one
never written without running on into a quoted title a cut of it ("Apocalypse" of
"“Apocalypse Now,”"); a title or a trade opening a name ("Prof Adrian Owen") is no part of
it. The labels a name's last or first word or a town's state settle are in
entity_endings.py; the words around a mention that settle a label in entity_cues.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from chorus.analyze.entity_cues import PERSON_BEFORE
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.found_speakers import COUNCIL_TITLES

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
    rf"|(?:{'|'.join(_LISTED_WORKS)}) (?:include|including|such as)"
    r"|characters? (?:from|in|on)|published The) [\"“‘']?$"
)
"""A kind of work right before a name ("the 1993 film "Jurassic Park"", "Fey's first book,
Bossypants", "her new album, Red", "an A&E miniseries called Coma"), or a list of works
opening on it ("whose films include Crimson Tide, Days of Thunder"): the name is a title,
which the recognizer labels a person, an organisation or a place, and which is none of
them; so is one after a character's "from", "in" or "on" ("his would-be suicide bomber
character from Homeland", a place; one such name on the 250 raw validation clusters). One
such mention is enough: on those clusters it drops 9 titles ("Jurassic Park" among
places, "Mamma Mia" among people) and nothing else; "called" and "include" 2 more (Coma,
Crimson Tide). A surname's mention does not count: "the film Lincoln" is no reason to drop
Abraham Lincoln. Left out: "single" (also an adjective), "named" and "called" alone, "show"
(before people and places), "series" (before characters). "published" only before "The":
"published The Klingon Dictionary" (raw 40, an organisation) is a book, "published Trump's
returns" no one's work."""
_FIELD_BEFORE = (
    *(" degree in ", " major in ", " majored in ", " majoring in ", " diploma in "),
    " doctorate in ",
)
"""Words before a field of study ("her master's degree in Social Work", raw 16, read as an
organisation): a subject, no body; a department or a school is named with its own word
("School of Social Work"). Not "degrees in": "44 degrees in Anchorage" is a temperature
there. Census, the 250 raw and 30 DUC texts: "degree in" and a capital twice, "Social
Work" and "English" (no name read); the other words before a capital nowhere."""
_RUN_GOES_ON = re.compile(r" [A-Z]")
BEFORE_CHARS = 20
"""How far before a mention `_TICKER` and `_WORK_BEFORE` need to look ("miniseries called ")."""
_CUE_ENDINGS = (
    *(":", "called", "titled", "include", "including", "such as", *_WORKS),
    *("character from", "character in", "character on", "published The"),
    *("characters from", "characters in", "characters on"),
    *(cue.strip() for cue in _FIELD_BEFORE),
)
"""What the text before a mention ends in, marks and spaces aside, when either can match."""
PEOPLES_NOUNS = frozenset(
    f"{people}{noun}"
    for people in ("French", "English", "Irish", "Dutch", "Scots", "Welsh", "Country")
    for noun in ("man", "woman", "men", "women")
)
"""A people's nouns written as one word, opening a name as a title does: "Frenchwoman Edith
Bouvier would not board" (raw 47, where a sentence opens on it), read whole as an
organisation. Census, the 250 raw and 30 DUC texts: a capitalised word ending in "man",
"woman", "men" or "women" before two capitalised words 69 times, a people's noun twice
(raw 47's "Frenchwoman Edith Bouvier", "Frenchman William Daniels"); the rest posts with
titles of their own ("Chairman", "Congresswoman", "Councilman", "Selectman", "Airman") or
no noun ("Human Rights", "Roman Catholic", "German Chancellor", "Herman Cain", "Lamen
Khalifa Fhimah", "Goldman Sachs"). These nouns are written 6 times in all, the other 4
before no name ("a 75-year-old Frenchman.")."""
_TITLES = frozenset(
    (
        *(word[0].upper() + word[1:] for word in PERSON_BEFORE),
        *("Prof", "Prof.", "Professor", "Clerk", "Sergeant", "Officer", "Judge", "Mayor"),
        *("Mountaineer", "Climber", "Saint", "Nazi", "RIP", "Archbishop", "Bishop", "Cardinal"),
        *("Treasurer", "Commissioner", "Governor", "Comptroller", "Auditor", "Chancellor"),
        *COUNCIL_TITLES,
        *PEOPLES_NOUNS,
    )
)
"""Words that open a person's span in the recognizer's reading when written with a capital
before a name: a title, a trade or a side ("Prof Adrian Owen", "Clerk Kim Lehmkuhl",
"Mountaineer Ueli Steck", "former Saint Will Smith", "Nazi Adolf Eichmann", "RIP Marty
Balin", "Archbishop Desmond Tutu", "state Treasurer Rob McCord", "First Selectman Patricia
Llodra"), the words only people are called by among them."""
_DEMONYM_ENDINGS = ("ans", "ons")
"""Endings of a people's name in the plural opening a person's span ("Libyans Abdel Basset
Ali al-Megrahi", "Albuquerqueans Ben Abruzzo", "Britons Darren Hickey"): a title's like."""


_COURTESY = frozenset(("Mr", "Ms", "Mrs", "Miss", "Mr.", "Ms.", "Mrs.", "Dr", "Dr."))
"""Titles before a surname alone ("Ms Bouvier", as British papers write it): what follows is
always a person's surname."""
BEFORE_A_SURNAME = frozenset(("Lady", "Lord", "Dame", "Prof", "Prof.", "Professor"))
"""Titles before a surname alone that a name may also keep ("Lady Gaga"): the person is the
full name the text writes with that surname ("Lady Thatcher", "Margaret Thatcher")."""
_ANY_TITLE = _TITLES | _COURTESY | BEFORE_A_SURNAME


_GENERAL_OFFICES = frozenset(
    ("Consul", "Attorney", "Surgeon", "Inspector", "Solicitor", "Secretary", "Governor")
)
"""Offices written before "General" ("Consul General"): a title of two words, which
`without_title`, reading one word, takes for a name's."""


def people_after_an_office_general(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """Names opening on an office and "General" and going on with a full name, mapped to
    that name: "Bentley wrote to Consul General Ajit Kumar in Atlanta" (raw 100), read whole
    as an organisation, names the consul."""
    found = {}
    for name in labels:
        office, _, rest = name.partition(" General ")
        if office in _GENERAL_OFFICES and " " in rest and rest[:1].isupper():
            found[name] = rest
    return found


def is_a_title(word: str) -> bool:
    """Whether `word` is a title written before a name ("Commissioner", "Dr.", "Lady") or
    a people's name in the plural ("Americans")."""
    return word in _ANY_TITLE or (len(word) > 5 and word.endswith(_DEMONYM_ENDINGS))


def without_title(name: str) -> tuple[str, str] | None:
    """(title, rest) for a name of three words or more whose first word is one of _TITLES
    or a people's name in the plural, and whose rest is a capitalised name of two words or
    more ("Prof", "Adrian Owen"; "Britons", "Darren Hickey"), or
    for a courtesy title or one of BEFORE_A_SURNAME and one word ("Ms", "Bouvier"; "Lady",
    "Thatcher"); None for any other. Other titles
    before one word ("Judge Judy", "Saint Petersburg") are left whole: the word alone may
    be no person's name."""
    title, _, rest = name.partition(" ")
    if title not in _ANY_TITLE and not (len(title) > 5 and title.endswith(_DEMONYM_ENDINGS)):
        return None  # one test rules out most names
    if not rest[:1].isupper():
        return None
    if " " in rest:
        return (title, rest) if title not in _COURTESY else None
    return (title, rest) if title in _COURTESY or title in BEFORE_A_SURNAME else None


def after_exchange(head: str) -> bool:
    """Whether a mention is a stock symbol after its exchange, `head` the text before it."""
    return _TICKER.search(head) is not None


_WORKS_YEAR = re.compile(r" \((?:1[89]|20)\d\d\)")
"""A year in brackets right after a name: a work's ("Jurassic Park (1993)", "Apocalypse Now
(1979)"), as reviews date films and books."""
_QUOTED_RUN_OPENS = re.compile(
    r"[“\"‘](?:(?:[A-Z][\w'’.-]*,?|&|and) )*$"
    r"|[“\"‘](?:[A-Z][\w'’.-]*[,:]? ){2,}(?:(?:[A-Z][\w'’.-]*[,:]?|&|"
    r"the|of|an?|and|in|on|at|to|for|from|with|by|or) )*$"
)
_QUOTED_RUN_CLOSES = re.compile(r"(?: (?:[A-Z][\w'’.-]*|&))*[,.!?]?[”\"’](?!\w)")
"""A run of capitalised words, an ampersand among them or not, filling a pair of quotation
marks ("“Congo,”", "“Hamburger Hill,”", ""Fare Thee Well"", ""Love & Hip Hop""): a work's
title, or a nickname, not the person, group or place of its words; a list's commas and "and"
before the mention stay inside one ("“Greek Fire, Poison, Arrows and Scorpion Bombs.”", raw
194, a book). After two capitalised words a title's own lower-case function words and a
subtitle's colon stay inside it too ("“Dorothy Day: Who Cares About the Saints?”", raw 108, a
film; "“Gone With the Wind”"): on the 280 raw and DUC texts 37 writings more, 36 of them a
work's title, an ad's or a sticker's slogan, one a possessive's mark read as the quote's end
("“The Bahraini Court of Appeals’ decision", raw 127); of the 280 listings only the film's
"Saints" (an organisation) goes."""
ALONE, RUNS_ON, IN_TITLE, BOUND = range(4)
"""How a mention stands (`how_it_stands`)."""


def how_it_stands(text: str, start: int, end: int) -> int:
    """How a mention from `start` to `end` in `text` stands: BOUND where it runs on into a
        number ("United Flight 93", "San Francisco 49ers") or a year in brackets ("Jurassic
        Park (1993)"), is an aside in square brackets ("the complaint [PDF]") or is cut short
        ("airports in JFK, Newar..."), or is an abbreviation before a number ("(Fig. 1)", raw 243,
    a person by the recognizer, 13 mentions); IN_TITLE inside quotation marks around nothing but
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
    if after[:2] == ". " and after[2:3].isdigit():  # "(Fig. 1)": no stop the splitter read
        return BOUND
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


def is_title(head: str, text: str, end: int) -> bool:
    """Whether a mention is a work's whole title, `head` the text before it and `end` where
    it ends in `text`: a kind of work right before it and no capitalised word after
    ("album, “Jefferson Airplane Takes Off,”" is the band's album, not the band)."""
    return _WORK_BEFORE.search(head) is not None and not _RUN_GOES_ON.match(text, end)


def is_a_field(head: str, text: str, end: int) -> bool:
    """Whether a mention is a field of study, `head` the text before it and `end` where it
    ends in `text`: right after `_FIELD_BEFORE`'s words and running on into no capital."""
    return head.endswith(_FIELD_BEFORE) and not _RUN_GOES_ON.match(text, end)


def may_follow_a_cue(head: str) -> bool:
    """Whether the text before a mention can hold an exchange or a kind of work: one
    `endswith` rules out most mentions, where the two searches cost ~0.1 ms a cluster."""
    return head.rstrip(" \"“‘'").rstrip(",").endswith(_CUE_ENDINGS)


_PLACE_PREPOSITIONS = (" on ", " to ")
"""Not "in": "in Jurassic Park", "in New Moon" are the films' (multi_news-val-794, -3194)."""


def places_beside_titles(
    works: Iterable[str], mentions: Mapping[str, Sequence[Excerpt]], labels: Mapping[str, str]
) -> set[str]:
    """Read places among `works` that the text writes after "on" or "to" twice or more: "the
    movie, “Skull Island”" is the film's, "on Skull Island" ×2 and "mission to Skull Island"
    the island (raw 46); one title no longer drops the place everywhere."""
    return {
        name
        for name in works
        if labels.get(name) == "place"
        and sum(m.article.text.endswith(_PLACE_PREPOSITIONS, 0, m.start) for m in mentions[name])
        > 1
    }
