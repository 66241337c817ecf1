"""Two sentences that tell two things however alike their words, read before they are
linked (agreement.agreed): one denies what it names ("And the problem is not that Colbert
isn't qualified." beside "There's one problem, though: Colbert can't actually serve in the
Senate.", raw 36), and two name different holders of what was obtained ("New surveillance
video obtained by ABC News ..." / "A surveillance video obtained by New Orleans' Fox 8 ...",
raw 32)."""

from __future__ import annotations

import re

_DENIED = re.compile(
    r"\b(?:(?:is|was)\s+not|(?:isn|wasn)['’]t)\s+that\s+"
    # "not that" before a clause: "is not that Colbert isn't ...", not a degree ("is not that
    # high")
    r"(?=[A-Z]|(?:the|he|she|it|they|we|i|you|a|an|his|her|their|its)\b)",
)
_OBTAINED = re.compile(
    r"\b(?:(?:obtained|acquired)(?:\s+exclusively)?\s+by|provided\s+to)\s+"
    # the holder's capitalised words ("ABC News", "New Orleans' Fox 8")
    r"((?:(?:[A-Z][\w'’.&-]*|\d+)(?:\s+|$))+)"
)


def denies(text: str) -> bool:
    """Whether a sentence says what something is not, the claim it names denied ("the
    problem is not that Colbert isn't qualified"): the words it shares with another tell what
    the writer sets aside."""
    return _DENIED.search(text) is not None


def _holders(text: str) -> set[frozenset[str]]:
    """Each holder named as having obtained something, as its words bar "The"."""
    return {
        frozenset(w.strip("'’").lower() for w in found.split()) - {"the"}
        for found in _OBTAINED.findall(text)
    }


def obtained_apart(a: str, b: str) -> bool:
    """Whether each sentence names who obtained what it tells of, and no holder of one shares
    a word with one of the other's: two outlets' videos, two finds."""
    ours, theirs = _holders(a), _holders(b)
    return bool(ours and theirs) and not any(x & y for x in ours for y in theirs)


def told_apart(a: str, b: str) -> bool:
    """Whether two sentences tell two things: one denies what it names, or they name
    different holders of what was obtained."""
    return denies(a) or denies(b) or obtained_apart(a, b)
