"""A date that closes a clause of time or place inside its sentence's subject, the sentence's
own verb right after it: the date is the earlier event the subject is named by, not the
verb's. Raw 24 [1] (AP): "several relatives of people killed when terrorists hijacked four
U.S. airliners on Sept. 11, 2001, criticized the move as well" stood under 11 September 2001,
dating this week's criticism of the TSA's knife rule to the attacks. A row is dated by its
main verb; this one's is not told.

The clause must open on "when" or "where" after a word of the subject ("killed when", "park
where") and hold a verb in the past before the date ("hijacked"), so that the date is that
clause's; and the date must be followed by a comma and a verb, which then has no subject but
the one before the clause. A relative clause telling the subject's own deed ("Jack Whittaker,
a West Virginia contractor who won a nearly $315 million Powerball jackpot in 2002, quickly
fell victim ...", raw 115) is left: three hand golds judge such a year the deed's event, and
a reader takes the row as the deed. "The attacks on Sept. 11, 2001, killed ..." (no clause:
the date is the verb's event) stays too.
"""

from __future__ import annotations

import re

from chorus.analyze.timeline_ahead import PAST

_SUBJECT_S_CLAUSE = re.compile(r"\w (?:when|where) (?P<clause>[^,;:()—–\"“”]*)$")
"""A clause of time or place hanging from a word of the subject, open up to the date."""
_VERB_AFTER = re.compile(
    r"^, (?:(?:also|later|then|now|[a-z]+ly) )?"
    r"(?:[a-z]+ed|says?|has|have|is|are|was|were|had|took|came|went|began|became|made|left"
    r"|met|won|lost|saw|told|said|gave|got|ran|fell|broke|brought|sent|spent|built|found|kept"
    r"|rose|led|held|wrote|grew|drew|fled|flew|spoke|stood|sold|paid|knew|thought)\b"
)
"""The sentence's own verb right after the date's closing comma ("…, criticized the move"):
a past, or a present of saying, having or being; no other word in "-s", which is more often
a plural ("…, officials said")."""
_OPENERS = (" when ", " where ")


def dates_a_subject_s_clause(before: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence, closes a
    clause of time or place in the past inside the subject of the verb after its comma."""
    if not after.startswith(", "):
        return False
    clause_start = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    if not any(w in before[clause_start:] for w in _OPENERS):
        return False
    if _VERB_AFTER.match(after) is None:
        return False
    clause = _SUBJECT_S_CLAUSE.search(before, clause_start + 1)
    return clause is not None and PAST.search(clause.group("clause")) is not None
