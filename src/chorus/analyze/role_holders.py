"""Whom a speaker given only as "the <role>" ("the president said") stands for: the one
person the article named before with that title ("President Donald Trump") or described so
in an apposition ("Adrienne Mayor, a research scholar"); with none the
role stays, with two named before ("Sen. Rand Paul", "Sen. Dean Heller") `quotes.py` gives
no speaker rather than guess. So too the name a reader knows an institution or a role by
(`known_as`): "the court" the one court its article named, "the attorney" the "lawyer"
quoted before, "a White House official" in a statement the White House.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from chorus.language.speakers import NOT_SPEAKERS, ROLE_NOUN, WORD

_HELD_ROLE = re.compile(rf"(?:[a-z-]+\s+){{0,2}}(?:{ROLE_NOUN})")
"""A role a speaker is given in lower case: "president", "fire chief"."""
_UNHELD = frozenset(("agency", "court", "police", "official", "source", "witness", "member"))
"""Roles no one person holds in an article: "the official said" is any of many."""
_ABBREVIATED_ROLES = {"DA": "district attorney", "AG": "attorney general"}
"""Roles written by their initials: "The DA said" is the district attorney the article
named ("District Attorney Jack Whelan": multi_news-val-4840)."""
_THE = re.compile(r"(?:[A-Z][a-z]+\s+)?[Tt]he\s")
_ABBREVIATIONS = {"senator": "Sen", "governor": "Gov", "general": "Gen", "professor": "Prof"}
_NOT_THE_ROLE = re.compile(r"(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|Lt\.|Attorney)\s$")
"""Titles that hold a role's word but not the role: "Vice President Mike Pence" is no
"president", "Lt. Gov." no "governor", "Attorney General Jeff Sessions" no "general"."""
_HOLDER_NAME = re.compile(rf"\s+(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{0,3}})")
"""A name after a title, compiled once: a pattern of title and name for each role cost
~0.6 ms to compile, in each cluster where a role first spoke."""


@lru_cache(maxsize=256)
def _title_pattern(role: str) -> re.Pattern[str]:
    """The title of `role`: "President", "Sen.", "Dallas County prosecutor"."""
    words = r"\s+".join(map(re.escape, role.split()))
    title, letters = rf"(?i:{words})", role[0].lower() + role[0].upper()
    if role in _ABBREVIATIONS:
        title = rf"(?:{title}|{_ABBREVIATIONS[role]}\.)"
        letters += _ABBREVIATIONS[role][0]
    # the lookahead for a first letter turns the search away from most positions at once
    return re.compile(rf"(?=[{letters}])\b{title}")


def titled_names(text: str, role: str) -> Iterator[tuple[int, str]]:
    """Each name after the title of `role` ("President Donald Trump", "Sen. Ted Cruz"), with
    where its title starts: the matches of title and name as one pattern, each search going
    on past the last match (a title matches one way at a place, so its end is where the
    name must start)."""
    title = _title_pattern(role)
    at = 0
    while (found := title.search(text, at)) is not None:
        named = _HOLDER_NAME.match(text, found.end())
        if named is None:
            at = found.start() + 1
            continue
        yield found.start(), named["name"]
        at = named.end()


@lru_cache(maxsize=256)
def _apposed_pattern(role: str) -> re.Pattern[str]:
    """A name, then `role` in its apposition: "Adrienne Mayor, a research scholar in
    classics" (multi_news-val-2298), "Ellen Fink, a friend of the family"."""
    words = r"\s+".join(map(re.escape, role.split()))
    return re.compile(
        rf"(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{1,3}}),\s+(?:an?|the)\s+"
        rf"(?:[a-z-]+\s+){{0,2}}{words}\b"
    )


def apposed_names(text: str, role: str) -> Iterator[tuple[int, str]]:
    """Each name an apposition gives `role` ("Adrienne Mayor, a research scholar"), with
    where the name starts: who "the scholar" is when no title names one."""
    for found in _apposed_pattern(role).finditer(text):
        yield found.start(), found["name"]


