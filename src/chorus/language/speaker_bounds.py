"""Where the name of a speaker found by the patterns starts and ends, and its title: a
title's department that the name pattern took as part of the name ("UN High Representative
for | Disarmament Affairs Kim Won-soo"), capitalised words that run on past the name
("Lehigh County Humane Society Executive Director Mary Shafer"), and a name inside a
preposition's object, whose organisation or person speaks instead ("Sgt. Dave Dodds of the
North Dakota National Guard said"). The pieces are those of `speakers.py`.
"""

from __future__ import annotations

import re

from chorus.language.found_speakers import bare_name
from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.speaker_titles import prefix_role
from chorus.language.speakers import (
    FULL_NAME,
    GROUPS,
    HONORIFIC,
    NAME,
    ORGANISATION_HEADS,
    ROLE_NOUN,
    WORD,
)

_TITLE_HEADS = (
    *("representative", "secretary", "minister", "director", "commissioner", "ambassador"),
    *("envoy", "chancellor", "president", "chairman", "governor", "commander", "head"),
    *("supervisor", "superintendent", "administrator", "inspector"),
)
"""Titles whose "of"/"for" names a department or country, not whom a person speaks for
("a spokeswoman for MedStar Washington Hospital Center" is not a department)."""
_DEPARTMENT = re.compile(rf"\b(?i:{'|'.join(_TITLE_HEADS)})\s+(?P<link>of|for)\s+(?:{WORD}\s+)*$")
"""A title's head and the start of its department, right before a speaker: the name
pattern took the department's end as part of the name ("UN High Representative for |
Disarmament Affairs Kim Won-soo said")."""
_AN_INITIAL = re.compile(r"[A-Z]\.$")
_NAME_WORDS = 2
"""Words of such a speaker kept as the name: no lower-case word marks where it starts."""


def out_of_department(text: str, who_start: int, who: str) -> tuple[int, str] | None:
    """Where the name starts in a speaker that begins inside a department, and the whole
    title ("Kim Won-soo", "UN High Representative for Disarmament Affairs")."""
    # Initials are not words of the count: "James R. Clapper" is a two-word name.
    word_starts = [w.start() for w in re.finditer(r"\S+", who) if not _AN_INITIAL.match(w[0])]
    if len(word_starts) <= _NAME_WORDS or who[:4].lower() == "the ":
        return None
    department = _DEPARTMENT.search(text, max(0, who_start - 80), who_start)
    if department is None:
        return None
    name_start = who_start + word_starts[-_NAME_WORDS]
    link = department.start("link")
    head = prefix_role(text, link) or text[department.start() : link]
    return name_start, " ".join(f"{head} {text[link:name_start]}".split())


_MORE_WORDS = re.compile(
    rf"(?:\s+(?:(?!(?:said|says|told|added|and|but|who|which|that)\b)[a-z-]+\s+){{0,2}}?"
    rf"(?:{ROLE_NOUN}))?(?:\s+{WORD})+"
)
"""What runs on after a speaker: capitalised words, maybe after a role in lower case of up
to three words ("said Harvard | law professor Jack Goldsmith", "Sibley Memorial Hospital |
nurse ...", "said CNN | senior political analyst David Gergen": multi_news-val-4035)."""
_TITLE_HEAD = rf"(?:(?i:{ROLE_NOUN})|Speaker|Commissioner|Deputy|Defender|Engineer)"
"""A role noun, or a title that is one only capitalised ("Assembly Speaker Robin Vos",
"NWSL Commissioner Jeff Plush": multi_news-val-5196; "the speaker" names no office; "Chief
Deputy Mike Carlson": 319, whose "Chief" alone was the title; "said Santa Clara County
Public Defender Molly O’Neal", raw validation 0-based 103 [5], whose name the pattern's four
words cut at "Public"; "Fire Brigade Engineer Bo Wahlstroem said", DUC d31022t's
"Brigade Engineer Bo Wahlstroem"; a defender or an engineer in lower case is no office)."""
_ROLE_WORD = re.compile(rf"\b{_TITLE_HEAD}$")
_TITLED = re.compile(rf"\b{_TITLE_HEAD}\s+[A-Z][^\s]*\s+[A-Z]")
"""A title before two capitalised words, inside a speaker's own words: the only case
without words running on that `titled_name` splits (a cheap test first)."""


