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
from collections.abc import Iterator, Sequence
from functools import lru_cache

from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.quote_alternation import by_first_letter
from chorus.language.speakers import OWNED, ROLE_NOUN, ROLE_NOUNS, WORD

_HELD_ROLE = re.compile(rf"(?:[a-z-]+\s+){{0,2}}(?:{ROLE_NOUN}|judge)")
"""A role a speaker is given in lower case: "president", "fire chief"; "the judge" too, a
speaker after a quotation only (`speakers._COMPANY`), the one "District Court Judge Lou
Olivera" the article named (multi_news-val-23)."""
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
    where its title starts: the title tried where the article's index has its last word,
    in order, each try going on past the last name found (a title matches one way at a
    place, so its end is where the name must start); as a search of the whole article
    would, which cost a scan of it for each role (a 4.5 MB article asked of 40 roles)."""
    title = _title_pattern(role)
    at = 0
    for start in _title_starts(text, role):
        found = title.match(text, start) if start >= at else None
        if found is None:
            continue
        named = _HOLDER_NAME.match(text, found.end())
        if named is None:
            at = start + 1
            continue
        yield start, named["name"]
        at = named.end()


_LAST_WORDS = sorted({noun.split()[-1].lower() for noun in ROLE_NOUNS})
_SHORT_TITLES = tuple(f"{short}." for short in _ABBREVIATIONS.values())
_LIKE_ASCII = str.maketrans("ſKıİ", "skii")
"""The letters a pattern's `(?i:...)` takes for ASCII ones (Python's `re` documents them)."""
_FIRST_LETTERS = "".join(sorted({word[0] for word in _LAST_WORDS}))
_FIRST_LETTERS += _FIRST_LETTERS.upper() + "ſKıİ"
_TITLE_WORD = re.compile(
    rf"(?=[{_FIRST_LETTERS}])\b"
    rf"(?=((?i:{by_first_letter(_LAST_WORDS)})|{'|'.join(map(re.escape, _SHORT_TITLES))}))"
)
"""Where a role's last word may start, or a title's abbreviation ("Sen."): every role
asked of `_holders` ends with a role noun (`_HELD_ROLE`). A lookahead, so that a word
inside another ("general" in "secretary-general") is found too."""


@lru_cache(maxsize=4)
def _title_words(text: str) -> dict[str, list[int]]:
    """Where each role's last word or abbreviation starts in an article, by that word in
    lower case: found once for the article."""
    index: dict[str, list[int]] = {}
    for found in _TITLE_WORD.finditer(text):
        index.setdefault(found[1].translate(_LIKE_ASCII).lower(), []).append(found.start())
    return index


INDEXED_LENGTH = 100_000
"""An article this long or longer is indexed once for every role's title; a shorter one is
searched for each role it is asked of (its index cost the searches of ~3 roles, and a news
article is asked of one or two)."""


def _title_starts(text: str, role: str) -> list[int]:
    """Where the title of `role` may start, in order (the title's pattern is tried at
    each). In a long article, each place its last word (a role noun, or one it starts:
    "secretary" of "secretary-general") starts, less the words and spaces before it in
    the title; in another, where the title matches."""
    if len(text) < INDEXED_LENGTH:
        return _title_anywhere(text, _title_pattern(role))
    *before, last = role.lower().split()
    ends = [] if before else [_ABBREVIATIONS[role].lower() + "."] if role in _ABBREVIATIONS else []
    index = _title_words(text)
    ends += [word for word in index if word.startswith(last) and word not in ends]
    starts = (_back_over(text, at, before) for word in ends for at in index.get(word, ()))
    return sorted(start for start in starts if start >= 0)


def _title_anywhere(text: str, title: re.Pattern[str]) -> list[int]:
    """Each place `title` starts, one inside another's too: what `(?=title)` would find,
    with no second pattern compiled for each role a cluster brings."""
    starts: list[int] = []
    found = title.search(text)
    while found is not None:
        starts.append(found.start())
        found = title.search(text, found.start() + 1)
    return starts


def _back_over(text: str, at: int, words: list[str]) -> int:
    """Where the title whose last word starts at `at` starts: before it, each of `words`
    and the spaces after it (the `\\s+` of `_title_pattern`)."""
    for word in reversed(words):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        at -= len(word)
    return at


_APPOSED_NAME = re.compile(rf"(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{1,3}})(?=,)")
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+")
_LOWER_WORD = re.compile(r"[a-z-]+\s+")


@lru_cache(maxsize=4)
def _appositions(text: str) -> list[tuple[int, int]]:
    """Where an article's appositions open (", a ", ", the ") and their article ends: found
    once for the article."""
    return [found.span() for found in _APPOSITION.finditer(text)]


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"  # `re`'s `\w`; "" past the text's end


def _words_end(text: str, at: int, words: Sequence[str]) -> int | None:
    r"""Where `words` end when they stand at `at`, spaced and whole: what `\s+`.join(words)
    then `\b` match (`\s` as `isspace()`, which is `re`'s own)."""
    for number, word in enumerate(words):
        if number:
            spaced = at
            while at < len(text) and text[at].isspace():
                at += 1
            if at == spaced:
                return None
        if not text.startswith(word, at):
            return None
        at += len(word)
    return at if _is_word(text[at - 1 : at]) != _is_word(text[at : at + 1]) else None


def _apposed_end(text: str, at: int, words: Sequence[str]) -> int | None:
    r"""Where `words` end after an apposition's article at `at` and up to two lower-case
    words, the most first: as `(?:[a-z-]+\s+){0,2}` then the words would, with no pattern
    compiled for each role (each word and its spaces match one way only)."""
    starts = [at]
    while len(starts) < 3 and (word := _LOWER_WORD.match(text, starts[-1])) is not None:
        starts.append(word.end())
    ends = (_words_end(text, start, words) for start in reversed(starts))
    return next((end for end in ends if end is not None), None)


def apposed_names(text: str, role: str) -> Iterator[tuple[int, str]]:
    """Each name an apposition gives `role` ("Adrienne Mayor, a research scholar"), with
    where the name starts: who "the scholar" is when no title names one. As the matches
    of name and apposition as one pattern in the whole article (a scan of it for each
    role): a name holds no comma, so the first place after the comma before and the last
    match where a name ends at the apposition's comma is where that match starts."""
    words = role.split()
    at = 0
    for comma, opened in _appositions(text):
        end = _apposed_end(text, opened, words)
        if end is None:
            continue
        start = max(at, text.rfind(",", 0, comma) + 1)
        name = _APPOSED_NAME.search(text, start, comma + 1)
        if name is not None:
            yield name.start(), name["name"]
            at = end


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
    found = (*titled_names(text, role), *apposed_names(text, role), *_named_owned(text, role))
    for start, name in found:
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


def _named_owned(text: str, role: str) -> Iterator[tuple[int, str]]:
    """Each name an apposition gives a named owner's `role` or its other word: "the lawyer"
    is the Servatius of "Eichmann's German attorney, Dr. Robert Servatius," (multi_news-val-
    79). Asked only of a lawyer, as no other role has two words (`_SAME_ROLE`)."""
    if role not in _SAME_ROLE:
        return
    roles = f"{re.escape(role)}|{re.escape(_SAME_ROLE[role])}"
    owned = rf"\b{WORD}['’]s\s+(?:[A-Z][a-z]+\s+)?(?:{roles}),\s+(?:Dr\.\s+)?"
    for found in re.finditer(rf"{owned}(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{1,3}}),", text):
        yield found.start("name"), found["name"]


_OWNERS = ("his ", "her ", "their ")


@lru_cache(maxsize=64)
def _owned_pattern(speaker: str) -> re.Pattern[str]:
    owner, role = speaker.split(" ", 1)
    # "their lawyer" is also the lawyer of a family written by name ("The Kellers’ lawyer,
    # Keith Hampton,": multi_news-val-4901)
    owners = rf"(?:(?i:{owner})|[A-Z][\w-]*s[’'])" if owner == "their" else rf"(?i:{owner})"
    return re.compile(
        rf"\b{owners}\s+(?i:{re.escape(role)}),\s+(?P<name>{WORD}(?:\s+(?:[A-Z]\.|{WORD})){{1,3}}),"
    )


def _owned_role(role: str) -> bool:
    """Whether "his <role>" may be someone its article names in apposition: a role ("her
    lawyer") or one relation ("her husband, Keith Rogers,": multi_news-val-903)."""
    return _HELD_ROLE.fullmatch(role) is not None or (role in OWNED and not role.endswith("s"))


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
    if speaker.startswith(_OWNERS) and _owned_role(speaker[speaker.index(" ") + 1 :]):
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