def _not_the_role(text: str, title_start: int, role: str) -> bool:
    """Whether the title at `title_start` holds `role`'s word but not the role; a
    lieutenant general is a general ("Lt. Gen. Thomas Bergeson": multi_news-val-4945), a
    lieutenant governor no governor."""
    before = _NOT_THE_ROLE.search(text, max(0, title_start - 10), title_start)
    return before is not None and not (role == "general" and before[0].startswith("Lt."))


def _holders(text: str, role: str) -> tuple[tuple[int, str], ...]:
    """The people an article names with the title of `role`, one by surname (its longest
    name), each with where the article first does, in that order."""
    names: dict[str, str] = {}
    firsts: dict[str, int] = {}
    for start, name in (*titled_names(text, role), *apposed_names(text, role)):
        if _not_the_role(text, start, role):
            continue
        words = name.split()
        while words and words[-1] in NOT_SPEAKERS:
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        if len(name) > len(names.get(words[-1], "")):
            names[words[-1]] = name
        firsts.setdefault(words[-1], start)
    return tuple(sorted((firsts[surname], name) for surname, name in names.items()))


_OWNERS = ("his ", "her ", "their ")


@lru_cache(maxsize=64)
def _owned_pattern(speaker: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?i:{re.escape(speaker)}),\s+(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{1,3}}),"
    )


def _owned_holders(text: str, speaker: str) -> tuple[tuple[int, str], ...]:
    """The names an article gives "her lawyer" in apposition, before or after it speaks:
    "“...,” her lawyer said" of an article with "Her lawyer, Michael Avenatti, said"
    (multi_news-val-2986)."""
    return tuple((m.start(), m["name"]) for m in _owned_pattern(speaker).finditer(text))


def named_holders(
    text: str,
    speaker: str,
    speaker_start: int,
    holders: dict[str, tuple[tuple[int, str], ...]],
) -> tuple[str, ...]:
    """Whom a speaker given only as "the <role>" ("the president said") may stand for: the
    people the article names with that title ("President Donald Trump") before
    `speaker_start`; one is the speaker, two are a guess. `holders` keeps the answers
    for the article."""
    speaker = _ABBREVIATED_ROLES.get(speaker, speaker)
    if speaker.startswith(_OWNERS) and _HELD_ROLE.fullmatch(speaker, speaker.index(" ") + 1):
        if speaker not in holders:
            holders[speaker] = _owned_holders(text, speaker)
        return tuple(dict.fromkeys(name for _, name in holders[speaker]))
    national = _NATIONAL_LEADER.fullmatch(speaker) if speaker.endswith(" leader") else None
    if national is not None and _THE.match(text, speaker_start):
        if speaker not in holders:
            holders[speaker] = _national_leaders(text, national["nation"])
        named = (name for start, name in holders[speaker] if start < speaker_start)
        return tuple(dict.fromkeys(named))
    if speaker[:1].isupper() or not _HELD_ROLE.fullmatch(speaker) or speaker in _UNHELD:
        return ()
    if not _THE.match(text, speaker_start):
        return ()
    if speaker not in holders:
        holders[speaker] = _holders(text, speaker)
    return tuple(name for start, name in holders[speaker] if start < speaker_start)


_NATIONAL_LEADER = re.compile(r"(?P<nation>[A-Z][a-z]+)\s+leader")
"""A country's leader by its adjective: "the French leader said" (seed 000)."""


def _national_leaders(text: str, nation: str) -> tuple[tuple[int, str], ...]:
    """The people an article names as its country's head ("French President Emmanuel
    Macron"), with where each is named."""
    heads = re.compile(
        rf"\b{nation}\s+(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|leader)\b"
    )
    found = []
    for title in heads.finditer(text):
        if (named := _HOLDER_NAME.match(text, title.end())) is not None:
            found.append((title.start(), named["name"]))
    return tuple(found)


