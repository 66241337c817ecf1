"""Whose a read person's surname written alone is: not the person's inside a place's name
("the ICC in The Hague" of William Hague) or a firm's named for its partners ("Koskoff,
Koskoff and Bieder" of Josh Koskoff, and "Bieder" no one); in an article that writes a
kin's full name and never the person's, the kin's ("Nicole Hockley writes ...", then
"Hockley writes", beside her son Dylan Hockley); near a kin's full name, the kin's
(`entity_surnames.surnames_of_kin`); no one's before a day's number ("on May 22" of Theresa
May), after another's title or given name ("Mrs. de la Renta", "his wife Anette de la Renta"
of Oscar de la Renta) or between "the" and a family's word ("the Harding family")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from chorus.analyze.entity_first_names import joined_mentions
from chorus.analyze.entity_surnames import surnames_of_kin
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.counts import MONTHS
from chorus.language.first_name_genders import FIRST_NAMES, first_name_gender
from chorus.language.given_name_forms import SHORT_PAIRS
from chorus.language.speaker_appositions import KIN

_FIRM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+), \1,? (?:and|&) $")
"""A firm named for its partners, one surname twice and the last partner's after it, up to
the last: "Koskoff, Koskoff and Bieder", "Koskoff, Koskoff & Bieder"."""
_FIRM_ENDS = (" and ", " & ")


def surnames_placed(
    listed: Mapping[str, list[Excerpt]],
    kin: Collection[str],
    forms: Mapping[str, str],
    label: Callable[[str], EntityLabel],
) -> dict[str, list[Excerpt]]:
    """`listed` with each read person's surname written alone given to whom it names: no
    one inside a place's or a firm's name, a kin in an article that writes the kin's full
    name and not the person's, or one near the kin's (`surnames_of_kin`); a one-word
    person only written as a firm's last partner is not listed."""
    placed = dict(listed) | surnames_of_kin(listed, kin, forms)
    for name in [n for n in placed if " " not in n and label(n) == "person"]:
        if all(_a_firms_last(m) for m in placed[name]):
            del placed[name]
    for surname, name in forms.items():
        if surname == name or " " in surname or name not in placed or label(name) != "person":
            continue
        found = placed[name]
        if len(kept := _outside_names(found, surname)) < len(found):
            placed[name] = kept
    for relative in sorted(kin & placed.keys()):
        surname = relative.rpartition(" ")[2]
        # a surname read as a one-word person is most often a family's ("the Stoffel
        # children"): no more the kin's than its own
        person = forms.get(surname, relative)
        if " " in person and person != relative and person in placed:
            mine, theirs = _written_beside(placed[person], placed[relative], surname)
            if theirs:
                placed[person] = mine
                placed[relative] = joined_mentions(theirs, placed[relative])
    for name in [n for n in placed if " " in n and label(n) == "person"]:
        placed[name] = _without_others(placed[name], name)
    return {name: found for name, found in placed.items() if found}


_PARTICLES = ("de ", "De ", "la ", "La ", "van ", "Van ", "von ", "Von ", "der ", "du ", "di ")
_WOMENS_TITLES = ("Mrs. ", "Ms. ", "Miss ", "Mrs ", "Ms ")
_MENS_TITLES = ("Mr. ", "Mr ")
_THE = ("the ", "The ")
_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
_FAMILY = frozenset(
    (
        *("family", "families", "kids", "children", "siblings", "brothers", "sisters"),
        *("girls", "boys", "twins", "parents", "couple", "household", "clan"),
    )
)


def _without_others(found: list[Excerpt], name: str) -> list[Excerpt]:
    """A person's mentions but the surname alone where it names no one or someone else
    (`_anothers`); the one-word mentions only are read. An article that writes another
    given name before the surname and never the person's longer name writes the surname
    alone for that other one too ("successful politicians as Bill Clinton ... Like Clinton,
    who campaigned", DUC d30050t, not Hillary Rodham Clinton's)."""
    surname = name.rpartition(" ")[2]
    size = len(surname)
    if not any(m.end - m.start == size for m in found):
        return found  # most people
    words = name.split()
    gender = first_name_gender(name)
    kept, others = [], set()
    for m in found:
        text = m.article.text
        if m.end - m.start != size or not _anothers(text, m.start, m.end, words, gender):
            kept.append(m)
        elif _after_anothers_given(text, _name_start(text, m.start), words):
            others.add(m.article.id)
    others -= {m.article.id for m in kept if m.end - m.start != size}
    return [m for m in kept if m.article.id not in others] if others else kept


def _name_start(text: str, start: int) -> int:
    """Where a surname written at `start` opens with its particles ("de la Renta")."""
    for _ in range(2):
        if text.endswith(_PARTICLES, 0, start):
            start = text.rfind(" ", 0, start - 1) + 1
    return start


