"""People and journals named right after the word that says what they are, which no window
read and no quote credits: a post ("NBC News Chairman Andrew Lack"), kin ("One of
Gadhafi's sons, Seif al-Islam,") or "journal" ("published in the journal Nature");
`entity_speakers.listed_with_speakers` lists them as it lists the quotes' speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from chorus.analyze.entity_forms import is_a_title
from chorus.analyze.entity_recognized import Recognized
from chorus.analyze.entity_windows import NOT_NAMES

_POSTS = (
    *("hairman", "hairwoman", "attorney", "lawyer", "spokesman", "spokeswoman", "resident"),
    *("peaker", "pilot", "officer", "arshal"),
)
"""Posts a person's full name follows ("NBC News Chairman Andrew Lack", raw 130; "Clifford's
former attorney, Keith Davidson", raw 34; "President Barack Obama", raw 182, and a town's
"resident"; "Speaker Nancy Pelosi", raw 221; "his co-pilot, Fariq Abdul Hamid", raw 209,
"the first officer, Fariq Abdul Hamid", raw 218; "Air Chief Marshal Angus Houston", raw
218): people no window read and no quote credits."""
_RANKS = frozenset(("General", "Admiral", "Colonel", "Field", "Marshal"))
"""A rank between a post and a surname, no first name: "President General Galtieri" (raw
135)."""
_KIN = tuple(
    f" {kin}"
    for kin in ("son", "daughter", "brother", "sister", "wife", "husband", "father", "mother")
)
"""Kin a person's full name follows ("One of Gadhafi's sons, Seif al-Islam," raw 176; "her
husband Kris Humphries"), whole words, in the singular or the plural (`_named_after_kin`)."""
_NAME_WORD = r"[A-Z][a-z][A-Za-z]*(?:-[A-Z][a-z][A-Za-z]*)?"
_NAME_AFTER_A_POST = re.compile(
    rf",? ((?:{_NAME_WORD} (?:[A-Z]\. )?){{1,2}}(?:(?:al|el)-)?[A-Z][a-z][A-Za-z]+"
    r"(?:-[A-Z][a-z][A-Za-z]*)?)"
    r"(?![\w'’-]| [A-Z])"
)
"""A name right after its post, whole: not a possessive ("attorney Michael Avenatti’s
claim"), a name cut at an abbreviation ("spokesman, Mari St. Martin": a last word of three
letters at least) or a longer run; not after a post in the plural ("attorneys",
"spokesmen"), but after kin in the plural ("daughters Jennifer Edwards and Delaney Balin").
A last word may open on "al-"/"el-" ("Seif al-Islam")."""


def named_by_posts(text: str) -> list[str]:
    """The full names `text` writes right after a post or kin, for `with_speakers` to list as it
    lists the quotes' speakers. One `find` a post: a pattern searched over the whole text
    cost seven times as much."""
    posts = [name for post in _POSTS for name in _matched_after(text, post, _NAME_AFTER_A_POST)]
    kin = {name for word in _KIN for name in _named_after_kin(text, word)}
    named = posts + sorted(name for name in kin if not _of_a_family(name, text))
    return [name for name in named if _a_full_name(name)]


def _a_full_name(name: str) -> bool:
    """Whether a name after a post opens on no title nor rank and closes on no weekday or
    month: "President Clinton Thursday" (DUC d30050t) names Clinton, and his surname alone
    would have become another person's."""
    first, _, rest = name.partition(" ")
    return not (is_a_title(first) or first in _RANKS or rest.rpartition(" ")[2] in NOT_NAMES)


_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+) $")


def _of_a_family(name: str, text: str) -> bool:
    """Whether `text` writes the surname of a name found after kin after another first name
    too: the family's names then share it, and the surname alone is any of them (DUC
    d31038t's "his wife, Halima Badroudine Fazul" beside "Omar Fazul", 9 mentions: with
    her name added, his row was not listed)."""
    given, _, surname = name.rpartition(" ")
    own = given.rpartition(" ")[2]
    at = text.find(f" {surname}")
    while at >= 0:
        before = _WORD_BEFORE.search(text, max(0, at - 20), at + 1)
        if before is not None and before[1] != own:
            return True
        at = text.find(f" {surname}", at + 1)
    return False


def _matched_after(text: str, word: str, pattern: re.Pattern[str]) -> Iterator[str]:
    """The first group of `pattern` matched right after each place `text` writes `word`."""
    at = text.find(word)
    while at >= 0:
        at += len(word)
        if found := pattern.match(text, at):
            yield found[1]
        at = text.find(word, at)


def _named_after_kin(text: str, word: str) -> Iterator[str]:
    """The names `_NAME_AFTER_A_POST` reads right after each place `text` writes the kin
    `word` or its plural: every " sons" is a " son", so one `find` reads both (a name never
    follows right on "son" then "s", which opens no comma nor space)."""
    at = text.find(word)
    while at >= 0:
        at += len(word)
        start = at + 1 if text.startswith("s", at) else at
        if found := _NAME_AFTER_A_POST.match(text, start):
            yield found[1]
        at = text.find(word, at)


_JOURNAL = "journal"
_JOURNAL_NAMED = re.compile(r"s? ([A-Z][\w-]*(?: (?:of |of the |for |and |& )?[A-Z][\w-]*)*)")
"""A publication's name right after "journal": "published in the journal Nature" (raw 56),
"the journal JAMA Psychiatry" (raw 190); on the 280 raw and DUC clusters every such run is
a journal's name."""


def with_journals(recognized: Recognized, text: str) -> Recognized:
    """`recognized` with the journals `text` names after "journal" that no name of it
    matches labelled as organisations: a window seldom reads them (one outlet's source)."""
    named = set(_matched_after(text, _JOURNAL, _JOURNAL_NAMED))
    new = named - recognized.every_label().keys() - recognized.known.keys()
    new -= recognized.spellings.keys()
    if not new:
        return recognized
    return replace(
        recognized, labels=recognized.labels | dict.fromkeys(sorted(new), "organisation")
    )
