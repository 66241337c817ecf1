"""People the text names right after their age: "named the third London Bridge attacker as
22-year-old Youssef Zaghba, and said" (raw 27, [2]'s news), a candidate run no window read,
the 16-name budget spent on names written more often."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

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
