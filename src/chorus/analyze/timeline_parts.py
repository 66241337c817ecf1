"""A year named by a part of it: "has sold 4.5 million of the Apple devices in the first half
of 2011" (raw validation 207 [0]), "raised $3.2 million in the first half of 2011" (112 [0]),
"is expected to close in the second quarter of 2014" (169 [2]), "which hit coconut farms
during the latter part of 1997" (DUC 20). The year dates what the clause tells in that part
of it, as "early 2013" and "the end of 2018" date theirs (timeline_forms); unread, the note
named it among "a year naming a thing". Read at the year's precision, and given every check
a year is (a plan is marked planned, an aside set aside).

Over raw 690 + DUC 298 documents the shape stands 5 times, the four above and raw 18 [0]'s
"a median-priced home worth $208,700 in the fourth quarter of 2014", a value's year
(timeline_asides reads its figure before the part): an ordinal or a word of a year's stretch
("first", "latter", "early" ...), then "half", "quarter", "part", "months" or "weeks", then
"of" and the year. No form of timeline_forms reads it."""

from __future__ import annotations

import re

from chorus.analyze.timeline_forms import DateMatch
from chorus.model import Sentence

PART_OF = (
    r"\b(?:first|second|third|fourth|final|last|latter|early|earlier|later|late)"
    r" (?:half|quarter|part|months|weeks) of "
)
"""A stretch of a year before the year it is of ("first half of ", "latter part of "): the
checks of a year read the words before it as before the year (timeline_asides: "worth
$208,700 in the fourth quarter of 2014", raw 18 [0], a value's year)."""
_A_YEAR_BY_ITS_PART = re.compile(rf"{PART_OF}((?:1[89]|20)\d\d)\b(?![-–/]\d|['’]s\b)")
"""A stretch of a year and the year after it, the year captured: not a range's start ("the
first half of 2011-12", a season) nor a decade ("the early part of 1990's")."""


def parts_of_years(sentence: Sentence) -> list[DateMatch]:
    """The years a sentence names by a part of them ("the first half of 2011"), each by its
    year's digits, in the form of a year ("year"). Substring tests first: few sentences hold
    " of 19" or " of 20"."""
    text = sentence.text
    if " of 19" not in text and " of 20" not in text:
        return []
    offset = sentence.start
    return [
        DateMatch(found.start(1) + offset, found.end(1) + offset, False, "year")
        for found in _A_YEAR_BY_ITS_PART.finditer(text)
    ]
