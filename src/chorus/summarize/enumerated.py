"""A line opening a numbered run of points after its colon ("Here is the alleged chain of
events: First, Trump asked Comey to drop an investigation ...", raw validation 9's National
Review; "Here are two lessons from the Steel Dynamics story: First, innovation is essential
...", 220): its page tells the second point and the rest in the sentences after it. Shown
alone it promises a chain and gives one link: it is shown only with the next sentence
("Second, Comey refused."), as a line closing on a colon is (`dangling.introduces`). Never
shown, raw 9's room went to a line on Nixon that then opened a summary on Trump (journal
summary.md, fifty-first pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_FIRST_AFTER_COLON = re.compile(r":\s+(?:First(?:ly|\s+of\s+all)?,|1\)\s)")
"""A colon and the first of several points: "First,", "Firstly,", "First of all," or "1)"."""


def opens_enumeration(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens a numbered run of points after a colon inside it."""
    return np.fromiter(
        # the colon is read first: nearly every sentence has none
        (":" in text and _FIRST_AFTER_COLON.search(text) is not None for text in texts),
        dtype=bool,
        count=len(texts),
    )
