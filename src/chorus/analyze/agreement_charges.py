"""Two sentences naming different charges against someone (agreement_supports.agrees): "...
arrested ... on suspicion of witness intimidation and being an accessory after the fact" is
not agreed by "... facing charges of witness intimidation and conspiracy to commit murder"
(raw 161): the two lists share one charge and each names one the other does not. A support
naming one charge of two tells its statement in part (`charge_untold`), and so do supports
telling no plea of a statement's plea in court (`plea_untold`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import STOP_WORDS

_CHARGES = re.compile(
    r"\b(?:on[ ]+suspicion[ ]+of|charges[ ]+of|charged[ ]+with|counts?[ ]+of)[ ]+([^,.;:]+)",
    re.IGNORECASE,
)
"""What follows a charge's cue up to the end of its clause: "witness intimidation and being
an accessory after the fact"."""
_FACED = re.compile(r"\bfac(?:es|ed|ing)[ ]+([^,.;:]+?)[ ]+charges\b", re.IGNORECASE)
"""A list of charges someone faces, named before "charges": "faces aggravated child abuse and
first degree murder charges" (raw 141)."""
_AND = re.compile(r"[ ]+and[ ]+(?:one[ ]+counts?[ ]+of[ ]+)?")
_END = re.compile(
    r"[ ]+(?:in[ ]+connection|in[ ]+the|for[ ]+the|after[ ]+(?!the[ ]+fact)"
    r"|and[ ]+(?:has|have|had|was|were|is|are|will|would|he|she|they|who|said))\b.*"
)
"""Where a list of charges ends before the clause does: "... in connection with the
shooting", "... for the death of ...", "... and has been described ..."."""
_NOT_A_CHARGE = frozenset(("being", "count", "counts", "charge", "charges", "degree"))
"""Words of a list of charges that name none: "one count of", "first-degree"."""
STEM = 5
"""Letters of a word compared: "assault" / "assaulting"."""


def charged_apart(statement: str, support: str) -> bool:
    """Whether both sentences list two charges or more, and each names one none of whose
    words (stems) the other's charges write."""
    ours, theirs = _charges(statement), _charges(support)
    if len(ours) < 2 or len(theirs) < 2:
        return False
    stems_ours, stems_theirs = frozenset().union(*ours), frozenset().union(*theirs)
    return any(member.isdisjoint(stems_theirs) for member in ours) and any(
        member.isdisjoint(stems_ours) for member in theirs
    )


def charge_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether the statement lists two charges or more and `supports` (one outlet's sentences)
    write none of the words of one of them: "charged 21-year-old Charisse Stinson with
    first-degree murder" tells in part that she "faces aggravated child abuse and first
    degree murder charges" (raw 141; agreement_parts.py)."""
    listed = _charges(statement)
    if len(listed) < 2:
        return False
    told = {word[:STEM] for text in supports for word in re.findall(r"[a-z]{4,}", text.lower())}
    return any(member.isdisjoint(told) for member in listed)


def _charges(text: str) -> list[frozenset[str]]:
    """The stems of each charge of the first list a sentence gives after a charge's cue."""
    if "charge" not in text and "suspicion" not in text and "count" not in text:
        return []
    match = _CHARGES.search(text) or _FACED.search(text)
    if match is None:
        return []
    members = []
    for member in charge_list(match[1]):
        stems = frozenset(
            word[:STEM]
            for word in re.findall(r"[a-z]{4,}", member.lower())
            if word not in STOP_WORDS and word not in _NOT_A_CHARGE
        )
        if stems:
            members.append(stems)
    return members


def charge_list(listed: str) -> list[str]:
    """The offences of a list of charges, `listed` being what follows its cue: up to the end
    of its clause or where the list ends before it (`_END`), split at "and" (conflict_charges:
    "conspiracy to commit sale or delivery of alcohol to minor" is one)."""
    clause = re.match(r"[^,.;:]*", listed)
    return [member for member in _AND.split(_END.sub("", clause[0]).strip()) if member]


_PLEA = re.compile(
    r"\b(?:(?:plead(?:s|ed|ing)?|pled)[ ]+(?:not[ ]+)?(?:guilty|innocent|no[ ]+contest)"
    r"|enter(?:s|ed)?[ ]+a[ ]+plea)\b",
    re.IGNORECASE,
)
"""A plea in court: "has pleaded not guilty", "pleaded innocent", "did not enter a plea"; not
a plea for something ("renews plea for freedom", "despite her pleas")."""
_PLEA_TOLD = re.compile(r"\b(?:plea|plead|pled|guilty|innocent|confess|admit)", re.IGNORECASE)
"""Any word telling a plea or what it says: "saying ... that he was not guilty", "confessed
his biggest sin tuesday, telling a california court ..." (Multi-News+ 682)."""


def plea_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells a plea in court (`_PLEA`) and `supports` (one outlet's
    sentences) write no word of one (`_PLEA_TOLD`): "She is due to appear in federal court on
    July 19, while McCullum's first appearance has yet to be scheduled." tells in part that
    "Browne-Louis has pleaded not guilty, while McCullum has yet to appear in court." (raw 58;
    the clause of two plain words is under agreement_parts.MIN_WORDS)."""
    # a literal spares most statements the search
    if "ple" not in statement or not _PLEA.search(statement):
        return False
    return not any(_PLEA_TOLD.search(text) for text in supports)
