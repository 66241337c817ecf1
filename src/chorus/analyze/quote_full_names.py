"""A speaker quoted by surname alone, named as its own article writes the person in full.

News writing names a person in full once and by surname after: "Pilots Troy Bradley of New
Mexico ... ¶ ..., Bradley told The Associated Press" (raw 173), "appearing on Today
Parents, Nicole Hockley writes a letter ... ¶ “...,” Hockley writes." (191). Where the
recognizer read neither full name, the quote stage knew only the surname while the
entities, which read the speakers' credits (`credits_of_surnames`), list the full name: a
row said "Bradley" beside the entity "Troy Bradley". The same credit, read in the quote's
own article only, names the row: another article's "Dylan Hockley" (her son) is no
reason to leave "Hockley" bare, and no article's name is given to another's surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.entity_speaker_surnames import credits_of_surnames
from chorus.analyze.entity_speakers import Text, a_title, as_listed
from chorus.analyze.model import EntityLabel
from chorus.analyze.subject_names import OPENING_WORDS
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.first_name_genders import first_name_gender
from chorus.language.speakers import GROUPS, HONORIFIC
from chorus.model import Sentence

_HONORIFIC = re.compile(HONORIFIC)
_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]*")
"""A one-word speaker that may be a surname: no initials ("NBC"), no group in lower case."""
_FIRST_NAME_MONTHS = ("April", "May", "June", "August")
DATES = frozenset(
    (*(day.title() for day in WEEKDAYS), *(m for m in MONTHS if m not in _FIRST_NAME_MONTHS))
)
"""Days and months, no first names (not the months that are: April, May, June, August)."""
_INITIAL = re.compile(r"[A-Z]\.")
_OPENING = "“\"‘'("
_ADVERB_ENDINGS = ("ally", "ently", "antly", "ously", "ively")
"""Endings of adverbs that open a sentence before a name ("Apparently Lenovo said")."""
_COURTESY = re.compile(r"\b(?:(?P<he>Mr)|Mrs|Ms|Miss)\.? $")
"""A courtesy title right before the surname, which tells "he" or "she"."""


def named_in_full(
    given: Sequence[str],
    found: Sequence[tuple[Attribution, Sentence]],
    known: Mapping[str, EntityLabel],
    sentences: Sequence[Sentence],
) -> list[str]:
    """Each one-word speaker its article credits by one full name (`credits_of_surnames`:
    the capitalised words its article writes right before the surname, but a title or a
    word it writes in lower case, one full name each time) as that full name: not a word
    the recognizer read as no person ("Guardian"), nor a word of another name it read that
    the article writes ("Northwestern" of "Northwestern University"). Not where a courtesy
    title before the surname tells the other "he"/"she" than the full name's first name
    ("Ms. Davila" is no "Jorge Davila"). The credit is a person's full name as the
    entities list one (`as_listed`, over the cluster's `sentences`: no "Colorado Rockies",
    "Only Afghanistan"), its first name capitalised in each part ("Per-Olof", no
    "German-born Benedict"); a first name one letter from that of a name the cluster
    already gives is that name (`_as_spelled`)."""
    lone = {
        name
        for name in given
        if _SURNAME.fullmatch(name)
        and name.lower() not in GROUPS
        and known.get(name, "person") == "person"
    }
    if not lone:  # most clusters: every speaker a full name or a group
        return list(given)
    texts = dict.fromkeys(s.article.text for s in sentences)
    lone = {name for name in lone if not plural_of_a_word(name, texts)}
    credits: dict[tuple[str, int], str | None] = {}
    cluster = Text("\n".join(texts), {})
    named = []
    spelled: dict[str, str] = {}
    others = {*given, *(name for name, label in known.items() if label == "person")}
    for name, (said, sentence) in zip(given, found, strict=True):
        full = None
        if name in lone:
            article = sentence.article
            key = (name, id(article))
            if key not in credits:
                credits[key] = _credit(name, article.text, known, cluster)
            full = credits[key]
        if full is not None and _courtesy_agrees(sentence.article.text, said.speaker_start, full):
            if full not in spelled:
                spelled[full] = _as_spelled(full, others, cluster.joined)
            named.append(spelled[full])
        else:
            named.append(name)
    return named


def _as_spelled(full: str, others: Iterable[str], text: str) -> str:
    """`full` as the name the cluster already gives a speaker or read for a person, one
    letter of its first name changed, where the cluster writes that as often or more: an
    article's "Lindsay Graham" is the "Lindsey Graham" others quote (raw 9, each written
    twice), as the entities list him."""
    first, _, surname = full.partition(" ")
    for other in others:
        another, _, rest = other.partition(" ")
        if (
            rest == surname
            and _one_letter(first, another)
            and text.count(other) >= text.count(full)
        ):
            return other
    return full


def _one_letter(one: str, other: str) -> bool:
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def plural_of_a_word(speaker: str, texts: Iterable[str]) -> bool:
    """Whether a one-word speaker is the plural of a word a text writes alone, a group's:
    "Democrats" of "a Democrat ..." (no "Ways and Means Democrats": multi_news-val-599;
    DUC d30050t's "Democrats" no "House Democrats")."""
    return speaker[-1] == "s" and any(f"{speaker[:-1]} " in text for text in texts)


def _credit(surname: str, text: str, known: Mapping[str, EntityLabel], cluster: Text) -> str | None:
    """The one person's full name `text` credits `surname` by, if one."""
    written = {name for name in known if surname in name and name != surname and name in text}
    found = credits_of_surnames([surname], text, written, lambda w: a_title(w, True, cluster))
    if not found or not found[0].endswith(f" {surname}"):
        return None
    full = found[0]
    first = full.partition(" ")[0]
    if first in DATES or first in OPENING_WORDS or first.endswith(_ADVERB_ENDINGS):
        return None  # "February Trump", "Only Afghanistan", "Apparently Lenovo"
    capitalised = all(part[:1].isupper() for part in first.split("-"))
    if not capitalised or as_listed(full, cluster, known) != full:
        return None
    return None if _another_first(text, surname, full, cluster) else full


def _another_first(text: str, surname: str, full: str, cluster: Text) -> bool:
    """Whether `text` writes `surname` after another first name than `full`'s, maybe with
    a middle initial the credit does not read: "Shawn J. Smith" beside his brother
    "Shimron Smith" (raw 240) leaves "Smith" no one's full name."""
    words = full.split()
    at = text.find(f" {surname}")
    while at >= 0:
        end = at + 1 + len(surname)
        # the words before it on its line
        before = text[max(0, at - 40) : at].rpartition("\n")[2].split()
        if before and _INITIAL.fullmatch(before[-1]):
            before.pop()
        word = before[-1].lstrip(_OPENING) if before else ""
        # a sentence's first word is as often no first name: "Read Hockley's letter"; a
        # title's stop ends no sentence ("U.S. Rep. Bob Goodlatte": raw 208)
        opens = len(before) < 2 or (
            before[-2][-1:] in ".!?:" and not _HONORIFIC.fullmatch(f"{before[-2]} ")
        )
        if (
            not opens
            and not text[end : end + 1].isalpha()
            and word[:1].isupper()
            and word[1:].isalpha()
            and word[1:].islower()
            and word not in words
            and not a_title(word, True, cluster)
        ):
            return True
        at = text.find(f" {surname}", end)
    return False


def _courtesy_agrees(text: str, at: int, full: str) -> bool:
    """Whether no courtesy title before the speaker at `at` tells another "he"/"she" than
    `full`'s first name."""
    courtesy = _COURTESY.search(text, max(0, at - 6), at)
    if courtesy is None:
        return True
    gender = first_name_gender(full)
    return gender is None or gender == ("he" if courtesy["he"] else "she")
