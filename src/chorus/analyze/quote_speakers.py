"""The name each quote's speaker is given across a cluster: its fullest form (`quote_names`),
a first name the one full name it opens, a surname two people share the one of them
named just before it, or the one its article names, an abbreviation ("LCC") the name a
sentence defines it for (`quote_abbreviations`), and "team" the one team its article
quotes; a surname, a body's short name or "her family" the one form of the name an article
wrote
(`quote_name_forms`), "his attorney" the lawyer its article names for him (`quote_counsel`),
two spellings of one name the one written more often (`quote_spellings`). Split from
`quotes.py`, which finds the attributions."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.entity_endings import PAPERS
from chorus.analyze.entity_surnames import surnames_written_whole
from chorus.analyze.model import EntityLabel
from chorus.analyze.offices import kin_of, last_named, names_another
from chorus.analyze.quote_abbreviations import abbreviations
from chorus.analyze.quote_bodies import one_body
from chorus.analyze.quote_counsel import counsel_named
from chorus.analyze.quote_described import described_again
from chorus.analyze.quote_first_names import first_names_in_full
from chorus.analyze.quote_full_names import DATES, named_in_full, plural_of_a_word
from chorus.analyze.quote_given_forms import given_names_joined
from chorus.analyze.quote_name_forms import (
    full_first_names,
    long_forms,
    owned_family,
    principal,
    relations_by_role,
    relations_named,
)
from chorus.analyze.quote_spellings import spellings
from chorus.analyze.subject_names import ORGANISATION
from chorus.language.found_speakers import bare_name
from chorus.language.quote_names import canonical_names, shared_endings
from chorus.language.speakers import GROUPS
from chorus.model import Sentence

_INITIAL = re.compile(r"\s[A-Z]\.(?=\s)")


def speaker_names(
    found: Sequence[tuple[Attribution, Sentence]],
    known_names: Mapping[str, EntityLabel],
    sentences: Sequence[Sentence] = (),
) -> list[str]:
    """The name each attribution's speaker is given, in order (`sentences`, the cluster's,
    are where a surname alone is looked for written whole: `_surnames`)."""
    # Recognised names count without a title: "Prof Adrian Owen" is the "Adrian Owen" quoted.
    speakers = [*map(bare_name, known_names), *(a.speaker for a, _ in found)]
    people = {bare_name(name) for name, kind in known_names.items() if kind == "person"}
    names, shared = canonical_names(speakers, people), shared_endings(speakers)
    said = frozenset(a.speaker for a, _ in found)
    names |= _first_names(names, known_names, said, found)
    names |= _surnames(names, known_names, said, sentences)
    names |= abbreviations(names, said, sentences)
    # each speaker of each article once: an article quotes its speakers again and again
    # (a comprehension over `found` itself named each one again for each quote)
    pairs = dict.fromkeys((a.speaker, s.article.text) for a, s in found)
    sharing = _sharing(speakers, shared & said)
    # one who speaks for a surname ("A spokesperson for Conyers": multi_news-val-4100) may
    # speak for another of its name than the one the cluster quotes
    spoken_for = {(a.speaker, s.article.text) for a, s in found if a.role}
    full = {
        pair: _canonical(*pair, names, shared, sharing, frozenset() if pair in spoken_for else said)
        for pair in pairs
    }
    # a group capitalised as it opens a sentence ("Police said") is no surname: `full` is
    # the group's lower-case noun
    two = {
        pair
        for pair in pairs
        if full[pair][:1].isupper() and _surname(pair[0], names.get(pair[0], pair[0]), shared)
    }
    given = [
        _named_before(a, s.article.text, full[pair], names, shared) if pair in two else full[pair]
        for a, s in found
        for pair in ((a.speaker, s.article.text),)
    ]
    texts = [s.article.text for _, s in found]
    # "the sources said": the speaker's words start on its article
    definite = [s.article.text.startswith(("the ", "The "), a.speaker_start) for a, s in found]
    given = described_again(_one_team_or_studio(_one_voice(given, texts), texts), texts, definite)
    given = owned_family(long_forms(given, texts, known_names), texts)
    roles = [a.role for a, _ in found]
    given = full_first_names(relations_by_role(relations_named(given, texts), roles), roles)
    given = counsel_named(given, found)
    given = named_in_full(given, found, known_names, sentences)
    given = first_names_in_full(given, found, known_names, sentences)
    given = one_body(given_names_joined(given, known_names), tuple(dict.fromkeys(texts)))
    spelled = spellings(set(given), sentences)
    return [spelled.get(name, name) for name in given] if spelled else given


_VOICE = re.compile(
    r"(?:(?P<owner>(?:[A-Z][\w.&’'-]*\s+)+)|(?:network|company|agency|campaign|department)\s+)?"
    r"(?P<head>spokes(?:man|woman|person))"
)
"""A spokesperson, owned by a proper name ("NBC spokesperson"), by a plain noun for one
("network spokesperson") or alone ("spokesperson")."""


def _one_voice(given: list[str], texts: list[str]) -> list[str]:
    """Each unowned spokesperson as the one owned spokesperson its article quotes, if one:
    "the spokesperson" and "the network spokesperson" of the article quoting "an NBC
    spokesperson" are that one (multi_news-val-1867, five labels of one voice)."""
    owned: dict[tuple[str, str], set[str]] = {}
    for name, text in zip(given, texts, strict=True):
        # a substring test first: most clusters quote no spokesperson
        if "spokes" in name and (voice := _VOICE.fullmatch(name)) is not None and voice["owner"]:
            owned.setdefault((text, voice["head"]), set()).add(name)
    if not owned:
        return given
    return [
        one.pop()
        if "spokes" in name
        and (voice := _VOICE.fullmatch(name)) is not None
        and not voice["owner"]
        and len(one := set(owned.get((text, voice["head"]), ()))) == 1
        else name
        for name, text in zip(given, texts, strict=True)
    ]