def _anothers(text: str, start: int, end: int, words: list[str], gender: str | None) -> bool:
    """Whether a person's surname written alone at `start` is a date's month ("on May 22"
    of Theresa May, raw 27), another's (after a title of the other sex, "Mrs. de la Renta"
    of Oscar's wife, or another's given name, `_after_anothers_given`) or a family's ("the
    Harding family", raw 3)."""
    if words[-1] in MONTHS and text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
        return True
    if text.endswith(_THE, 0, start):
        word = _NEXT_LOWER.match(text, end)
        return word is not None and word[1] in _FAMILY
    before = _name_start(text, start)
    titles = _WOMENS_TITLES if gender == "he" else _MENS_TITLES if gender == "she" else ()
    if titles and text.endswith(titles, 0, before):
        return True
    return _after_anothers_given(text, before, words)


def _after_anothers_given(text: str, before: int, words: list[str]) -> bool:
    """Whether the name opening at `before` follows a common given name not the person's
    or a given name after a kin's word ("his wife Anette de la Renta", raw 81). A given
    name and its short form are one person's ("Bill" of William Taylor). And a couple's,
    the other's given name after the person's and "and" ("Mona Lisa and Kip Harding", raw
    3: Kip is in no list of given names; her own "Mona Lisa" opens the run)."""
    if text[before - 1 : before] != " ":
        return False
    cut = text.rfind(" ", 0, before - 1)
    given = text[cut + 1 : before - 1]
    # a given name opening on the person's three first letters is theirs, spelt otherwise
    # or short ("Judge Jeffrey Minehart" of Jeffery Minehart, raw 119; "Don Yeomans")
    if not (given[:1].isupper() and given.isalpha()) or given in words or given[:3] == words[0][:3]:
        return False
    if given in FIRST_NAMES:
        return frozenset((given, words[0])) not in SHORT_PAIRS
    if len(words) > 1 and text.endswith(f"{words[-2]} and", 0, cut):
        return True
    return text[text.rfind(" ", 0, cut) + 1 : cut] in KIN


def _a_firms_last(mention: Excerpt) -> bool:
    """Whether a mention is the last partner's name of a firm (`_FIRM_BEFORE`)."""
    text, start = mention.article.text, mention.start
    return text.endswith(_FIRM_ENDS, 0, start) and bool(
        _FIRM_BEFORE.search(text, max(start - 60, 0), start)
    )


def _outside_names(found: list[Excerpt], surname: str) -> list[Excerpt]:
    """A person's mentions but the surname alone written as a piece of another name: a
    place's after "The" right after a word ("in The Hague"; "budget. The Trump
    administration" is his), or a firm's written with it twice ("Koskoff, Koskoff and
    Bieder"). One loop, the surname's neighbours spelled once: a call a mention cost as
    much as the rest of the listing's surnames."""
    size, after, before = len(surname), f", {surname}", f"{surname}, "
    kept = []
    for mention in found:
        start = mention.start
        if mention.end - start == size:
            text = mention.article.text
            if (
                (text.endswith(" The ", 0, start) and text[start - 6 : start - 5].isalpha())
                or text.startswith(after, mention.end)
                or text.endswith(before, 0, start)
            ):
                continue
        kept.append(mention)
    return kept


def _written_beside(
    found: list[Excerpt], relatives: list[Excerpt], surname: str
) -> tuple[list[Excerpt], list[Excerpt]]:
    """A person's mentions, split: those kept, and the surname alone in each article that
    writes the relative's full name and not the person's."""
    theirs = {m.article.id for m in relatives}
    whole = {m.article.id for m in found if m.end - m.start != len(surname)}
    moved = theirs - whole
    if not moved:
        return found, []
    split: tuple[list[Excerpt], list[Excerpt]] = ([], [])
    for mention in found:
        split[mention.article.id in moved].append(mention)
    return split


_TITLES = ("Mr.", "Ms.", "Mrs.", "Dr.")


def full_names_read_as_groups(
    listed: Collection[str], label: Callable[[str], EntityLabel], text: str
) -> dict[str, str]:
    """Two-word names read as organisations whose last word is listed alone as a person and
    written after "Mr.", "Ms.", "Mrs." or "Dr." in `text` (the cluster's sentences), each
    mapped to that surname: a person's full name and its surname listed apart (raw 103's
    "Brock Turner", six outlets, beside "Turner" and "Mr. Turner's father said"). A title
    is a person's; a body's last word never takes one."""
    found = {}
    for name in listed:
        if name.count(" ") != 1:
            continue
        first, _, last = name.partition(" ")
        if (
            last in listed
            and label(last) == "person"
            and label(name) == "organisation"
            and first[1:].islower()
            and any(_titled(text, f"{title} {last}") for title in _TITLES)
        ):
            found[name] = last
    return found


def _titled(text: str, written: str) -> bool:
    """Whether `text` writes `written` before no letter."""
    at = text.find(written)
    while at >= 0:
        if not text[at + len(written) : at + len(written) + 1].isalpha():
            return True
        at = text.find(written, at + 1)
    return False
