"""A claim of record a support leaves out (agreement_parts.told_in_part): a statement saying
that something is the first, the only or the largest of its kind, or that it never happened
before, is told in part by an outlet whose supports claim no such thing. "Northwestern
football players ... can legally form the nation's first college athletes' union" is told in
part by "... entitled to hold an election to decide whether to unionize" (raw 65); "Wayne
State said none of the school's officers had ever died in the line of duty ..." by "Officer
Collin Rose, 29, died Wednesday ..." (raw 50), the way an untold figure marks a support."""

from __future__ import annotations

import re
from collections.abc import Sequence

_RECORD = re.compile(
    r"\bfirst[- ]ever\b|\bthe[ ]first[ ]time\b"
    r"|\bfirst[ ](?:(?!(?:has|have|had|is|are|was|were)[ ])[\w'’-]+[ ]){0,4}?"
    r"(?:to|ever|since|in[ ](?:more[ ]than[ ]|over[ ])?\d)\b"
    r"|\b(?:nation|country|world|state|city|studio|company)['’]s[ ]first\b"
    r"|\bthe[ ]only\b|\bnever\b|\b(?:none|no[ ]one|nobody)\b[^.;]*\bever\b|\bhad[ ]ever\b",
)
"""A claim of record, lowercase: "the first black actor to receive", "the first hand-drawn
Popeye cartoon since 1987", "the nation's first ... union", "for the first time", "the only
Jewish contender", "had never been to jail", "none of the school's officers had ever died".
Not a first in a row: "the first round of balloting" (DUC 6), "the first four days" (raw 77),
"the band's first three albums" (raw 20), "The first speller has stepped to the microphone"
(Multi-News+ train 569)."""
_ANY_RECORD = re.compile(
    r"\b(?:first|only|ever|never|none|no[ ]one|nobody|lone|sole|record|unprecedented"
    r"|histor(?:y|ic)|untested|untried|until[ ]now"
    r"|majority|most|largest|biggest|smallest|highest|lowest)\b",
    re.IGNORECASE,
)
"""Any word a support may claim a record in: "the first time" tells "the only time" (raw 125),
"a record 13 Oscar nominations" what else the film won (raw 39), "an untested cocktail of two
drugs" the "two drugs never tried before in a U.S. execution" (Multi-News+ lines 2505)."""


def record_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` claims a record (`_RECORD`) and none of `supports` writes a word of
    one (`_ANY_RECORD`)."""
    # its literals spare most statements the search
    if "first" not in statement and "only" not in statement and "ever" not in statement:
        return False
    if not _RECORD.search(statement):
        return False
    return not any(_ANY_RECORD.search(text) for text in supports)
