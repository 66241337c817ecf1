"""What a speaker the patterns found is: one "they" may stand for (`plural`), a group or a
paper (`collective`, `subject_after_source`), and its name bare of what the name pattern
takes before it (`bare_name`). Split from `speakers.py`, whose pieces it reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.language.speaker_documents import DOCUMENTS
from chorus.language.speakers import GROUPS, HONORIFIC, OWNED, ROLE_NOUN

PLURAL_SPEAKERS = frozenset(
    (*GROUPS, *(n for n in OWNED if n.endswith("s")), "members", "authors", "students", "couple")
)
"""Last words of a speaker that "they" may stand for."""


def plural(speaker: str) -> bool:
    """Whether "they" may stand for `speaker`: a group ("His lawyers", "Police") or two
    people named together ("Jessica Mitchell and DeOrr Kunz Sr")."""
    return " and " in speaker or speaker.rsplit(" ", 1)[-1].lower() in PLURAL_SPEAKERS


_COLLECTIVES = frozenset((*GROUPS, *DOCUMENTS, "newspaper"))


def collective(who: str) -> bool:
    """Whether `who` is a group or a paper ("two sources", "the report"): no title follows
    it, so what follows its comma is the writer's clause ("At one point, according to two
    sources, Oppenheim had asked ...": the words are not "At one point")."""
    return who.rsplit(None, 1)[-1] in _COLLECTIVES


_DESCRIBED_SUBJECT = re.compile(r"\s*(?:an?|the|his|her|their)\s")


def subject_after_source(who: str, role: str) -> bool:
    """Whether what stands between commas after a group or a paper that opens a sentence
    ("According to police investigators, the Top Gun and True Romance director, the
    younger brother of ..., parked ...": 3563) is the statement's subject, not who the
    group is: a group is given no description, a paper only where it was published."""
    return collective(who) and _DESCRIBED_SUBJECT.match(role) is not None


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_OPENERS = (
    r"(?:But|And|While|When|After|Before|As|Although|Though|Because|If|Since|So|Yet|Still|Earlier"
    rf"|Later|Now|Then|Finally|Yesterday|Meanwhile|Separately|Previously|On\s+{_WEEKDAY})\s+"
    # a day owns no paper: "Tuesday's lawsuit says" is the lawsuit's (multi_news-val-2986)
    rf"|{_WEEKDAY}['’]s\s+(?=[a-z])"
)
_CHIEF = (
    rf"Chief\s+(?!(?:Justice|Executive|Minister|Inspector|Constable|(?i:{ROLE_NOUN}))\b)"
    r"(?=[A-Z][a-z’'-]+$)"
)
"""A police or fire chief before a surname alone: "Chief Mullins" is the "Steve Mullins" of
another sentence (multi_news-val-3651); not a "Chief Justice", nor a role ("Chief
Prosecutor", DUC d30051t's title for Louise Arbour)."""
COUNCIL_TITLES = (
    *("Alderman", "Alderwoman", "Councillor", "Councilor", "Councilman", "Councilwoman"),
    *("Selectman", "Selectwoman"),
)
"""A town council's member's titles, written before a name ("Alderman Christie", "First
Selectman Patricia Llodra", raw multi_news-val-584): no part of it."""
BENCH_TITLE = (
    rf"(?:(?:First\s+)?(?:{'|'.join(COUNCIL_TITLES)})"
    r"|Justice(?!\s+(?:Department|Ministry|Minister|Secretary)\b))\s+"
)
"""A council's or a court's title before a name: "Alderman Christie said" is the "Hobart Lord
Mayor Ron Christie" of the sentence before (raw multi_news-val-2053), "Justice Elena Kagan"
the Elena Kagan of the entities (3200); not the "Justice Department". A town's "First
Selectman" heads its board: "First" is the title's too (584)."""
_PARTY_BEFORE = r"(?:Democrat|Republican)\s+(?=[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+$)"
"""A party word before a first name and surname, the whole speaker: not a title's first word
("Republican National Committee Chairman Reince Priebus": raw 151)."""
_LEADING = re.compile(
    rf"^(?:{_OPENERS})?(?:[Tt]he\s+|that\s+)?(?:{_PARTY_BEFORE})?"
    rf"(?:{HONORIFIC}|Professor\s+|Senator\s+|{_CHIEF}|{BENCH_TITLE}){{0,2}}"
)
"""What the name pattern takes at a sentence's start but is not the speaker's name
("But Daniel Baker, CEO of ...", "While Stephenson said ...", "Earlier police said":
DUC d31010t, "On Wednesday Hishammuddin Hussein": multi_news-val-5309, "Then Smith said"),
and an honorific ("Professor Carpentier said" is the "Alain Carpentier" of the sentence
before: 5619; "Senator Obama answered: ..." the "Barack Obama" of "Senator Barack Obama was
asked": 2145), and a party before a name ("top panel Democrat Sander Levin (D-Mich.) said"
is the "Sander Levin" of "said Rep. Sander Levin of Michigan": raw 116); "that" before a
filing named again ("reads that filing": raw 40)."""


_RANK = r"(?:Detective|Sergeant|Lieutenant|Inspector|Constable|Trooper)"
"""A police rank written in full, which a body's name opens on before a name: not an
honorific everywhere (`HONORIFIC` is the splitter's too), only inside a speaker's name."""
_TITLE_INSIDE = re.compile(
    rf"^(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{HONORIFIC}|MP\s+|{_RANK}\s+)(?=[A-Z][\w’'-]*\s+[A-Z])"
)
"""Capitalised words and a rank or title before a name of two words or more: "Green Beret
Sgt Joe Serna" is Joe Serna, whom "Serna said" names again (multi_news-val-23); "Liberal
MP Mauril Bélanger" is Mauril Bélanger (1513); "Department Detective Chris Barling" (of
"Los Angeles Police Department Detective Chris Barling said", the body its role) is Chris
Barling (5484)."""


@lru_cache(maxsize=4096)
def bare_name(who: str) -> str:
    """The speaker without an opening conjunction, "the" or an honorific before it, nor the
    words before a title inside it (a cluster's speakers are read again and again: each
    once). A closing "Sr" or "Jr" keeps its full stop, which a sentence's end took ("...,"
    said Kunz Sr." is the "DeOrr Kunz Sr." of "DeOrr Kunz Sr. says": multi_news-val-5590)."""
    name = _TITLE_INSIDE.sub("", _LEADING.sub("", who).strip())
    return f"{name}." if name.endswith((" Sr", " Jr")) else name
