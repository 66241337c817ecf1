"""A "he" or "she" after an opening phrase telling a day, named further up than the sentence
before (docs/journal/summary.md, "Summary a reader sees, twenty-second pass (stop 35)").

`dangling_inside.unnamed_subject` reads an opening phrase with no capital after its first
letter, so "On the Friday after Election Day, she got a concession call from her GOP rival."
(raw 248) was never read: shown after another outlet's quotation, its "she" named no one. A
day's capitals read there everywhere cost DUC R-1 0.103 (twentieth pass: DUC 7's "On
Saturday, he traveled with ...", right after the sentence naming Mubarak); read only after a
sentence that names no one and speaks of no "he" or "she" (248's is a campaign manager's
bare quotation), DUC's summaries stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.summarize.leaning import names_someone, speaks_of_one

_DAYS = "|".join((*(day.title() for day in WEEKDAYS), *MONTHS, "Election Day", "Christmas"))
_DAY_PHRASE_SUBJECT = re.compile(
    rf"[\s(\[]*[A-Z](?:[^,A-Z“”\"]|(?:{_DAYS})\b){{1,40}},\s+(?:he|she)\b"
)
"""A "he" or "she" as the subject after a short opening phrase that may name a day ("On the
Friday after Election Day, she ...", "In March, she sold ...") and no one."""
_PRONOUN_AFTER_COMMA = re.compile(", s?he ")


def named_further_back(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether its subject is a "he" or "she" after a short opening phrase, right
    after a sentence naming no one and speaking of no "he" or "she" outside its quotations:
    the one it stands for is named further up, so it waits for the sentence before (and
    that one, when it leans back, for its own)."""
    marked = np.zeros(len(texts), dtype=bool)
    for row in range(1, len(texts)):
        text = texts[row]
        # one pattern skips to each rare comma; two substring tests crawl a two-byte text
        if _PRONOUN_AFTER_COMMA.search(text) and _DAY_PHRASE_SUBJECT.match(text):
            before = texts[row - 1]
            marked[row] = not names_someone(before) and not speaks_of_one(before)
    return marked