_NO_TITLE = (
    *("says", "say", "said", "told", "tells", "adds", "added", "asks", "asked", "writes"),
    *("wrote", "and", "but", "the", "with", "from", "for", "after", "before", "during"),
    *("about", "into", "than", "then", "when", "while", "where", "who", "whom", "that"),
    *("this", "which", "whose", "also", "later", "earlier", "today", "yesterday", "tonight"),
)
"""Verbs and function words, never a title after a speaker ("said Smith and Bob Jones.")."""
_LOWER_TITLE = re.compile(
    rf"\s+(?!(?:{'|'.join(_NO_TITLE)})\b)[a-z-]{{3,}}"
    rf"(?:\s+and\s+(?:[“\"][^”\"]{{1,40}}[”\"]\s+)?[a-z-]{{3,}})?\s+"
    rf"(?P<name>{WORD}(?:\s+{WORD}){{1,2}})(?=[,.;:]|\s*$)"
)
"""A title in lower case after the capitalised word it describes, then a name that ends
the clause: "said GOP strategist Ford O’Connell." (multi_news-val-5196), "said Anaheim
resident Joe Castaneda, who saw ..." (4684), "wrote TV producer and "Lucifer" showrunner Joe
Henderson." (2484); not "Police say Cardell Hayes's Hummer"."""
_REFERRING_WORDS = frozenset(("He", "She", "It", "They", "he", "she", "it"))


def titled_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, title) of the name of a speaker whose capitalised words run on past the name
    pattern's four, split after the last role noun ("said Lehigh County Humane Society
    Executive Director Mary Shafer": multi_news-val-3493), or of a speaker whose own words
    hold a title before two words or more ("Majority Leader | Bob Dole", not "General
    Motors"), or of a speaker whose title goes on in lower case (`_LOWER_TITLE`)."""
    more = _MORE_WORDS.match(text, end)
    lower_title = None if more else _LOWER_TITLE.match(text, end)
    if lower_title is not None and text[start:end] not in _REFERRING_WORDS:
        name_start = lower_title.start("name")
        title = text[_in_office_from(text, start) : name_start]
        return name_start, lower_title.end("name"), bare_name(title.strip())
    if more is None and not _TITLED.search(text, start, end):
        return None
    end = more.end() if more is not None else end
    words = list(re.finditer(r"\S+", text[start:end]))
    heads = [n for n, w in enumerate(words[:-1]) if _ROLE_WORD.search(w.group())]
    if not heads:
        return None
    name = [w.group() for w in words[heads[-1] + 1 :]]
    if more is None and (len(name) < 2 or not all(w[0].isupper() for w in name)):
        return None
    name_start = start + words[heads[-1] + 1].start()
    # the name pattern's four words may start inside the title ("Republican National |
    # Committee Chairman Reince Priebus": multi_news-val-4378): its first words too
    title_start = _TITLE_GOES_BACK.search(text, max(0, start - 60), start)
    title_from = _in_office_from(text, title_start.start() if title_start else start)
    title = text[title_from : start + words[heads[-1]].end()]
    return name_start, end, bare_name(title)


_IN_OFFICE = re.compile(r"(?<![\w-])(?:former|then|acting)\s+$")
"""When a title was held, the word before it: "former Senate Majority Leader Bob Dole says"
(multi_news-val-4505) was no leader then."""


def _in_office_from(text: str, title_start: int) -> int:
    """Where a title starts with the word saying when it was held."""
    found = _IN_OFFICE.search(text, max(0, title_start - 8), title_start)
    return title_start if found is None else found.start()


_TITLE_GOES_BACK = re.compile(
    r"(?<![\w’'.-])(?<!\sof\s)(?<!\sfor\s)"
    r"(?:(?!(?:But|And|The|A|An|In|On|At|As|When|After|Then|So|Yet|Or|Also)\s)"
    r"[A-Z][\w&’'-]*\s+){1,4}$"
)
"""Capitalised words right before a speaker's title: the title's first words; not the end
of an organisation's name after "of" ("Community of | Christ President Stephen M. Veazey"
keeps "President")."""


_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|for|of|at|from|by|to|in|on|along|near|across|outside|off)\s+(?:the\s+)?"
    rf"(?:(?:[“\"][^”\"]{{1,30}}[”\"]\s+|[a-z]+\s+)?(?:{ROLE_NOUN})\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
)
"""Capitalised words that follow a preposition name its object, not a speaker: "Barbara
Morgan, an officer with the Lehigh County Humane Society says ..." (multi_news-val-3493);
so too a road or a place ("neighbors at Plotts' apartment building along West Chester Pike
in Upper Darby said": 4840 had given the neighbours' words to the road), and a name after
its role in lower case ("Investigators probing the death of “Top Gun” director Tony Scott
said": multi_news-val-3563, the investigators speak)."""
_MEMBER_OF = re.compile(
    rf"(?P<who>{NAME}),?\s+(?P<of>(?:of|from|at|with|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*,?\s+(?:for\s+)?)*)$"
)
"""A name and the preposition whose object it is a member of, the object's words maybe joined
by "for" ("Kassie Siegel of the Center for Biological Diversity said": multi_news-val-4623)."""
_OBJECTS_DEEP = 3
"""Prepositions' objects read back from a speaker found inside one to the name they follow
("Prof Mercedes Pascual, from the University of Michigan in the US, ..., said":
multi_news-val-3954)."""
_PLACE_IN_OBJECT = re.compile(
    r"\b(?:of|from|at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*,\s+$"
)
"""An object of a preposition that goes on after a comma with its place: "Prof Bryan Young
at University Hospital, London - Mr Routley's neurologist for a decade - said" (multi_news-
val-5202) is Young speaking, not London."""
_APPOSITION_AFTER = re.compile(r",\s|\s+[-—–]\s")


