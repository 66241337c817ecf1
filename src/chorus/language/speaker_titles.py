"""Titles before a speaker's name: as the quote patterns of `quote_patterns.py` read them,
a title in lower case after capitalised words ("White House counselor Kellyanne Conway"), a
force and a rank ("Iowa State Patrol Sgt. Scott Bright"); the role a found speaker's name
comes after (`prefix_role`), and whose brother or son a first name is (`kin_named`).
Split from `quote_patterns.py` and `speakers.py`.
"""

from __future__ import annotations

import re

from chorus.language.found_speakers import BENCH_TITLE
from chorus.language.quote_alternation import by_first_letter
from chorus.language.speakers import FULL_NAME, NAME_PARTICLE, ROLE_NOUNS

TITLE_WORD = (
    r"(?!(?:and|but|or|one|as|that|which|who|so|because|while|when|he|she|the|an?|his|her"
    r"|their|its|then|now|also|at|of|in|for|from|with|by|on|to)\b)[a-z][\w-]*+\s+"
)
TITLE_BEFORE = (
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?<=[sr]\s)[a-z][\w-]*\s+and\s+"
    r"(?=[a-z][\w-]*\s+[A-Z][\w.&-]*\s+[A-Z])|(?=(?:[A-Z][\w.&-]*\s+){0,2}(?:[a-z][\w-]*\s+){1,2}"
    rf"[A-Z][\w.&-]*\s+(?:{NAME_PARTICLE}\s+){{0,2}}[A-Z])))?"
    rf"(?:(?:former|then|acting)\s+)?(?:[A-Z][\w.&’'-]*+\s+){{0,3}}?(?:{TITLE_WORD}){{0,3}}"
    r"(?:(?<=[a-z]\s)[A-Z]\.\s+(?=[A-Z][a-z]))?"
)
"""A title in lower case, maybe after capitalised words, before a speaker's name: "spokesman
Michael Mansell", "former Senate Majority Leader Bob Dole", "White House counselor
Kellyanne Conway" (multi_news-val-2053, 4505, 1720), "Harvard law professor Alan
Dershowitz" (4035); after "the" only before a name of two words or more ("the official
newspaper China Sports Daily", DUC d30020t; "the Paris prosecutor Francois Molins said",
multi_news-val-167, a place's capitalised words first; not "the two Republicans", a description), so
too after "his" or "her" ("his best friend Jawan Givens said": multi_news-val-4100), where
two titles may be joined ("his friend and paralegal Sue Herndon said": 696; not after "the",
where "and" joins two people as often). A first initial after a title in lower case is passed
over, as a name never opens with one: "senior study author A. Vania Apkarian, a professor of
physiology at ..., said" (raw validation 0-based 113) is Vania Apkarian's, as "A. Vania
Apkarian said" is."""
RANK = r"(?:Sgt|Lt|Capt|Det|Cpl|Col|Maj)\.\s+"
TITLE_BEFORE_NAME = (
    rf"(?:(?:[A-Z][\w.&’'-]*+\s+){{0,3}}?(?:{TITLE_WORD}){{1,3}}(?=[A-Z][\w.’'-]*\s+[A-Z])"
    rf"|(?:[A-Z][\w&’'-]*+\s+){{1,3}}?{RANK}(?=[A-Z]))?"
)
"""A title in lower case before a name of two words or more, after an inverted verb:
"according to NASA program scientist Curt Niebur" (multi_news-val-5207), not "according to
multiple sources"; or a force and a rank ("..., said Iowa State Patrol Sgt. Scott Bright":
168, where the rank's full stop cut the name and "Iowa" spoke)."""
_TITLES_ONLY = ("congressman", "congresswoman")
"""Titles of office read only right before a name ("But Democratic Congresswoman Kyrsten
Sinema of Arizona told ...": raw validation 0-based 182 [0]), not among `ROLE_NOUNS`: there
"Congressman Goodlatte asked ..." stops being a name of its own, and raw 208's "Goodlatte
said" after it is credited to his son Bobby, named in full nearer."""
_TITLE_NOUNS = (*ROLE_NOUNS, *_TITLES_ONLY)
TITLE_NOUN = by_first_letter(_TITLE_NOUNS)
"""The role nouns and the titles read only before a name, as one alternation."""
_PREFIX_ROLE = re.compile(
    rf"(?<![\w-])((?:(?>[A-Z][\w.'’-]*|[a-z-]+)\s+){{0,4}}(?:[a-z]+-)?(?:{TITLE_NOUN}))\s+$",
    re.IGNORECASE,
)
"""Up to four words and a role noun before a speaker, from a word's start (no "scientist"
of "neuroscientist": multi_news-val-5202; "study co-author", not "author": 1487). Ignoring
case, both alternatives read a word of letters to the same end, so each word is taken once
(`(?>...)`): trying the other after a failure further on only repeated it, up to 2^4 times
a position."""
_CLAUSE_OPENER = re.compile(
    r"(?:(?i:although|though|while|whereas|because|but|as|when|since|if)\s+)+"
)
"""The conjunctions a clause opens with before the speaker's role, one or more in a row
(two on the pages read): "But as historian David Greenberg notes, “...”" (raw 9 [3]) is the
historian's."""
_PARTICIPLE = re.compile(r"[a-z]+ing\s+(?=[A-Z])")
"""What the writer's subject does before the speaker's role: "Trump sent a tweet quoting Fox
Business Network host Stuart Varney" (multi_news-val-5041)."""
_ROLE_ENDINGS = tuple(noun.lower().split()[-1] for noun in _TITLE_NOUNS)
_PREFIX_RUNS = 4 + max(len(noun.split()) for noun in ROLE_NOUNS)
"""Runs of non-space a `_PREFIX_ROLE` match can span: its four words and a role noun."""


