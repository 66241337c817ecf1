"""The writer's own clause coordinated after reported words, no part of them: a stance on
what was said (", and no doubt it will ..."), what the speaker would not say (", but would
not give a date") and the facts or another side set against a position the speaker holds
now (", but religious expression is tightly controlled"). Split from `quote_clauses.py`,
whose `narration_cut` ends the words there.
"""

from __future__ import annotations

import re

_STANCE = re.compile(
    r"\s+(?:no\s+doubt|of\s+course|surely|undoubtedly|doubtless|to\s+be\s+sure|admittedly),?"
    r"\s+(?:it|this|that|these|those|they|he|she|we|there|the|[A-Z])"
)
"""A clause the writer opens with their own stance on what the speaker said, its subject
after: "he says this will cut unemployment, and no doubt it will lead to some more hiring"
(raw validation 0-based 107 [3], an editorial's concession), no part of the words."""


_WITHHELD = re.compile(
    r"\s+(?:(?:he|she|they|it)\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?:(?:(?:declined|refused)\s+to|(?:would|could|did)\s+not|wouldn[’']t|didn[’']t)\s+"
    r"(?:say|comment|elaborate|discuss|give|provide|specify|confirm|identify|name|disclose"
    r"|release|reveal|answer)\b"
    r"|(?:gave|offered|provided)\s+no\s+(?:further\s+|other\s+|more\s+)?"
    r"(?:details?|information|explanation|comment|date|timetable|figures?|reasons?)\b)"
)
"""A clause telling that the speaker would say no more, the writer's account of what they
withheld: "Bar-Illan said construction would be authorized ..., but would not give a date"
(DUC 2 [0]), "Mr. Miller said that there was a safety plan ..., but he declined to say
whether ..." (raw 122 [1]), "..., but gave no further details" (DUC 15, 24)."""


_HELD_BEFORE = re.compile(
    r"\b(?:says|say|claims|claim|insists|insist|maintains|maintain|contends|argues)\s+(?:that\s+)?$"
)
"""A position reported as one held now, the present of a speech verb right before the words."""
_OTHER_PRESENT = re.compile(
    r"\s+(?!(?:i|you|he|she|it|we|they|there|this|that|these|those|who|what)\b)"
    r"(?:[\w’'-]+\s+){1,4}?(?:is|are|has|have|remains?|wants?)\b"
)
"""A clause of a subject of its own, no pronoun, in the present tense."""


def _set_against(text: str, start: int, clause: re.Match[str]) -> bool:
    """Whether a ", but" clause is the writer setting a position the speaker holds now
    against the facts or another side's: "North Korea says it permits religious freedom,
    but religious expression is tightly controlled in a state that ..." (raw 87 [0]), "The
    Israelis say it will remain undivided, but the Palestinians want to reclaim East
    Jerusalem" (DUC 9 [7]), "Turkey says he recently left Syria for Russia, but Russian
    officials have refused to confirm ..." (DUC 11): after the present of a speech verb, a
    clause of another subject in the present tense."""
    return (
        clause["conj"] == "but"
        and _HELD_BEFORE.search(text, max(0, start - 16), start) is not None
        and _OTHER_PRESENT.match(text, clause.end("conj")) is not None
    )


def writers_clause(text: str, start: int, clause: re.Match[str]) -> bool:
    """Whether the coordinated `clause` (its "conj" group the conjunction) after words
    starting at `start` is the writer's own: a stance, what was withheld, or the facts set
    against a position held."""
    after = clause.end("conj")
    return (
        _STANCE.match(text, after) is not None
        or _WITHHELD.match(text, after) is not None
        or _set_against(text, start, clause)
    )