_SPOKEN_FOR = re.compile(
    r"\b(?:(?P<role>spokes(?:man|woman|person)|representative|lawyer|attorney)\s+for"
    r"|(?P<spokesman>spokes(?:man|woman|person))\s+with)\s+"
    r"(?:the\s+)?(?P<owner>(?:[A-Z][\w.'’-]*\s+)*)$"
)
"""Whom a spokeswoman speaks for speaks: "A spokeswoman for MedStar Washington Hospital
Center, the district's largest, said" (multi_news-val-2366), "A spokesman with the Anaheim
Police Department says ..." (raw 35 [1]; a lawyer "with" a firm works there, speaking for
someone else)."""


_OFFICE = re.compile(r"(?:President|Chairman|Mayor|Judge|Sen|Rep|Gov|Gen)\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
"""A title of office after its organisation's capitalised name: "Community of Christ
President Stephen M. Veazey ruled that ..." (multi_news-val-351) names Veazey."""


def speaking_for(text: str, who_start: int) -> str | None:
    """Who speaks for the speaker found at `who_start`, as its role: "through a
    spokesperson" of "A spokesperson for Conyers told KPRC 2 News" (multi_news-val-4100),
    where the name alone read as the son the article follows, not his father's office
    speaking; "through", as "Ban Ki-moon (spokesperson)" read as his own title (5397)."""
    before = text[max(0, who_start - 80) : who_start]
    if "for " not in before and "with " not in before:
        return None
    found = _SPOKEN_FOR.search(text, max(0, who_start - 80), who_start)
    if found is None:
        return None
    role = found["role"] or found["spokesman"]
    return f"through {'an' if role[0] in 'aeiou' else 'a'} {role}"


_SPEAKS_FOR_AFTER = re.compile(
    r"\s+for\s+(?:the\s+)?(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})(?=[,.;]|$)"
)
"""Whom an unnamed spokesman written after the verb speaks for: "..., said a spokesman for
SynCardia, whose artificial heart ..." (raw multi_news-val-5619)."""
_UNNAMED_SPOKESPEOPLE = ("a spokesman", "a spokeswoman", "a spokesperson")


def spoken_for_after(text: str, who_start: int, who_end: int) -> tuple[int, int, str] | None:
    """Where the name of whom an unnamed spokesperson speaks for starts and ends, and the
    role "through a spokesman", where the name follows the speaker found ("said a spokesman
    for SynCardia"), as `speaking_for` reads it before one ("A spokesperson for Conyers
    told"); None for anyone else."""
    if text[who_start:who_end] not in _UNNAMED_SPOKESPEOPLE:
        return None
    found = _SPEAKS_FOR_AFTER.match(text, who_end)
    if found is None:
        return None
    return found.start("owner"), found.end("owner"), f"through {text[who_start:who_end]}"


def statement_of(text: str, who_end: int) -> str | None:
    """ "statement" where the speaker found is whose statement speaks ("..., a publicist’s
    statement said": multi_news-val-696): the paper is how the words came, as a role. Two
    string tests, not a pattern: every speaker without a role is asked."""
    owned = text.startswith("s statement", who_end + 1) and text[who_end] in "'’"
    return "statement" if owned else None


def owner_start(text: str, who_start: int, who_end: int) -> int:
    """Where the name of whom a spokesperson speaks for starts, when the speaker found is
    its last word after an "'s" the name pattern stops at: "Susan Ward, a spokeswoman for
    Buffalo GYN Women's Services, the private clinic ..., said" (DUC d31013t) is the
    clinic's, not "Services"' (the pattern found no Susan Ward past two appositions); and
    where a body's owner starts: "Israel’s Foreign Ministry said" in a story on Poland
    (multi_news-val-765) is no "Foreign Ministry" of the story's country."""
    if text[max(0, who_start - 3) : who_start] not in ("'s ", "’s "):
        return who_start
    found = _SPOKEN_FOR.search(text, max(0, who_start - 80), who_start)
    if found is not None:
        return found.start("owner")
    if text[who_start:who_end].rsplit(" ", 1)[-1] not in ORGANISATION_HEADS:
        return who_start
    owner = _BODY_OWNER.search(text, max(0, who_start - 40), who_start)
    return owner.start() if owner is not None else who_start


_BODY_OWNER = re.compile(r"(?<![\w’'-])(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+$")
"""A country or an organisation owning a body, of one or two capitalised words ("South
Korea’s Unification Ministry")."""


def in_an_object(text: str, who_start: int, who_end: int) -> bool:
    """Whether a speaker found at `who_start` starts inside a preposition's object, but
    for a title's department ("Secretary of Defense Leon Panetta said"), a title after its
    organisation ("Community of Christ President Stephen M. Veazey") or whom a
    spokesperson speaks for; or is the one-word place of such an object, an apposition
    after it ("at University Hospital, London - ... - said")."""
    before = max(0, who_start - 80)
    if _OFFICE.match(text, who_start) and _NAME_BEFORE.search(text, before, who_start):
        return False
    if _AFTER_PREPOSITION.search(text, before, who_start) is not None:
        return (
            _DEPARTMENT.search(text, before, who_start) is None
            and _SPOKEN_FOR.search(text, before, who_start) is None
        )
    return (
        " " not in text[who_start:who_end]
        and _APPOSITION_AFTER.match(text, who_end) is not None
        and _PLACE_IN_OBJECT.search(text, before, who_start) is not None
    )


def member_of(text: str, who_start: int, who_end: int) -> tuple[int, int, str | None] | None:
    """(start, end, role) of who speaks when the speaker found is a preposition's object:
    the organisation whose name holds it ("the Florida Department of Law Enforcement
    said"), the person named with a title before it ("Brand Manager at KFC Jocelyn Bynoe
    said"), or the person named before it ("Sgt. Dave Dodds of the North Dakota National
    Guard said"); none when that one is itself a preposition's object."""
    end = who_start
    for _ in range(_OBJECTS_DEEP):
        member = _MEMBER_OF.search(text, max(0, end - 160), end)
        if member is None or member.group("who") in NOT_SPEAKERS:
            return None
        if text[member.end("who")] == "," and member.start("who") > 0:
            # a name and a comma before the preposition opens the sentence ("Prof Mercedes
            # Pascual, from ..."); inside it, it may be an object ("The sister of
            # 32-year-old James McMullan, from Hackney, east London, said": 2851)
            return None
        if not in_an_object(text, member.start(), member.end("who")):
            break
        # an object's object: "Judge Leonard Sand of U.S. District Court in Manhattan said"
        # (DUC d30005t) is Sand, whose name the preposition before the object follows; in
        # "liaison at the United Nations for Human Rights in China, a New York-based group,
        # said" (d31050t) no name does, and neither "China" nor "Human Rights" speaks
        end = member.start()
    else:
        return None
    start, last = member.start("who"), member.group("who").split()[-1]
    if last in ORGANISATION_HEADS:
        return start, who_end, None
    if _ROLE_WORD.search(last):
        name_start = (
            who_start + list(re.finditer(r"\S+", text[who_start:who_end]))[-_NAME_WORDS].start()
        )
        return name_start, who_end, text[start:name_start].strip()
    return start, member.end("who"), text[member.start("of") : who_end]


_ABBREVIATED = re.compile(r"(?:(?:[A-Z]\.){2,}\s+\d+(?:st|nd|rd|th)|U\.S\.)\s+$")
_A_TITLE = re.compile(HONORIFIC)


def abbreviated(text: str, start: int) -> int:
    """Where a speaker's name starts, back before an abbreviation (and an ordinal) the name
    pattern cannot open with ("The U.S. 7th Fleet said": multi_news-val-324, not "Fleet";
    "The U.S. Navy said": 5309, not "Navy", which another article's "Australian Navy" ends;
    not before a person's title, "U.S. Sen. Cory Gardner"; "U.N." bodies are as often written
    in full, "United Nations Population Fund", which "Population Fund" joins): read once a
    speaker is found, where the pattern that took them cost every search."""
    found = _ABBREVIATED.search(text, max(0, start - 16), start)
    if found is None or _A_TITLE.match(text, start):
        return start
    return found.start()


_OWNED_ROLE_NAMED = re.compile(
    rf"(?:['’]s|(?<=s)['’])\s+(?P<role>(?:[\w-]+\s+){{0,3}}?[\w-]+),\s+"
    rf"(?P<name>{FULL_NAME})(?=\.?$|,\s+(?!and\b)|,\s+and\s+[A-Z])"
)
"""The role an owner's speaker holds and the name after it, at a quotation's end: "said
Carmat's CEO, Marcello Conviti." (multi_news-val-5619), "said the company's chief
executive, Marcello Conviti."; the first of two who speak together: "said Newtown's
highest elected official, First Selectman Patricia Llodra, and Superintendent of Schools
Joseph Erardi, in a statement" (multi_news-val-584) is hers (and his), no word of
Newtown's."""


def owned_role_named(text: str, who_start: int, who_end: int) -> tuple[int, int, str] | None:
    """The name that speaks after its owner's role, with that role ("Carmat's CEO")."""
    found = _OWNED_ROLE_NAMED.match(text, who_end)
    if found is None:
        return None
    return *found.span("name"), text[who_start : found.end("role")]


_BASED = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+(?=[A-Z])")


def unplaced(name: str) -> str:
    """A name without where its organisation is based: "London-based Amnesty reported" is
    the Amnesty International of the cluster (multi_news-val-132), "Washington-based
    Renewable Fuels Association" the association; not a description ("a U.S.-based
    researcher")."""
    based = _BASED.match(name) if "-based " in name else None
    return name if based is None else name[based.end() :]


_GROUP_MODIFIED = re.compile(r"[,!?]\s?[”\"]\s+(?P<words>(?:[a-z][a-z-]+\s+){1,2})$")
_NO_MODIFIERS = frozenset(
    ("the", "a", "an", "but", "and", "or", "so", "as", "then", "said", "says", "told", "to")
)
_GROUP_WORDS = frozenset(GROUPS)


def modified_group(text: str, start: int, who: str) -> int:
    """Where a group speaker right after a quotation's close starts, back before the one or
    two lower-case words that say whose group it is: '"We are grateful ...," hospital
    officials said in a statement.' (multi_news-val-4840) is the hospital's officials, no
    "officials" of any body; not a conjunction or a verb ('"...," but officials said')."""
    if who not in _GROUP_WORDS:
        return start
    found = _GROUP_MODIFIED.search(text, max(0, start - 30), start)
    if found is None or _NO_MODIFIERS.intersection(found["words"].split()):
        return start
    return found.start("words")
