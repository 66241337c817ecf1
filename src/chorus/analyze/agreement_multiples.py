"""A multiple a support gives only as another quantity (agreement_parts.told_in_part): a
statement comparing two things by a ratio, "N times lower" or "N-fold", is told by a support
writing that ratio, not by one writing the same number of something else. Raw 216's "...
Molto and Sheldrick believe that the prevalence of cancer was still at least 50 times lower in
ancient Dakhleh." stood "(all)" on [1]'s "... about 5 in 1,000, compared with 50 percent in
modern Western societies, ..." and "... the risk of cancer was considerably lower ...":
`_untold_figure` found its 50 in "50 percent", and [1] gives no ratio of 50. A count of times
something happened ("was struck three times") is no ratio: it is told in other words ("three
gunshot wounds")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.numbers import figures

_RATIO_AFTER = re.compile(
    r"[ -](?i:fold)\b|[ ](?i:times)[ ](?:more|less|fewer|as|the|that|what|[a-z]+er)\b"
)
"""What follows a number that makes it a ratio: "50 times lower", "five times the cost", "100
times greater", "a 10-fold rise". The word after "times" is read in lower case only: a name
there ("8 times Weiner", raw 210's photo teaser) makes no comparison."""
_ANY_MULTIPLE = re.compile(r"[ -](?:fold|times)\b", re.IGNORECASE)
"""What follows a number a support gives as a multiple of anything: "100 times greater", "hit
three times"."""


def multiple_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` gives a ratio (`_RATIO_AFTER`) no support gives as a multiple: of
    its bound, "at least 50 times", any value it allows."""
    # its literals spare most statements the figures
    lowered = statement.lower()
    if " times " not in lowered and "fold" not in lowered:
        return False
    ratios = [found for found in figures(statement) if _RATIO_AFTER.match(statement, found.end)]
    if not ratios:
        return False
    given = [value for text in supports for value in _multiples(text)]
    return any(not any(ratio.low <= value <= ratio.high for value in given) for ratio in ratios)


def _multiples(text: str) -> list[float]:
    """The values `text` gives as multiples: "100 times greater", "shot three times"."""
    lowered = text.lower()
    if "times" not in lowered and "fold" not in lowered:
        return []
    return [
        value
        for figure in figures(text)
        if _ANY_MULTIPLE.match(text, figure.end)
        for value in (figure.low, figure.high)
    ]
