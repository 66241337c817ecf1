"""People the text names right after their age: "named the third London Bridge attacker as
22-year-old Youssef Zaghba, and said" (raw 27, [2]'s news), a candidate run no window read,
the 16-name budget spent on names written more often; and people named by one word before
their age between commas ("Hannah, now 26, was the first", raw 3), which no window reads
when it opens its sentences."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from chorus.analyze.entity_given_names import CAPITALISED_BEFORE
from chorus.analyze.entity_lists import KNOWN, PEOPLES
from chorus.analyze.model import EntityLabel

_AGED = "-year-old "
_AGED_NAME = re.compile(
    r"-year-old ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?=[,.;)]| (?:who|was|is|has|had|and|of|from)\b)"
)
"""An age, and two or three capitalised words closing on a comma, a full stop or a
clause's first word ("22-year-old Youssef Zaghba, and"): not a run before a noun, the
age's place or body ("a 30-year-old New York City resident", "the 25-year-old Dallas
Cowboys quarterback")."""


def people_after_an_age(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> set[str]:
    """Candidate runs (`Reading.names`) of two or three words the text writes right after an
    age (`_AGED_NAME`), none of whose words a label holds: people. The literal is looked for first:
    most clusters write no age so."""
    if _AGED not in text:
        return set()
    found = {m[1] for m in _AGED_NAME.finditer(text) if m[1] in runs and m[1] not in labels}
    if not found:
        return found
    # a word a read name holds makes the run another writing of that name, or of kin
    # ("Kanasho Johns" of "Kanasho Shadrick Johns", "Pope Francis", Rudy beside Arnold
    # Demoski): the read names settle those
    written = {word for name in labels for word in name.split()}
    return {name for name in found if written.isdisjoint(name.split())}


_WORD_AGED = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+), (?:now )?\d{1,2}, ")
"""One capitalised word, then an age between commas ("Hannah, now 26, was", "son Ezra, 7,
and"): a figure before a comma and a space, no number's thousands ("Vermont, 3,500")."""


def one_word_people_before_an_age(labels: Mapping[str, EntityLabel], text: str) -> set[str]:
    """Words `text` writes alone before an age between commas (`_WORD_AGED`), after no
    capitalised word, that no label holds, no known name nor a people's, and that `text`
    never writes beside another capitalised word: people named by one name, a family's
    children in raw 3 ("Hannah, now 26", "Keith, 15", "Lorennah, 6, and Thunder, 4"). A
    word written in a full name anywhere is that name's, left to it ("Grunberg, 21" of
    "Kira Grunberg"), as is a surname after a title ("Mr. Stallone, 70")."""
    found = {
        m[1]
        for m in _WORD_AGED.finditer(text)
        if not CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    }
    if not found:
        return found
    held = {word for name in labels for word in name.split()}
    return {
        word
        for word in found - held - KNOWN.keys() - PEOPLES
        if not re.search(rf"[A-Z][\w’'.-]* {word}\b|\b{word} [A-Z]", text)
    }
