"""A step told after the one before it ("Then ...") shown apart from that one.

"Then the researchers tested the babies to see if they remembered how to remove the
mittens ..." (raw validation 93) goes on from what its article told right before; shown
after a line of another article, or of its own further up, it reads as the next step of
something else. Waiting for the sentence before (`dangling.goes_on`) took 93's lead out
when chosen again (R-1 −5.50, docs/journal/summary.md, "Summary a reader sees, thirtieth
pass"); taken with it, 93 shows "A total of 216 babies were tested." before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_THEN = re.compile(r"[\s\"“(]*Then\b(?![-‑]|,? again)")
"""An opening "Then" ("Then, as the Hummer appears to pull over, ..."), not "Then again"
(a contrast) nor "Then-President ..." (a title)."""


def step_apart(texts: Sequence[str], shown: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order) opening on "Then" whose line
    shown right before is not the row before them."""
    return [
        row
        for n, row in enumerate(shown)
        if _THEN.match(texts[row]) and (n == 0 or shown[n - 1] != row - 1)
    ]
