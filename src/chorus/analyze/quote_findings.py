"""What people found, which is no one's words.

"The team found that some of the upper layers of the soil date to the medieval period"
(raw 2 [1]), "In the latest study, Zeitzer and Najjar found that short flashes of light at
night are more effective ..." (29 [1]), "Researchers have found that people living in the
highlands ..." (131): the writer reports the result of a dig, an experiment or a study,
not a thing its finders said. As rows of "Who said what" they read as speech ("**team**:
some of the upper layers of the soil date ...", "**Zeitzer and Najjar**: short flashes of
light ..."), and readers took them for quotations. So a past "found that" of people (a
group of them, a person or two named together) makes no row.

A paper's and a body's findings stay: "The report found women who are overweight ..."
(raw 97), "the agency found that the species "has not been restricted ..."" (114) and
"The Commission finds that ..." (DUC d30047t) are what a document or an institution puts
on record, weighed as its claim. So does an author's present "finds", an argument
("Kreiss finds that Obama's digital team had "more autonomy,"": raw 22), and a "found
that" the writer narrates of a person's discovery is `quote_narrated.narrated`'s already.
"""

from __future__ import annotations

import re

from chorus.analyze.attribution import Attribution
from chorus.language.speakers import GROUPS
from chorus.model import Sentence

__all__ = ["reported_finding"]

_FOUND_THAT = re.compile(r"\bfound\s+that\s+$")
"""The past of finding and its "that", right before the words."""
_REACH = 16
"""How far before the words the verb is looked for: a literal test before the pattern."""
_FINDERS = frozenset(GROUPS) - {"government", "military", "records"}
"""The group nouns of people ("team", "researchers", "investigators"), not a body or a
paper."""


def reported_finding(found: Attribution, sentence: Sentence, people: frozenset[str]) -> bool:
    """Whether `found` is what people found ("X found that ..."): the verb right before
    its words, its speaker before them a group of people (`_FINDERS`) or one or two of the
    recognizer's `people`, by name or surname."""
    if found.speaker_start >= found.start:
        return False  # credited after the words: a speech verb
    text = sentence.article.text
    if "found" not in text[max(0, found.start - _REACH) : found.start]:
        return False
    if _FOUND_THAT.search(text, max(0, found.start - _REACH), found.start) is None:
        return False
    return _people_finding(found.speaker, people)


def _people_finding(speaker: str, people: frozenset[str]) -> bool:
    """Whether `speaker` names people: a group noun of them, or each of one or two names
    a recognised person's name or its last word."""
    if speaker.rsplit(" ", 1)[-1].lower() in _FINDERS:
        return True
    return all(
        any(person == name or person.endswith(f" {name}") for person in people)
        for name in speaker.split(" and ")
    )
