"""Denials between two sentences: a verb one negates after a word, the other affirms
after the same word ("Skull Island isn't a remake" / "Skull Island is ... a reboot")."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.language.counts import LINKS
from chorus.language.words import same_ignoring_case

_DENIED = re.compile(
    r"\b([\w'’]+)\s+(is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|"
    r"wo|ca)(?:\s+not\b|n[’']t\b|nnot\b)",
    re.IGNORECASE,
)
"""A verb negated ("isn't", "did not", "won't", "cannot") and the word before it."""
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|neither|none|nobody|nothing|yet to|den(?:y|ies|ied|ying)|"
    r"refus\w*)\b|n[’']t\b",
    re.IGNORECASE,
)
"""Any word that denies: a sentence holding one may say what a negated verb says ("is not
involved" / "denied his country was involved", "has yet to be" / "have not been")."""
_FULL_FORMS = {"wo": "will", "ca": "can"}
_VERBS = (
    *("is", "are", "was", "were", "has", "have", "had", "does", "do", "did"),
    *("will", "would", "can", "could", "should"),
)
"""The verbs `_DENIED` reads, in full."""
_AFFIRMED = re.compile(r"\s+(?:" + "|".join(f"({verb})" for verb in _VERBS) + r")\b", re.IGNORECASE)
"""A verb of `_VERBS` after the spaces that follow a word, a group for each verb."""
_BOUNDARY = re.compile(r"\b")
_NOT = ("not", "n't", "n’t", "NOT", "N'T", "N’T", "Not")
_READINGS = 4096
"""Sentences whose negated and affirmed verbs are kept: one sentence meets several in
`facts.supports`."""


@lru_cache(maxsize=_READINGS)
def _denied_verbs(text: str) -> frozenset[tuple[str, str]]:
    """The verbs a sentence negates, each with the word before it ("Island isn't": Island,
    is), the verb in full ("won't": will); none after a link word: "who is not being
    named" and "who is now being called a suspect" are asides on two people."""
    # every negated verb holds "not" or "n't": a substring test rules out most sentences
    if not any(cue in text for cue in _NOT):
        return frozenset()
    return frozenset(
        (word, _FULL_FORMS.get(verb.lower(), verb.lower()))
        for word, verb in _DENIED.findall(text)
        if word.lower() not in LINKS
    )


def denies(negative: str, positive: str) -> bool:
    """Whether `negative` negates a verb that `positive`, denying nothing, affirms after
    the same word: "Skull Island isn't a remake" / "Skull Island is, reportedly, a
    reboot". The verb alone is not enough: "Staff ... were not expecting what they found"
    is no denial of "Staffers were called to the home"."""
    denied = _denied_verbs(negative)
    if not denied or holds_denial(positive):
        return False
    affirmed = _affirmed_verbs(positive)
    return any(
        _BOUNDARY.match(positive, end - len(word)) is not None
        and same_ignoring_case(positive[end - len(word) : end], word)
        for word, verb in denied
        for end in affirmed.get(verb, ())
        if end >= len(word)
    )


@lru_cache(maxsize=_READINGS)
def _affirmed_verbs(text: str) -> dict[str, tuple[int, ...]]:
    """Where each verb `_DENIED` may deny follows a word: the end of that word (the start
    of the spaces before the verb), by the verb. A word and its verb as one pattern,
    `\\bword\\s+verb\\b`, compiled a pattern for each pair a cluster met."""
    ends: dict[str, list[int]] = {}
    for found in _AFFIRMED.finditer(text):
        ends.setdefault(_VERBS[found.lastindex - 1], []).append(found.start())
    return {verb: tuple(at) for verb, at in ends.items()}


@lru_cache(maxsize=_READINGS)
def holds_denial(text: str) -> bool:
    """Whether a sentence holds a word that denies (`_NEGATION`), read once a sentence."""
    return _NEGATION.search(text) is not None