_COURT = re.compile(
    r"(?!(?:The|A|An|This|That|In|At|On)\s)(?:[A-Z][\w.'’-]*\s+){1,3}Court\b"
    r"|\bCourt\s+of\s+(?:[A-Z][\w'’-]*\s*){1,3}"
)
"""A court by its name: "Supreme Court", "Court of Appeal", "Blanchardstown District Court"."""


def named_court(text: str, speaker_start: int) -> str | None:
    """Which court "the court said" is: the one its article named before by name ("the Court
    of Appeal said ...; the court said earlier"), or none. A court speaks through what it
    rules, but a reader knows which court only by its name: "The court ruled that ..." of
    "a federal appeals court" in a 1998 case (multi_news-val-4035) is listed as no one's
    rather than as "court", which the list would show beside the story's own speakers."""
    named = {m[0].strip() for m in _COURT.finditer(text, 0, speaker_start)}
    fullest = {name for name in named if not any(o != name and o.endswith(name) for o in named)}
    return fullest.pop() if len(fullest) == 1 else None


_SAME_ROLE = {
    **{"attorney": "lawyer", "lawyer": "attorney"},
    **{"attorneys": "lawyers", "lawyers": "attorneys"},
}
"""Two words for one role: an unnamed lawyer is "the attorney" further on."""
RENAMED = frozenset((*_SAME_ROLE, "court"))
RENAMED_OPENINGS = ("a ", "A ", "an ", "An ", *_OWNERS)
"""The speakers `known_as` may rename: asked of every attribution, a lookup and a prefix."""


def known_as(
    speaker: str, text: str, speaker_start: int, spoken: set[str]
) -> tuple[str | None, str | None]:
    """The speaker and role a reader knows a speaker found in `text` by, or no speaker:
    "the court" is the court its article named (`named_court`) or no one; "the attorney"
    the "lawyer" its article quoted before (`spoken`; "said the lawyer, who asked not to be
    named" ... "the attorney said": multi_news-val-4035, one unnamed lawyer, listed under
    the first word); "a White House official" who spoke in a statement the White House
    (`issuer`)."""
    if speaker == "court":
        return named_court(text, speaker_start), "court"
    if speaker.startswith(_OWNERS):
        return _owner_named(speaker, spoken), None
    other = _SAME_ROLE.get(speaker)
    if other in spoken and speaker not in spoken and _THE.match(text, speaker_start):
        return other, None
    return issuer(speaker, text, speaker_start) or speaker, speaker


def _owner_named(speaker: str, spoken: set[str]) -> str:
    """ "his father" as the one "<Name>'s father" its article quoted before ("Dunn's father
    told him ..." ... "“A bad way, bad way,” his father responded": multi_news-val-1212);
    with none or two, as written."""
    relation = speaker.split(" ", 1)[1]
    owned = [s for s in spoken if s.endswith((f"'s {relation}", f"’s {relation}"))]
    return owned[0] if len(owned) == 1 else speaker


_OFFICIAL = re.compile(
    r"[Aa]n?\s+(?P<owner>(?:[A-Z][\w.&'’-]*\s+){1,4})"
    r"(?:official|spokes(?:man|woman|person)|representative)"
)
_IN_A_STATEMENT = re.compile(r"[^.;“”\"]{0,30}?\bin\s+a\s+(?:written\s+|brief\s+)?statement\b")


def issuer(speaker: str, text: str, speaker_start: int) -> str | None:
    """The organisation whose unnamed official speaks "in a statement": "a White House
    official said in a statement" is the White House's statement, which another article
    gives as "the White House said in a statement" (multi_news-val-4035)."""
    official = _OFFICIAL.fullmatch(speaker)
    if official is None or not _IN_A_STATEMENT.match(text, speaker_start + len(speaker)):
        return None
    return official["owner"].strip()
