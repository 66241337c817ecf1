"""Words a credit cuts off inside their own clause, which are no statement.

A credit set inside a sentence ("Kushner, whose family’s real estate empire is worth $1.8
billion, according to Forbes, wields significant power in the White House.", raw 219; "In
the San Juan area, several hotels suffered significant damage and, according to the
Caribbean Hotel Association, remain closed for repairs, ...", DUC d31028t) was read as
"statement, according to speaker, role": the words a subject with no verb of its own, or a
clause left open on "and", and the sentence's predicate taken for the speaker's role. Such
words say nothing alone and the role is no one's: no row. Over the 250 raw and 30 DUC
clusters these two rows only had words so cut.
"""

from __future__ import annotations

import re

from chorus.analyze.attribution import Attribution

_SUBJECT_ONLY = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*, (?:who|whose|which)\b[^,]*")
"""A name and its relative clause, no main verb: "Kushner, whose family’s ... is worth ..."."""
_GOES_ON = (" and", " or", " but")
"""A clause's last word when the clause goes on past the credit."""


def cut_mid_clause(found: Attribution, text: str) -> bool:
    """Whether `found`'s words, credited after them (the caller tests that), stop inside
    their own clause."""
    words = text[found.start : found.end].rstrip(" ,")
    if words.endswith(_GOES_ON):
        return True
    return ", wh" in words and _SUBJECT_ONLY.fullmatch(words) is not None
