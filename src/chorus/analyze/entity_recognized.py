"""The recognizer's reading of a cluster, kept (`Recognized`): each name and its label, the
other spellings and known names found, the kin, and every form a name is matched by
(`Recognized.aliases`: its spellings and, for a person, a surname no one else shares).
`entity_recognize.recognize` makes it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from chorus.analyze.entity_first_names import surname_forms
from chorus.analyze.entity_lists import spelled_with_ampersands
from chorus.analyze.model import EntityLabel


@dataclass(frozen=True, slots=True)
class Recognized:
    """Entity names found by the recognizer, each with its label."""

    labels: dict[str, EntityLabel]
    spellings: dict[str, str] = field(default_factory=dict)
    """Other spellings of a name, mapped to it: a dateline's "KATHMANDU" → "Kathmandu"."""
    known: dict[str, tuple[EntityLabel, list[tuple[int, int, int]]]] = field(default_factory=dict)
    """Names not read but known (entity_lists.py), each with its label and where it is
    written as a whole run (`Reading.spots`): its mentions."""
    kin: frozenset[str] = frozenset()
    """People read by a read person's surname and another first name ("Linda Lyons" beside
    Mike Lyons, `kin_written_whole`): the surname alone stays the person's, but for the
    mentions nearer the kin's full name (`entity_surnames.surnames_of_kin`)."""
    passing: frozenset[str] = frozenset()
    """Kin named only in passing, their full name opening no sentence ("her second husband
    Jeff Davis, a lawyer"): people listed, but not in `labels`, which the quotes take for
    the cluster's known names: one named in passing makes no surname two people's, so the
    surname alone stays the person's (`kin_in_passing`)."""
    given: tuple[str, ...] = ()
    """Full names no window read, shaped as a common first name and a surname
    (`entity_given_names`): listed as the quotes' speakers are, not labelled here."""

    def every_label(self) -> dict[str, EntityLabel]:
        """`labels` and the kin named in passing: every name the entities list."""
        return self.labels | dict.fromkeys(self.passing, "person") if self.passing else self.labels

    def aliases(self) -> dict[str, str]:
        """Every form a name is matched by, mapped to the name shown: itself, its other
        spellings, and for a person's full name its surname, unless two people share it
        ("Macron" → "Emmanuel Macron", whether or not "Macron" was recognised on its own).
        A surname two people share is shown only as a person: "Scott" (of Tony Scott and
        Donna Wilson Scott), an organisation as the first word of "Scott met with ..."."""
        labels = self.every_label()
        full = [
            n for n, label in labels.items() if label == "person" and " " in n and n not in self.kin
        ]
        surnames = Counter(last for n in full for last in surname_forms(n))
        forms = {name: name for name in labels} | self.spellings
        forms |= {
            form: name
            for form, name in spelled_with_ampersands(labels).items()
            if form not in forms
        }
        for last, people in surnames.items():
            if people > 1 and labels.get(last, "person") != "person":
                forms.pop(last, None)
        # a surname that is another person's first name is no one's alone ("Burke" of
        # Burke Ramsey beside Stan Burke; a name written surname first keeps its own, and
        # "the Harding Family" is no person's first name)
        firsts = Counter(n.partition(" ")[0] for n in full if not n.endswith(" Family"))
        for name in full:
            first = name.partition(" ")[0]
            for last in surname_forms(name):
                if surnames[last] == 1 and firsts[last] == (last == first):
                    forms[last] = name
                    # a transcript's label in capitals read as a person of its own is the
                    # surname's: "LEE:" of Opal Lee (raw 91, "OPAL LEE:" then "LEE:")
                    if labels.get(shouted := last.upper()) == "person" and shouted != last:
                        forms[shouted] = name
        return forms