def prefix_role(text: str, speaker_start: int) -> str | None:
    """ "UN secretary-general" in "UN secretary-general António Guterres warned"."""
    before = text[max(0, speaker_start - 80) : speaker_start]
    # The pattern ends with a role noun and spaces; testing that first skips a search that
    # tries every position of the 80 characters (a third of the time of finding quotes).
    words = before.split()
    if not before[-1:].isspace() or not words or not words[-1].lower().endswith(_ROLE_ENDINGS):
        return None
    # A match is at most six runs of non-space (four words, a two-word role noun) and
    # the spaces after them: searched from before the sixth last run, the same leftmost
    # match (the pattern's alternative words back-track at every position: 3x the cost).
    head = before.rsplit(None, _PREFIX_RUNS)
    match = _PREFIX_ROLE.search(before, len(head[0]) if len(head) > _PREFIX_RUNS else 0)
    if match is None:
        return None
    # "..., although spokeswoman Maryanne Boster acknowledged" (multi_news-val-2366): the
    # clause's conjunction is no word of her role
    opener = _CLAUSE_OPENER.match(match.group(1)) or _PARTICIPLE.match(match.group(1))
    return match.group(1)[opener.end() if opener else 0 :].strip()


_OFFICE = re.compile(
    r"(?:(?:Lt|Maj|Brig)\.\s+)?(?:Sen|Rep|Gov|Gen|Sgt|Lt|Capt|Det|Cpl|Col|Maj)\.(?=\s+[A-Z])"
    rf"|{BENCH_TITLE}(?=[A-Z])"
)
"""An elected office, a rank ("said Capt. Mike Salomonsky": raw 180 [1]; "Lt. Gov.", "Brig.
Gen."), or a council's or a court's title ("Justice Elena Kagan held": multi_news-val-3200),
which `bare_name` leaves out of the name."""
_PARTY_AFTER = re.compile(
    r"\s+\((?P<party>[RDI]-[A-Z][\w.-]*)\)|,\s+(?P<tag>[RDI]-[A-Z][\w.]*)(?=,)"
)


