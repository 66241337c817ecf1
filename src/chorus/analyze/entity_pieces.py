"""Names the recognizer cut from a longer one, not listed: the names only ever written as a
piece of a longer title-case name ("Chemical Weapons" of "the Convention on the Prohibition
of Chemical Weapons"), cut before a post's word ("Hobart Lord" of "Hobart Lord Mayor Ron
Christie") or before a surname ("Ford" of "Ford O’Connell") or at a hyphen ("KRS" of "KRS-One")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from chorus.analyze.entity_cues import PERSON_BEFORE
from chorus.analyze.entity_mentions import NEXT_WORD
from chorus.analyze.model import EntityLabel, Excerpt

_JOINS = (" of the ", " for the ", " on the ", " of ", " for ", " & ")
"""What joins the title-case words of one long name ("the Convention on the Prohibition of
Chemical Weapons", "the Royal Hospital for Neuro-disability", "the Law & Justice party"),
longest first: "on" alone is where a post is written ("Users on Reddit")."""
HOLDERS = frozenset(
    (
        *("President", "Chairman", "Chairwoman", "Chair", "Director", "Secretary", "Minister"),
        *("Governor", "Mayor", "Head", "Chief", "CEO", "COO", "CFO", "Founder", "Leader"),
        *("Speaker", "Commissioner", "Ambassador", "Spokesman", "Spokeswoman", "Editor"),
        *("Professor", "Dean", "Member", "Members", "Democrat", "Democrats", "Republican"),
        *("Republicans", "Senator", "Senators", "Correspondent", "Captain", "Coach"),
    )
)
"""Capitalised words of a post or a side before "of" or "on the", which join no name: "the
Chairman of the Federal Reserve", "the ranking Democrat on the House Homeland Security
Committee" name the body on its own."""
_JOIN_STARTS = (" of ", " for ", " by ")


def cut_before_a_post(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """People's full names every mention of which written in full runs on into a post's or
    a side's word (HOLDERS): a span the recognizer cut inside a title, no person ("Hobart
    Lord" of "Hobart Lord Mayor Ron Christie", a town and the first word of its mayor's
    title; "Unfazed Hill" of "... Unfazed Hill Republicans responded", raw 144, whose "the
    Hill" was counted as its surname); and names of any label closing on a post's first
    word every mention of which runs on into its second ("Delaware County District" of
    "Delaware County District Attorney Jack Whelan", raw 95, a place)."""
    return [
        name
        for name, found in listed.items()
        if " " in name
        # a capital after the first full mention's space rules out most names before any call
        and _a_capital_after(_first_whole(name, found))
        and (
            (all(map(_before_a_post, _whole(name, found))) and label(name) == "person")
            or _inside_a_post(name, found)
        )
    ]


def _a_capital_after(mention: Excerpt) -> bool:
    """Whether a space and a capital follow a mention."""
    return mention.article.text[mention.end + 1 : mention.end + 2].isupper()


def _first_whole(name: str, found: Sequence[Excerpt]) -> Excerpt:
    """The first mention of `name` written in full, not by its surname alone ("Hill" of the
    recognizer's "Unfazed Hill"), or the first mention where none is."""
    size, first = len(name), found[0]
    if first.end - first.start == size:  # most names: no generator made
        return first
    return next((m for m in found if m.end - m.start == size), first)


def _whole(name: str, found: Sequence[Excerpt]) -> list[Excerpt]:
    """The mentions of `name` written in full, or all where none is: a surname alone ("the
    Hill") does not make a span cut before a post ("Unfazed Hill Republicans") a person."""
    size = len(name)
    return [m for m in found if m.end - m.start == size] or list(found)


_POSTS_OPENED = {"District": " Attorney", "Lord": " Mayor", "Attorney": " General"}
"""Posts of two words by their first: "District Attorney", "Lord Mayor"."""


def _inside_a_post(name: str, found: Sequence[Excerpt]) -> bool:
    rest = _POSTS_OPENED.get(name.rpartition(" ")[2])
    return rest is not None and all(m.article.text.startswith(rest, m.end) for m in found)


def cut_before_a_surname(listed: Mapping[str, list[Excerpt]]) -> list[str]:
    """Names every mention of which runs on into an Irish surname or a person listed by
    their surname alone: a first name the recognizer cut at the surname's apostrophe, read
    alone as something else ("Ford" of "GOP strategist Ford O’Connell", raw 238, listed as
    the carmaker), or a title and a first name cut from a one-word name ("Air Chief Marshal
    Angus" of "... Angus Houston", raw 218, an organisation beside the speaker). Not listed:
    the person is not read whole."""
    # "Houston", read as the city, is a person's surname by its speaker's cue only later
    surnames = {name for name in listed if " " not in name}
    return [
        name
        for name, found in listed.items()
        # both run on into a space and a capital: one test rules out most names
        if found[0].article.text[found[0].end + 1 : found[0].end + 2].isupper()
        and (
            (" " not in name and all(_O_SURNAME.match(m.article.text, m.end) for m in found))
            or all(_before_a_surname(m, surnames, listed) for m in found)
        )
    ]


def heads_of_posts(
    listed: Mapping[str, list[Excerpt]], cut: Iterable[str]
) -> dict[str, list[Excerpt]]:
    """The mentions of names `cut_before_a_post` cut inside a post, each short of its last
    word, by the listed name they open: "Travis County" of "Travis County District Attorney
    Margaret Moore" (raw 152, the county's mentions in two of its three outlets)."""
    heads: dict[str, list[Excerpt]] = defaultdict(list)
    for name in cut:
        head, _, last = name.rpartition(" ")
        if head in listed:
            heads[head] += (replace(m, end=m.end - len(last) - 1) for m in listed[name])
    return heads


def _before_a_surname(
    mention: Excerpt, surnames: Collection[str], listed: Mapping[str, list[Excerpt]]
) -> bool:
    """Whether the mention runs on into a surname listed alone, or into the rest of a listed
    name it closes on the first word of ("... Angus" before "Houston", once the speaker
    "Angus Houston" is listed)."""
    text = mention.article.text
    if text[mention.end : mention.end + 1] != " ":
        return False
    word = NEXT_WORD.match(text, mention.end)
    if word is None:
        return False
    first = text[mention.start : mention.end].rpartition(" ")[2]
    return word[1] in surnames or f"{first} {word[1]}" in listed


_O_SURNAME = re.compile(r" O['’][A-Z][a-z]")


def _before_a_post(mention: Excerpt) -> bool:
    word = NEXT_WORD.match(mention.article.text, mention.end)
    return word is not None and word[1] in HOLDERS


_GOES_ON = re.compile(r" (?:(?:of|for)(?: the)?|by) [A-Z]")
"""A longer name going on after a mention: "the Florida Department of Law Enforcement", "the
Proceedings of the National Academy of Sciences" (cut by the recognizer before "of"); a
shop's or a product's name before its maker's, "Furs by Graf", "Brightspace by D2L"."""
_SENTENCE_OPENS = frozenset(".!?:;\"“‘'([")


def piece_of_a_longer_name(text: str, start: int, names: Collection[str]) -> bool:
    """Whether a mention from `start` in an article's `text` is the end of a longer title-case
    name the recognizer did not read whole: right after a capitalised word and "of", "for"
    or "on the" ("Chemical Weapons" of "the Convention on the Prohibition of Chemical
    Weapons", "Thrones" of "Game of Thrones"). Not after a name of its own or a person's
    surname in `names` (the forms names are matched by), a post or a side (HOLDERS), a run
    of capitalised words opening a sentence ("Members of Congress") or after a word only
    people are called by ("reporter Paul Wagner of WTTG-TV"), nor after a comma ("David
    MacDonald, of Dingwall History Society")."""
    head = text[max(start - 60, 0) : start]
    join = next((j for j in _JOINS if head.endswith(j)), None)
    if join is None:
        return False
    words = head[: -len(join)].split()
    word = words[-1] if words else ""
    if not word[:1].isupper() or not word[-1].isalnum() or word in HOLDERS or word in names:
        return False
    # back over the capitalised run the word ends, to the word before it
    at = len(words) - 1
    while at and words[at - 1][:1].isupper():
        at -= 1
    # a run from the head's start may open a sentence: too far back to tell, left
    opener = words[at - 1] if at else "."
    return opener[-1] not in _SENTENCE_OPENS and opener not in PERSON_BEFORE


def cut_before_a_join(text: str, end: int) -> bool:
    """Whether a mention ending at `end` in an article's `text` runs on into "of", "for" or
    "by" and a capitalised word: the start of a longer name ("Florida Department" of "the
    Florida Department of Law Enforcement")."""
    return _GOES_ON.match(text, end) is not None


_SHARED_HEAD = re.compile(r" and [A-Z][\w-]* ([A-Z][a-z]+)s\b")


def heads_shared(listed: Mapping[str, list[Excerpt]], names: Collection[str]) -> list[str]:
    """One-word names every mention of which runs on into "and", a capitalised word and a
    plural whose singular closes a read name the word opens: two names sharing their head
    ("the Bronze and Iron Ages" beside "the Bronze Age", raw 89's "Bronze", a place), each
    cut off its head, no name of its own. `names` are the forms names are matched by."""
    return [
        name
        for name, found in listed.items()
        if " " not in name
        and all(
            (head := _SHARED_HEAD.match(m.article.text, m.end)) and f"{name} {head[1]}" in names
            for m in found
        )
    ]


def cut_at_a_hyphen(listed: Mapping[str, list[Excerpt]]) -> list[str]:
    """Names every mention of which a hyphen glues to a capitalised word or a digit: the
    recognizer's cut of a hyphenated name, "KRS" of the rapper KRS-One (raw 21, listed as an
    organisation). Not a name also written alone: "U.S." of "U.S.-Mexico" and "U.S. Customs"."""
    return [name for name, found in listed.items() if all(map(_glued, found))]


def _glued(mention: Excerpt) -> bool:
    text, end = mention.article.text, mention.end
    after = text[end + 1 : end + 2]
    return text[end : end + 1] == "-" and (after.isupper() or after.isdigit())


def pieces_of_longer_names(
    listed: Mapping[str, list[Excerpt]],
    label: Callable[[str], EntityLabel],
    names: Collection[str],
) -> list[str]:
    """Names written only as a piece of a longer title-case name the recognizer did not read
    whole: its end (`piece_of_a_longer_name`: "Chemical Weapons" of "the Convention on the
    Prohibition of Chemical Weapons", an organisation in the seeds) or its start
    (`cut_before_a_join`: "Florida Department" of "the Florida Department of Law
    Enforcement"). A person's full name is left ("Ueli Steck of Switzerland"), and so is a
    place at a name's end: after "of" it is most often a person's place. `names` are the
    forms names are matched by (`Recognized.aliases`)."""
    pieces = []
    for name, found in listed.items():
        # one look at the first mention rules out most names, before any call (a `map` of
        # attrgetters over the first mentions ran fewer opcodes and took ~2x the CPU)
        first = found[0]
        text = first.article.text
        if not text.startswith(_JOIN_STARTS, first.end) and not text.endswith(
            _JOINS, 0, first.start
        ):
            continue
        kind = label(name)
        if kind == "person" and " " in name:
            continue
        ends = kind != "place"
        if all(
            cut_before_a_join(m.article.text, m.end)
            or (ends and piece_of_a_longer_name(m.article.text, m.start, names))
            for m in found
        ):
            pieces.append(name)
    return pieces


_WORD_BEFORE = re.compile(r"(\S+) [\"“]?([A-Z][a-z]+) [\"“]?$")
"""A capitalised word right before a mention (a quotation mark aside), and the word before
it: "the Cernovich vs. Baked Alaska saga", "Halle Berry, Scandale Paris"."""
_PARTS_OF_A_PLACE = frozenset(
    (
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"),
        *("Central", "Upper", "Lower", "Greater", "Upstate", "Downtown", "Metro", "Midtown"),
    )
)
"""Capitalised words before a place that name a part of it ("North/ Central New Jersey"):
the place is still named."""
_ABBREVIATIONS = ("vs.", "v.")
"""Abbreviations a capitalised word mid-sentence follows ("Cernovich vs. Baked Alaska"); else
the word before it ends on a lower-case letter or a comma: not a sentence's stop, nor a
dateline's dash ("WASHINGTON (AP) _ The United States")."""


def places_closing_a_longer_name(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """Places every mention of which closes a longer name (`after_a_capitalised_word`): a
    brand's, a handle's, which the recognizer cut. Not the place, and the longer name is
    none the house lists; nor is its first word where that is a listed name always written
    before the place (`_one_name_in_two`)."""
    found = []
    for name, mentions in listed.items():
        if label(name) != "place":
            continue
        if all(after_a_capitalised_word(m.article.text, m.start, listed) for m in mentions):
            found.append(name)
        elif opener := _one_name_in_two(name, mentions, listed):
            found += (name, opener)
    return found


def _one_name_in_two(
    name: str, mentions: Sequence[Excerpt], listed: Mapping[str, list[Excerpt]]
) -> str | None:
    """The listed one-word name every mention of the place `name` follows as
    `after_a_capitalised_word` reads it, if it is written nowhere but right before the
    place: the two words are one name the recognizer cut in two, both read as places (raw
    199's lingerie brand, "Halle Berry, Scandale Paris" and "first, Scandale Paris
    lingerie"). Looked at only where the word before is listed: the others are pieces."""
    word = _capitalised_word_before(mentions[0].article.text, mentions[0].start)
    if word is None or word not in listed:
        return None
    if any(_capitalised_word_before(m.article.text, m.start) != word for m in mentions[1:]):
        return None
    after = f" {name}"
    if all(m.article.text.startswith(after, m.end) for m in listed[word]):
        return word
    return None


def after_a_capitalised_word(text: str, start: int, listed: Collection[str]) -> bool:
    """Whether a place's mention at `start` in `text` follows, mid-sentence, a capitalised
    word that names no part of a place and no name `listed`: the last word of a longer name
    written as one unit ("the Cernovich vs. Baked Alaska saga", raw 92, a handle)."""
    return (word := _capitalised_word_before(text, start)) is not None and word not in listed


def _capitalised_word_before(text: str, start: int) -> str | None:
    """The capitalised word a place's mention at `start` in `text` follows mid-sentence, if
    it names no part of a place (`after_a_capitalised_word`, whatever is listed)."""
    # a lower-case letter two characters back (three, past a quotation mark) is needed: it
    # rules out most mentions before the pattern's search
    if not text[max(start - 3, 0) : max(start - 1, 0)].rstrip('"“')[-1:].islower():
        return None
    word = _WORD_BEFORE.search(text, max(start - 40, 0), start)
    if (
        word is not None
        and word[2] not in _PARTS_OF_A_PLACE
        and (word[1][-1].islower() or word[1][-1] == "," or word[1] in _ABBREVIATIONS)
    ):
        return word[2]
    return None
