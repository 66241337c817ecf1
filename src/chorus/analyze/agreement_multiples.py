"""A multiple a support gives only as another quantity (agreement_parts.told_in_part): a
statement comparing two things by a ratio, "N times lower" or "N-fold", is told by a support
writing that ratio, not by one writing the same number of something else. Raw 216's "...
Molto and Sheldrick believe that the prevalence of cancer was still at least 50 times lower in
ancient Dakhleh." stood "(all)" on [1]'s "... about 5 in 1,000, compared with 50 percent in
modern Western societies, ..." and "... the risk of cancer was considerably lower ...":
`_untold_figure` found its 50 in "50 percent", and [1] gives no ratio of 50. A count of times
something happened ("was struck three times") is no ratio: it is told in other words ("three
gunshot wounds"), and "times" followed by a time ("five times that year", raw 75) counts
occasions too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.dangling import PERIODS
from chorus.language.numbers import figures

_A_TIME = (
    r"(?:(?:that|the (?:following|next|previous|same|past|last|first|whole|entire)"
    rf"|over(?: [\w-]+){{0,2}}) (?!time\b)(?:{PERIODS}|period)s?\b(?![’'])"
    r"|per \w|as of\b|(?:after|earlier|later)\b)"
)
"""A time after "times" that makes it a count of occasions, not a ratio: "called to his home
five times that year" (raw 75 [0]), "three times the same day", "70 times over five years",
"30 times per minute", "shared over 82,000 times as of Wednesday", "shot four times after
honking". Only the words `_RATIO_AFTER` would take ("that", "the", "as", a word in -er) need
it: "three times in 2015" or "three times this year" is no ratio already. Not a possessive
("five times that year's budget" compares), "time" ("ten times the time it took") nor "over"
a limit ("three times over the legal limit")."""
_RATIO_AFTER = re.compile(
    rf"[ -](?i:fold)\b|[ ](?i:times)[ ](?!{_A_TIME})(?:more|less|fewer|as|the|that|what|[a-z]+er)\b"
)
"""What follows a number that makes it a ratio: "50 times lower", "five times the cost", "100
times greater", "a 10-fold rise", but not a time (`_A_TIME`). The word after "times" is read in
lower case only: a name there ("8 times Weiner", raw 210's photo teaser) makes no comparison."""
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