def office_title(text: str, who_start: int, who_end: int) -> str | None:
    """An elected office the speaker's own words open with, and the party after the name:
    "said Sen. Sheldon Whitehouse (D-R.I.)." is "Sen., D-R.I." (multi_news-val-4022); the
    party alone without an office: "John Mica (R-Fla.) told POLITICO." is "R-Fla." (raw
    validation 0-based 24)."""
    office = _OFFICE.match(text, who_start)
    party = _PARTY_AFTER.match(text, who_end)
    if office is None:
        return None if party is None else party["party"] or party["tag"]
    if text.startswith(("'s ", "’s "), who_end):
        return None  # "Gov. Rick Snyder's office" is no governor (multi_news-val-3544)
    title = office[0].rstrip()
    return f"{title}, {party['party'] or party['tag']}" if party else title


_NAME_BEFORE_TITLE = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*['’]s\s+$"
)
_NAME_AFTER_TITLE = re.compile(
    rf" of\s+(?:(?:the\s+)?[A-Z][\w.&-]*\s+){{1,3}}(?:{TITLE_WORD}){{1,3}}(?P<name>{FULL_NAME})"
)


def name_around_title(text: str, who_start: int, who_end: int) -> tuple[int, int] | None:
    """The span of the name whose title a found speaker is only part of: "Todd Harper,
    Cancer Council Victoria’s CEO said" is Harper, not "CEO" (multi_news-val-3658); "said
    University of Texas law professor Stephen Vladeck" Vladeck, not "University" (4035)."""
    who = text[who_start:who_end]
    if " " not in who and who.lower().endswith(_ROLE_ENDINGS):
        before = _NAME_BEFORE_TITLE.search(text, max(0, who_start - 80), who_start)
        if before is not None:
            return before.span("name")
    # the pattern only where its " of " follows: most speakers end before a verb
    after = _NAME_AFTER_TITLE.match(text, who_end) if text.startswith(" of ", who_end) else None
    return None if after is None else after.span("name")


_OWNER_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+|^(?:(?:As|When|While|Though|Although|Because|But|If|Since)\s+)?)"
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+$"
)
"""The owner a name follows, maybe after the conjunction its sentence opens with: "As
Vulture’s Kyle Buchanan points out, ..." (raw 201 [1]) is Vulture's, not "As Vulture"'s."""


def owner_role(text: str, speaker_start: int, role: str | None) -> str | None:
    """Whom a speaker works for, written as the owner before the name, with where they
    speak from: "The BBC's Paul Adams, in Kuala Lumpur, says ..." is the BBC's
    (multi_news-val-5309), which a role of a place alone never said. Only where no other
    role was read, or one of where they are; a person's full name ("Russia's Interfax news
    agency" is no one's employee)."""
    if role is not None and not role.startswith("in "):
        return role
    owner = _OWNER_BEFORE.search(text, max(0, speaker_start - 40), speaker_start)
    if owner is None:
        return role
    return owner["owner"] if role is None else f"{owner['owner']}, {role}"


_KIN_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:Mr|Dr)\.?|[A-Z][a-z’'-]+)\s+(?P<surname>[A-Z][a-z’'-]+)"
    r"['’]s\s+(?P<kin>brother|son|father|grandson|grandfather)\s+$"
)


KIN_WORDS = ("s brother", "s son", "s father", "s grandson", "s grandfather")
"""The relation's words before a name `kin_named` reads: tested first, in C, by its caller
(few speakers have one)."""


def kin_named(text: str, who_start: int, who_end: int) -> tuple[str, str] | None:
    """A first name that speaks after whose brother, son or father it is, as the full name
    those share and the relation as its role: "Mr Conroy's brother Alan said" is Alan Conroy,
    "Mr Conroy's brother" (multi_news-val-2534). Only after a surname, as an honorific's or
    a full name's last word: "Elijah’s brother Sebastian" (4986) is no Sebastian Elijah."""
    found = _after_kin(text, who_start, who_end, _KIN_BEFORE)
    if found is None:
        return None
    who, kin = found
    return f"{who} {kin['surname']}", text[kin.start() : kin.end("kin")]