_TEAM = re.compile(r"[A-Z][a-z]+s")
"""A team's name: one capitalised plural ("Rockies", "Yankees")."""


def _one_team_or_studio(given: list[str], texts: list[str]) -> list[str]:
    """Each "team" as the one team its article quotes by name, if one: "The team said it
    was aware of the misspelling" is the Rockies of "The Rockies said ..." (multi_news-val-
    1255); each "studio" as the one studio it quotes by name, one the article writes with
    "Pictures" or "Studios" after it: "The studio says that ..." is the Paramount of
    "Paramount fired back, arguing ..." in the article on "Paramount Pictures" (raw 40);
    each "newspaper" or "paper" as the one paper it quotes by name: "It is unclear whether
    the plan was fully carried out, the newspaper noted." is the Miami Herald of "..., the
    Miami Herald reports." (raw 14 [2])."""
    if "team" in given:
        given = _one_named("team", given, texts, _team)
    if "studio" in given:
        given = _one_named("studio", given, texts, _studio)
    for paper in _PAPER_NOUNS.intersection(given):
        given = _one_named(paper, given, texts, _paper)
    return given


def _team(name: str, text: str) -> bool:
    return _TEAM.fullmatch(name) is not None and name.lower() not in GROUPS


def _paper(name: str, text: str) -> bool:
    return name[:1].isupper() and name.rsplit(" ", 1)[-1] in PAPERS


_PAPER_NOUNS = frozenset(("newspaper", "paper"))
"""What an article calls a paper it has named ("the newspaper noted")."""


def _studio(name: str, text: str) -> bool:
    # literals, not a pattern compiled for each name
    if not name[:1].isupper():
        return False
    return name.endswith(_STUDIO_WORDS) or any(f"{name}{word}" in text for word in _STUDIO_WORDS)


_STUDIO_WORDS = (" Pictures", " Studios")
"""What follows a film studio's name ("Paramount Pictures", "Universal Studios")."""


def _one_named(
    noun: str, given: list[str], texts: list[str], named: Callable[[str, str], bool]
) -> list[str]:
    """Each `noun` as the one speaker its article quotes by a name `named` takes, if one."""
    found: dict[str, set[str]] = {}
    for name, text in zip(given, texts, strict=True):
        if named(name, text):
            found.setdefault(text, set()).add(name)
    return [
        one.pop() if name == noun and len(one := set(found.get(text, ()))) == 1 else name
        for name, text in zip(given, texts, strict=True)
    ]


