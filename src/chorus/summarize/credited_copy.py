"""A quotation credited to "he" or "she" shown below a line naming someone else, told by
another outlet that says who speaks.

"“I thought it would be great to cut out the middle man ...,” he joked." (raw 137 [1]) is
Colbert's: its article's sentence before names him. Shown below "During an off-air chat with
Colbert, Urgant described his show ...", its "he" reads as Urgant. Leaving it out cost the
summary its campaign news (summary57: raw R-2 −0.043 from 137 alone), and taking it with its
sentence before did not fit; [2] quotes the same words with their speaker ("..., the host
jokingly announced he was considering a 2020 presidential run, telling the audience, "I
thought it would be better ..."). That copy is shown instead.

So is another outlet's copy of a quotation shown away from its credit, when that copy's own
credit is shown (`copy_below_credit`, summary128): raw 52's "“My kids are in a better place
... they’re in heaven now. ...”" [3], the second half of '“They were in good hands, but I
don’t think they were safe,” she said.', was the summary's last line, six lines below [1]'s
'“They were in good hands but I don’t think they were safe,” Pasztor said.', which [1]
follows with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.summarize.credit_lines import CLOSES_ON_CREDIT, quotation_alone
from chorus.summarize.leaning import names_someone
from chorus.summarize.told_before import quotes_a_pronoun

_CREDITED_ED = re.compile(r"[,?!][”\"]\s+(?:he|she)\s+[a-z]+ed\.\Z")
"""A quotation closed on its mark and credited to "he" or "she" by a verb in "-ed" (',” he
joked.', ',” she insisted.'): `unnamed_rows.speaker_apart` reads "said", "added", "says" and
"continued" (`told_before.quotes_a_pronoun`)."""
_OPENING_WORDS = re.compile(r"[\s(\[]*[“\"]((?:[\w’'-]+[\s,]+){4}[\w’'-]+)")
"""A quotation's first five words, as another outlet quoting it writes them too."""


def _credits_a_pronoun(text: str) -> bool:
    """Whether a text is a quotation credited to "he" or "she" (`_CREDITED_ED` or
    `quotes_a_pronoun`)."""
    return quotes_a_pronoun(text) or (
        text.endswith("ed.") and _CREDITED_ED.search(text) is not None
    )


def credited_copies(
    texts: Sequence[str],
    ordered: Sequence[int],
    first_rows: Sequence[int],
    article_of: np.ndarray,
    vectors: np.ndarray,
) -> dict[int, int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`; `first_rows` are
    the articles' first rows) quoting someone with a "he" or "she" by a verb in "-ed"
    (`_CREDITED_ED`; not "added", "continued": `speaker_apart`'s), shown apart from their
    article's sentence before, which names someone: each with the row of another article
    writing the quotation's first five words and no pronoun credit of its own (the closest
    by cosine), to be shown instead. A row with no such copy is left as it is."""
    found: dict[int, int] = {}
    for at, row in enumerate(ordered):
        text = texts[row]
        if not (text.endswith("ed.") and (" he " in text or " she " in text)):
            continue
        if row in first_rows or (at and ordered[at - 1] == row - 1):
            continue
        opening = _OPENING_WORDS.match(text)
        # "added"/"continued" rows are `speaker_apart`'s: taken with the naming line or left out
        if opening is None or not _CREDITED_ED.search(text) or quotes_a_pronoun(text):
            continue
        if not names_someone(texts[row - 1]):
            continue
        words = opening.group(1)
        copies = [
            other
            for other, told in enumerate(texts)
            if article_of[other] != article_of[row]
            and words in told
            and not _credits_a_pronoun(told)
        ]
        if copies:
            found[row] = max(copies, key=lambda other: float(vectors[other] @ vectors[row]))
    return found


def copy_below_credit(
    texts: Sequence[str],
    ordered: Sequence[int],
    first_rows: Sequence[int],
    article_of: np.ndarray,
) -> dict[int, int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`; `first_rows` are
    the articles' first rows) that are a quotation alone (`credit_lines.quotation_alone`)
    shown apart from their article's sentence before, which closes on its credit: each with
    the row of another article writing the quotation's first five words as a quotation alone
    right below its own sentence before, when that one is shown and closes on a credit too, to
    be shown instead (there, the words read as the speaker's the line above credits)."""
    starts = set(first_rows)
    shown = set(ordered)
    found: dict[int, int] = {}
    for at, row in enumerate(ordered):
        if not at or row in starts or ordered[at - 1] == row - 1:
            continue
        opening = _OPENING_WORDS.match(texts[row])
        if opening is None or not quotation_alone(texts[row]):
            continue
        if CLOSES_ON_CREDIT.search(texts[row - 1]) is None:
            continue
        words = opening.group(1)
        for other in range(1, len(texts)):
            if (
                other - 1 in shown
                and other not in starts
                and CLOSES_ON_CREDIT.search(texts[other - 1]) is not None
                and article_of[other] != article_of[row]
                and words in texts[other]
                and quotation_alone(texts[other])
            ):
                found[row] = other
                break
    return found