def _after_kin(
    text: str, who_start: int, who_end: int, kin_before: re.Pattern[str]
) -> tuple[str, re.Match[str]] | None:
    """The first name a speaker is and the relation's words right before it, if both."""
    who = text[who_start:who_end]
    if not (who.isalpha() and who.istitle()):
        return None
    kin = kin_before.search(text, max(0, who_start - 40), who_start)
    return None if kin is None else (who, kin)


_OWNED_BY_PRONOUN = re.compile(
    r"(?<![\w.])(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:sister|brother|mother|father|daughter|son"
    r"|wife|husband))\s+$"
)
PRONOUN_KIN_WORDS = tuple(
    f"{owner} {kin}"
    for owner in ("is", "er", "ir")
    for kin in ("sister", "brother", "mother", "father", "daughter", "son", "wife", "husband")
)
"""The relation's words before a first name `pronoun_kin_named` reads, tested first, in C."""
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


def pronoun_kin_named(
    text: str, article: str, who_start: int, who_end: int
) -> tuple[str, str] | None:
    """A first name that speaks after "her sister" or "his son", as the one full name its
    article writes it in, and the relation as its role: "Her sister Stephanie said" of an
    article with "Kercher's sister, Stephanie Kercher (L) ..." is Stephanie Kercher, "Her
    sister" (multi_news-val-1094). None where the article writes no such name, or two."""
    found = _after_kin(text, who_start, who_end, _OWNED_BY_PRONOUN)
    if found is None:
        return None
    who, kin = found
    surnames = set()
    at = article.find(who)
    while at >= 0:
        whole = at == 0 or not (article[at - 1].isalnum() or article[at - 1] == ".")
        if whole and (surname := _SURNAME_AFTER.match(article, at + len(who))) is not None:
            surnames.add(surname[1])
        at = article.find(who, at + 1)
    return (f"{who} {surnames.pop()}", kin["kin"]) if len(surnames) == 1 else None


_NO_JOB = frozenset(
    (
        *("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"),
        *("our", "my", "both", "former", "late", "then", "acting", "when", "while", "but", "and"),
    )
)
"""Words opening a sentence before a name that are no job, written in lower case as often:
"The LDS Church said" (a function word after "a year"), "Former ..." (a time)."""


def job_opening(text: str, article: str, who_start: int, who_end: int) -> tuple[int, str] | None:
    """(where the name starts, the job) of a speaker that opens its sentence with a job word
    before a name of two capitalised words or more, the word capitalised only as the
    sentence's first: the article writes it in lower case too ("Mountaineer Ueli Steck said
    ...", then "said the 40-year-old mountaineer": multi_news-val-1902), or it names a
    science's practitioner, no name's word ("Meteorologist Eric Schwibs ... said": 2484)."""
    if who_start != 0:
        return None
    space = text.find(" ", 0, who_end)
    name = text[space + 1 : who_end].split()
    word = text[:space].lower()
    if space < 0 or len(name) < 2 or not word.isalpha() or word in _NO_JOB:
        return None
    if not all(w[0].isupper() for w in name):
        return None
    job = word.endswith("ologist") or _written_lower(article, word)
    return (space + 1, word) if job else None


_JOB_BEFORE = re.compile(r"(?:\b(?:[Tt]he|an?|fellow)(?:\s+[a-z][\w-]*)?|-old)$")
"""What a job word is written after, as a noun: "the", "a" or "fellow", maybe with a word
("a renowned mountaineer"), or an age ("the 40-year-old mountaineer")."""


def _written_lower(article: str, word: str) -> bool:
    """Whether `article` writes `word` in lower case as a noun, after "the", "a" or an age:
    "a renowned mountaineer"."""
    at = article.find(f" {word}")
    while at >= 0:
        end = at + 1 + len(word)
        if not article[end : end + 1].isalpha() and _JOB_BEFORE.search(
            article, max(0, at - 30), at
        ):
            return True
        at = article.find(f" {word}", end)
    return False
