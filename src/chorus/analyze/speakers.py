"""Who speaks: the words a speaker's name or description is made of, the title before or
around a name, the canonical form of each name, and whom "he"/"she" stands for.

`quotes.py` builds its sentence patterns from these pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chorus.model import Sentence

ROLE_NOUNS = (
    *("spokesman", "spokeswoman", "spokesperson", "president", "secretary", "minister"),
    *("ambassador", "secretary-general", "chief", "director", "official", "officials"),
    *("leader", "diplomat", "diplomats", "prime minister", "senator", "governor", "mayor"),
    *("chancellor", "commander", "general", "envoy", "representative", "professor"),
    *("researcher", "analyst", "expert", "lawyer", "attorney", "police", "prosecutor"),
    *("sheriff", "officer", "coach", "executive", "founder", "chairman", "CEO", "head"),
    *("author", "scientist", "witness", "source", "sources", "manager", "agency"),
)
"""Heads of descriptions that can stand for a speaker ("an EU diplomat said")."""

PRONOUNS = ("he", "she", "He", "She")

NOT_SPEAKERS = frozenset(
    (
        *("It", "This", "That", "There", "Which", "What", "Who", "They", "We", "I", "You"),
        *("But", "And", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        *("Sunday", "Today", "Yesterday"),
    )
)
"""Capitalised words that the name pattern takes but that never speak."""

HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|President|Mayor|Judge)\.?\s+)"
WORD = r"[A-Z](?:[\w-]|\.(?=\w))*(?:['’](?!s\b)\w+)?"
_INITIAL = r"[A-Z]\.(?=\s+[A-Z])"
"""A middle initial ("Mark E. Laidre"): its full stop is followed by the rest of the name."""
NAME = (
    rf"(?:[Tt]he\s+)?{HONORIFIC}?{WORD}"
    rf"(?:\s+(?:{_INITIAL}|{WORD}|al-\w+|bin|de|van|von|da)){{0,3}}"
)
ROLE_NOUN = "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
DESCRIPTION = (
    rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{ROLE_NOUN})(?:\s+of\s+{WORD}(?:\s+{WORD})*)?"
)
_PREFIX_ROLE = re.compile(
    rf"((?:(?:[A-Z][\w.-]*|[a-z-]+)\s+){{0,4}}(?:{ROLE_NOUN}))\s+$", re.IGNORECASE
)
_OPENERS = r"(?:But|And|While|When|After|As|Although|Though|Because|If|Since|So|Yet|Still)"
_LEADING = re.compile(rf"^(?:{_OPENERS}\s+)?(?:[Tt]he\s+)?{HONORIFIC}?")
"""What the name pattern takes at a sentence's start but is not the speaker's name
("But Daniel Baker, CEO of ...", "While Stephenson said ...")."""
_SUBJECT = re.compile(rf"^{HONORIFIC}(?P<who>{WORD})")


def bare_name(who: str) -> str:
    """The speaker without an opening conjunction, "the" or an honorific before it."""
    return _LEADING.sub("", who).strip()


_ROLE_ENDINGS = tuple(noun.lower().split()[-1] for noun in ROLE_NOUNS)


def prefix_role(text: str, speaker_start: int) -> str | None:
    """ "UN secretary-general" in "UN secretary-general António Guterres warned"."""
    before = text[max(0, speaker_start - 80) : speaker_start]
    # The pattern ends with a role noun and spaces; testing that first skips a search that
    # tries every position of the 80 characters (a third of the time of finding quotes).
    words = before.split()
    if not before[-1:].isspace() or not words or not words[-1].lower().endswith(_ROLE_ENDINGS):
        return None
    match = _PREFIX_ROLE.search(before)
    return match.group(1).strip() if match else None


_TITLE_HEADS = (
    *("representative", "secretary", "minister", "director", "commissioner", "ambassador"),
    *("envoy", "chancellor", "president", "chairman", "governor", "commander", "head"),
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


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each name mapped to the longest name ending with it ("Macron" → "Emmanuel Macron")."""
    names = set(names)
    # Each name offers itself to the names it ends with (each part after one of its
    # spaces): one pass over the names, where testing every pair was quadratic.
    longest: dict[str, str] = {}
    for name in names:
        space = name.find(" ")
        while space >= 0:
            ending = name[space + 1 :]
            current = longest.get(ending, "")
            if ending in names and (len(name), name) > (len(current), current):
                longest[ending] = name
            space = name.find(" ", space + 1)
    return {name: longest.get(name, name) for name in names}


def antecedent(previous: Sentence | None, speaker: str | None) -> str | None:
    """Who "he"/"she" is: the speaker of the sentence just before, or its subject when
    that sentence opens with a titled name ("Mr Trump on Wednesday warned ...")."""
    if previous is None:
        return None
    if speaker is not None:
        return speaker
    subject = _SUBJECT.match(previous.text)
    return subject.group("who") if subject else None