def _surname(speaker: str, fullest: str, shared: frozenset[str]) -> bool:
    """Whether a speaker is one capitalised word another name ends with."""
    return (
        " " not in speaker and speaker[:1].isupper() and (speaker in shared or fullest != speaker)
    )


def _named_before(
    said: Attribution, text: str, full: str, names: dict[str, str], shared: frozenset[str]
) -> str:
    """A surname as the person its article named last by it, in the paragraph or so before:
    "Linda Lyons, 60, ... ¶ “...,” Lyons said" is hers, not her son Mike Lyons's, the fuller
    name of the cluster (multi_news-val-1090); "a spokesperson for Conyers" after "... the
    son of U.S. Rep. John Conyers" his, where Carl and Monica Conyers share the name (4100).
    Only a name the cluster knows (a speaker's, a recognised one) is given; else `full`, as
    `_canonical` gave it, or the surname alone where `full` is the other person."""
    named = last_named(text, said.speaker, said.speaker_start)
    if named is None:
        return full
    if said.speaker in shared:
        return names.get(named) or full
    if _one_person(named, names.get(said.speaker, said.speaker)):
        return full
    # someone else the article named so: that person where the cluster knows the name,
    # else no one by a fuller name
    return names.get(named) or said.speaker


def _one_person(name: str, other: str) -> bool:
    """Whether two names may be one person's: "Christopher Miller" and "Christopher R.
    Miller", "Lindsey Graham" and "Sen. Lindsey Graham"."""
    name, other = _INITIAL.sub("", name), _INITIAL.sub("", other)
    return name.endswith(other) or other.endswith(name)


def _first_names(
    names: dict[str, str],
    kinds: Mapping[str, EntityLabel],
    said: frozenset[str],
    found: Sequence[tuple[Attribution, Sentence]],
) -> dict[str, str]:
    """Each speaker of one or two words no name ends with, mapped to the one person's full
    name it opens: "Anne said" of an article on "Anne Ziegenhorn" (multi_news-val-530),
    "Mona Lisa said" of one on "Mona Lisa Harding" (3044). Only a name the recognizer takes
    for a person's ("Malaysia" is no "Malaysia Airlines"), or one it read as nothing
    (`_unrecognised`); a first name two full names open stands for neither; `_canonical`
    keeps it where its article never writes the full name."""
    lone = {who for who in said if who.count(" ") < 2 and names.get(who, who) == who}
    opened: dict[str, set[str]] = {}
    unknown: set[str] = set()
    for name in names.values() if lone else ():
        first, _, rest = name.partition(" ")
        second, _, more = rest.partition(" ")
        for opening in (first if rest else "", f"{first} {second}" if more else ""):
            if opening in lone and kinds.get(name) == "person":
                opened.setdefault(opening, set()).add(name)
            elif opening in lone and _unrecognised(name, opening, kinds, said):
                opened.setdefault(opening, set()).add(name)
                unknown.add(opening)
    if unknown:
        # a word an article writes after another name is a surname there ("Michael said" of
        # one naming "Alun Michael": DUC d30003t, whose "Michael Howard" is another)
        texts = {(a.speaker, s.article.text) for a, s in found if a.speaker in unknown}
        surnames = {w for w, text in texts if _after_a_name(text, w)}
        opened = {w: full for w, full in opened.items() if w not in surnames}
    return {first: full.pop() for first, full in opened.items() if len(full) == 1}


def _unrecognised(
    name: str, opening: str, kinds: Mapping[str, EntityLabel], said: frozenset[str]
) -> bool:
    """Whether a full name a lone capitalised word opens is a speaker the cluster quotes by
    it, whom the recognizer read as nothing, nor the word: "Mr Hishammuddin said" of
    "Hishammuddin Hussein, Malaysia’s acting transport minister, said" (multi_news-val-5309,
    past the recognizer's budget). Not a pair ("FBI and the ..."), nor an organisation
    ("Malaysia said" is no "Malaysia Airlines")."""
    return (
        name in said
        and name not in kinds
        and ORGANISATION.search(name) is None
        and opening not in kinds
        and opening[:1].isupper()
        and " and " not in name
    )


