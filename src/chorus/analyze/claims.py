"""Claims a denial can answer: sentences that assert (proof, evidence, "confirmed", "was
behind", "responsible for", "carried out", blame) with a cue no negation in its clause
takes back, and that speak of no denial themselves; the accusations among them.
"""

from __future__ import annotations

import re

from chorus.analyze.similarity import Similarity

ACCUSATION_CUES = r"\b(?:proof|evidence|(?:was|were) behind|responsible for|carried out|blamed?)\b"
"""The assertions that accuse: a denial of "the allegations" answers these, not "confirmed"."""
ASSERTION_CUES = rf"\bconfirm(?:s|ed)?\b|{ACCUSATION_CUES}"
ASSERTION_WORDS = (
    *("proof", "evidence", "confirm", "behind", "responsible for", "carried out", "blame"),
)
"""Words, lowercased, that a sentence must hold for the cues to match: substring tests
are ~3x cheaper than the case-insensitive cue patterns, which try every position. (They
miss only matches the patterns' case folding finds through letters like dotless ı.)"""
ASSERTION = re.compile(ASSERTION_CUES, re.IGNORECASE)
_ACCUSATION = re.compile(ACCUSATION_CUES, re.IGNORECASE)
_NEGATION_WORDS = frozenset(("no", "not", "never", "nor", "without", "cannot"))
_NEGATION_MARK = re.compile(r"no|never|n['’]t|without")
"""What a lower-cased text holding one of `_NEGATION_WORDS` or an "n't" holds."""
_CLAIM_CLAUSE = re.compile(r"[,;:]|\bbut\b")
"""Where the clause of an assertion cue begins: a negation before it is another clause's."""
ONE_TELLING = 0.50
"""A claim and a denial this alike (similarity.py) tell one thing, not two sides: "saudi
arabia was dismissed ... as a defendant" and "a u.s. judge ... dismissed claims against
saudi arabia" score 0.60 (Multi-News+ train 30711); the real pairs of the gold, 0.16–0.43."""
_SIDES_WITH_DENIER = ("innocen", "acquit", "exonerat")
"""Words, lowercased, of a sentence that takes the denier's side: "the proof of their
innocent[ce]" agrees with "denied all the charges" (Multi-News+ train 31175)."""
NEGATION_REACH = 8
"""Words before an assertion cue a negation of it may stand: "no" is next to "proof", but
"cannot be reconciled with the dna bloodstain evidence" is seven words from it."""


def negated(text: str, start: int) -> bool:
    """Whether a negation stands in the clause before `start`, within `NEGATION_REACH`
    words: "no proof", "has never confirmed officially", "didn't provide evidence", "nor
    was there reliable evidence", "cannot be reconciled with the dna bloodstain evidence"."""
    window = text[max(0, start - 70) : start].lower()
    if not _NEGATION_MARK.search(window):  # rules out most cues before the words are read
        return False
    clause = _CLAIM_CLAUSE.split(window)[-1]
    return any(
        w in _NEGATION_WORDS or w.endswith(("n't", "n’t")) for w in clause.split()[-NEGATION_REACH:]
    )


def _speaks_of_denial(text: str) -> bool:
    """Whether a sentence speaks of a denial ("denied", "its denials", "reports ... are
    untrue") or sides with the denier (`_SIDES_WITH_DENIER`): an `or` of substring tests,
    the lower-cased copy made only for the rare sentence with one of their letters."""
    if "deni" in text or "deny" in text or "Deni" in text or "Deny" in text or "untrue" in text:
        return True
    return ("nnocen" in text or "cquit" in text or "xonerat" in text) and any(
        word in text.lower() for word in _SIDES_WITH_DENIER
    )


def asserts(text: str) -> bool:
    """Whether a sentence asserts (`ASSERTION_CUES`) with a cue no negation takes back
    ("there is no proof that dylan ever said this" agrees with "fabricated quotes"), and
    speaks of no denial itself ("making a mockery of its denials" tells both sides) nor of
    the denier's innocence."""
    if _speaks_of_denial(text):
        return False
    match = ASSERTION.search(text)
    while match and negated(text, match.start()):
        match = ASSERTION.search(text, match.end())
    return match is not None


def accusing(claims: list[int], similarity: Similarity) -> list[int]:
    """The claims (rows of `similarity`) that accuse (`ACCUSATION_CUES`)."""
    return [r for r in claims if _ACCUSATION.search(similarity.sentences[r].text)]
