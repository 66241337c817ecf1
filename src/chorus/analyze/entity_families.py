"""A family the text names by one surname: the one whose first name the recognizer read on
its own is the person the surname alone stands for, and the others are kin. Raw 133 writes
"Meredith Kercher" twice, "Meredith" four times, "Ms Kercher" and "Kercher's" six, and
once "Stephanie Kercher" and "Lyle Kercher", her sister and brother: the recognizer read
"Meredith" as an organisation and "Kercher" as one person whose mentions took the
siblings' surnames."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from chorus.analyze.entity_mention_shapes import mentions_inside
from chorus.analyze.entity_surnames import first_names_written, surnames_alone, written_after
from chorus.analyze.model import EntityLabel, Excerpt


@dataclass(frozen=True, slots=True)
class Family:
    """One surname's person and kin, as `families_written_whole` finds them."""

    first: str
    """The first name read on its own ("Meredith"): the person's."""
    person: str
    """The person's full name ("Meredith Kercher"), whom the surname alone names."""
    kin: frozenset[str]
    """The other full names of the surname ("Stephanie Kercher", "Lyle Kercher")."""


def families_written_whole(labels: Mapping[str, EntityLabel], text: str) -> dict[str, Family]:
    """One-word people no read full name ends (a surname read alone: "Kercher" of "Ms
    Kercher"), each mapped to its family where the text writes the surname after first names
    (as `entity_surnames.surnames_written_whole` takes them) and exactly one of those first
    names is a read name of its own and no place, written nowhere but alone or before that
    surname, and never in lower case: "Meredith", an organisation to the recognizer, is
    Meredith Kercher, and "Kercher" alone is hers, not her siblings' (the text names her,
    not them, by her first name). Other first names make kin, people of their own."""
    if not (lone := surnames_alone(labels)):
        return {}
    # a place is left: "in Florence" is no Florence Nightingale's
    read = {
        name
        for name, label in labels.items()
        if label != "place" and name.isalpha() and name[:1].isupper() and name[1:].islower()
    }
    # a read one-word name may be a first name here: `first_names_written` takes none of them
    unread = {name: label for name, label in labels.items() if name not in read}
    written = first_names_written(lone, unread, text)
    found = {}
    for surname, firsts in written.items():
        if len(own := (firsts & read) - {surname}) != 1:
            continue
        first = own.pop()
        if _alone_or_before(text, first, surname):
            kin = frozenset(f"{other} {surname}" for other in firsts - {first})
            found[surname] = Family(first, f"{first} {surname}", kin)
    return found


def _alone_or_before(text: str, first: str, surname: str) -> bool:
    """Whether every mention of `first` in `text` stands alone or opens `surname`: no
    other name runs on from it ("Meredith Vieira" is no Kercher)."""
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        alone = not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum()
        if alone and written_after(text, end) not in ("", surname):
            return False
        at = text.find(first, end)
    return True


def kin_by_first_names(
    listed: Mapping[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> dict[str, list[Excerpt]]:
    """Listed one-word people the text writes alone or before the surname of one listed
    person of another first name, and no other: each such person's full name with its
    mentions, those before the surname grown over it. Raw 240's victim "Shimron" (written
    "Shimron Smith" five times) beside his brother Shawn J. Smith, whose row counted those
    five "Smith" as his own (`with_kin` takes them back)."""
    surnames: dict[str, list[str]] = {}
    for name in listed:
        if " " in name and label(name) == "person":
            surnames.setdefault(name[name.rfind(" ") + 1 :], []).append(name)
    found = {}
    for first, mentions in listed.items():
        if " " in first or not first.isalpha() or label(first) != "person":
            continue
        after = {_surname_after(m) for m in mentions} - {""}
        if len(after) != 1 or (surname := after.pop()) is None:
            continue
        kin, whole = surnames.get(surname, []), f"{first} {surname}"
        if len(kin) == 1 and not kin[0].startswith(f"{first} ") and whole not in listed:
            gap = len(surname) + 1
            found[whole] = [
                replace(m, end=m.end + gap) if _surname_after(m) else m for m in mentions
            ]
    return found


def with_kin(
    listed: dict[str, list[Excerpt]], kin: Mapping[str, list[Excerpt]]
) -> dict[str, list[Excerpt]]:
    """`listed` with each of `kin` (`kin_by_first_names`) in place of its first name, and
    the mentions inside it taken from the listed person of its surname."""
    for whole, mentions in kin.items():
        first, _, surname = whole.partition(" ")
        del listed[first]
        listed[whole] = mentions
        for name in [n for n in listed if n != whole and n.endswith(f" {surname}")]:
            if not (rest := mentions_inside(listed[name], mentions)):
                del listed[name]
            else:
                listed[name] = rest
    return listed


def _surname_after(mention: Excerpt) -> str | None:
    """The surname after a mention (`written_after`), "" for none, None for a longer run."""
    after = written_after(mention.article.text, mention.end)
    return None if after is None or after.startswith("+") else after