def _after_a_name(text: str, word: str) -> bool:
    """Whether `text` writes `word` after a capitalised word that is no title."""
    return re.search(rf"{_NAME_BEFORE}{re.escape(word)}\b", text) is not None


_NAME_BEFORE = (
    r"(?<![\w.])(?!(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|But|And|Then|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day)\b)[A-Z][\w’'-]+\s+"
)
"""A capitalised word before a name that is no title, conjunction or day ("On Wednesday
Hishammuddin Hussein, ...")."""


def _surnames(
    names: dict[str, str],
    kinds: Mapping[str, EntityLabel],
    said: frozenset[str],
    sentences: Sequence[Sentence],
) -> dict[str, str]:
    """Each capitalised one-word speaker no name ends or opens, no group ("Police") and no
    name the recognizer read (`recognize` gave those their full names), mapped to the one
    "First Surname" the cluster writes it in, as the entities do
    (`surnames_written_whole`): "According to Eisner" is "Health department spokeswoman
    Jennifer Eisner" (multi_news-val-5077), whom the recognizer's budget left."""
    lone = {
        who
        for who in said
        if who[:1].isupper()
        and " " not in who
        and names.get(who, who) == who
        and who.lower() not in GROUPS
        and kinds.get(who, "organisation") == "organisation"
    }
    if not lone:
        return {}
    texts = {id(s.article): s.article.text for s in sentences}
    lone -= {w for w in lone if plural_of_a_word(w, texts.values())}
    # the recognizer's one-word names (none a first name), not all of them: its full names
    # would be read again for their surnames, which no lone speaker is
    words = {name: kind for name, kind in kinds.items() if " " not in name}
    # the whole cluster's sentences: "American Ferrera", a typo one article writes, is the
    # "America Ferrera" of others (multi_news-val-296): two first names, none
    text = "\n".join(s.text for s in sentences)
    whole = surnames_written_whole(words | dict.fromkeys(lone, "person"), text)
    # a day or a month is no first name: DUC's "Wednesday Turkey", a dateline's day before
    # the place; "in September and October UConn said" (multi_news-val-3340); not the
    # months that are first names too (April, May, June, August)
    return {s: name for s, name in whole.items() if s in lone and name.split()[0] not in DATES}


def _canonical(
    speaker: str,
    text: str,
    names: dict[str, str],
    shared: frozenset[str],
    sharing: Mapping[str, frozenset[str]],
    said: frozenset[str],
) -> str:
    """The fullest name of `speaker` across the cluster, unless two people share it or its
    own article names someone else by it (then the relation it names so, if one: `kin_of`;
    or the one of them its article names, where it names no one else by it, or the one of
    those it names whom the cluster quotes by that full name)."""
    full = speaker if speaker in shared else names.get(speaker, speaker)
    if full != speaker and full.startswith(speaker):  # a first name (`_first_names`)
        return full if full in text else speaker
    if speaker in shared:
        written = [name for name in sharing.get(speaker, ()) if name in text]
        quoted = [name for name in written if name in said]
        if len(written) > 1 and len(quoted) == 1 and kin_of(text, speaker) is None:
            # "Amber Pasztor" and her son "6-year-old Rene Pasztor", of whom only she is
            # quoted so (multi_news-val-5388)
            return quoted[0]
        if len(written) == 1 and not names_another(text, speaker, written[0]):
            # "Marty Balin" alone of the cluster's "Marty Balin" and "Susan Balin" in the
            # article quoting "Balin" (multi_news-val-1643)
            return kin_of(text, speaker) or written[0]
        return kin_of(text, speaker) or principal(text, speaker, written) or speaker
    if full != speaker and names_another(text, speaker, full):
        return kin_of(text, speaker) or speaker
    return full


def _sharing(speakers: Sequence[str], shared: frozenset[str]) -> dict[str, frozenset[str]]:
    """The full names that end with each surname (a capitalised word) two people share and
    a quote is given; a group's ending ("police", "official") is no one's surname."""
    surnames = [ending for ending in shared if " " not in ending and ending[:1].isupper()]
    if not surnames:
        return {}
    people = frozenset(name for name in speakers if " " in name and " and " not in name)
    return {
        surname: frozenset(name for name in people if name.endswith(f" {surname}"))
        for surname in surnames
    }
