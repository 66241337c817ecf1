"""Summary sentences that set up a contrast whose point another sentence makes.

"It's one thing to say Republicans aren't participating ..." (raw validation 221) and "And
the problem is not that Colbert isn't qualified." (raw 36, before "It's that he's too
qualified.") each deny or grant something only for the sentence after to say what matters:
alone, each sets up a point it never makes, and reads as the point itself ("Colbert isn't
qualified"). Shown with the sentence after, when that sentence makes the point; never shown
when the point comes later ("The weirdest part of a story ... is not that it happened at
all.", raw 51, whose "It is that the Post is referring to the guy ... as a journalist" is
two sentences on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_ONE_THING = re.compile(
    r"[\s(\[“\"]*It(?:’s|'s|\s+is|\s+was)\s+one\s+thing\s+to\b(?!.*\banother\b)"
)
"""The first half of a contrast whose second the sentence after gives ("It's one thing to say
Republicans aren't participating ..." / "The argument Obama made Saturday went further.",
raw 221)."""
_NOT_THAT = re.compile(
    r"\b(?:is|was)\s+not\s+that\s+(?:[A-Z]|(?:it|he|she|they|we|you|this|there|the|a|an|his"
    r"|her|their)\b)(?!.*\bbut\b)"
)
"""A point denied before the one made: "is not that" and a clause ("not that Colbert isn't
qualified", "not that it happened"), with no "but" giving the point in the sentence itself
("What was surprising was not that ... endorsed Schumer but that it anguished ...", DUC
d30013t). Not "not that" before a word of degree ("not that many people", "aren't that
unusual"): no clause follows it."""
_POINT = re.compile(r"[\s(\[“\"]*(?:It(?:’s|'s|\s+is|\s+was)\s+that|Rather)\b")
"""The point the denial sets up: "It's that he's too qualified.", "Rather, it was ..."."""


def sets_up_contrast(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens "It's one thing to ..." with no "another" after it, to be
    shown only with the sentence after it."""
    return np.fromiter(
        ("one thing" in t and _ONE_THING.match(t) is not None for t in texts),
        dtype=bool,
        count=len(texts),
    )


def denied_points(texts: Sequence[str], first_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per text, whether it denies a point (`_NOT_THAT`) whose point the sentence after
    makes (`_POINT`), to be shown only with it; and whether it denies one with no such
    sentence after it in its article, never to be shown. `first_rows` are the articles'
    first rows."""
    leads = np.zeros(len(texts), dtype=bool)
    shut = np.zeros(len(texts), dtype=bool)
    last = set((np.asarray(first_rows) - 1).tolist()) | {len(texts) - 1}
    for row, text in enumerate(texts):
        # a literal first: "not that" is in 8 of the 24,750 raw and DUC sentences
        if "not that" in text and _NOT_THAT.search(text):
            makes = row not in last and _POINT.match(texts[row + 1]) is not None
            (leads if makes else shut)[row] = True
    return leads, shut
