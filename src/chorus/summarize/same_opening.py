"""A second telling of one fact, from another outlet, that opens on the same words.

Two outlets often tell one moment from one subject: raw validation 53's "A stray bullet hit
the little girl as she ran back to her house ..." [1] and "A stray bullet struck her as she
ran to the safety of her home." [2]. The pair shares two words each article writes there
alone, but the verbs differ ("hit" / "struck", no "-ed" deed) and its mean
of the vectors' and TF-IDF cosines is 0.434, under the selection's `SCORE` (0.45): both
passed. The same subject opening both rows is the sign of one telling: over the 250 raw and
30 DUC summaries, three pairs of rows of two articles open on the same three words at the
event floor (`EVENT_SCORE`, `SHARED` such words), each one fact told twice (raw 53's bullet,
78's "Had he lost ...", 116's committee's referral); at that floor without the shared
opening, 46 more pairs, most two facts (docs/journal/summary.md,
"Summary a reader sees, seventy-third pass").

A row brought along with a candidate (the line before a quotation it credits, the line
naming in full a surname the candidate writes bare) is not read by the selection's own test
of a retelling (`same_fact.Told.again`, at `SCORE`), nor the row telling again another
article's already chosen fact: raw 42's lead "The parents of ... Kira Grunberg were watching
when their daughter landed on her head ..." came with its next line "Her manager ... said
Grunberg, 21, landed on her head and neck ...", after the other outlet's lead "Austria's
leading pole-vaulter Kira Grünberg has suffered severe cervical injuries after the
21-year-old landed beside the mat on her head and neck ..." (mean 0.478, 4 words shared).
Over the 250 raw and 30 DUC summaries, three pairs of rows of two articles reach `SCORE`
and `SHARED` such words: all so brought (42, 78's 316-301 vote, 240's 911 call), so read
once the summary is chosen, in reading order (docs/journal/summary.md, "Summary a reader
sees, seventy-fourth pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from chorus.summarize.read_again import READ_AGAIN
from chorus.summarize.same_fact import SCORE, Wording, told_again
from chorus.summarize.shown import DATELINE

_WORD = re.compile(r"[A-Za-z'’]+")
QUOTATION_OPENINGS = ('"', "“", "‘", "'")
"""A row opening on one of these is a quotation."""
OPENING_WORDS = 3
"""How many opening words two rows share: a subject ("A stray bullet", "The House Ways"),
or a clause's opening ("Had he lost"); two words alone are often an article and a name."""


@lru_cache(maxsize=READ_AGAIN)
def opening(text: str) -> tuple[str, ...]:
    """A row's first `OPENING_WORDS` words, lower-cased, past its dateline. Kept for the
    next reading order: a cluster's ~2.4 summaries read mostly the same rows (4,961 reads
    of 2,400 texts over the raw validation clusters, 2,561 found kept)."""
    dateline = DATELINE.match(text)
    start = 0 if dateline is None else dateline.end()
    words = []
    for word in _WORD.finditer(text, start):
        words.append(word.group().lower())
        if len(words) == OPENING_WORDS:
            break
    return tuple(words)


def retold_openings(
    wording: Wording,
    texts: Sequence[str],
    vectors: np.ndarray,
    ordered: Sequence[int],
    out: frozenset[int],
) -> list[int]:
    """The rows of `ordered` (a summary in reading order) telling again, at `SCORE`, the fact
    a row before them, of another article, tells (a row brought along with a candidate; see
    the module docstring), or opening on the words such a row opens on and telling its fact
    again at `EVENT_SCORE` (`told_again`). Read among the rows the other cuts leave (not in
    `out`): raw 240's "Shimron was the youngest of six siblings, ..." is told within a
    longer row opening alike, and goes as such; and not on a quotation, one remark two
    outlets quote (`quoted_twice`'s), or a writer's opening quoted in part (raw 172's “I
    think that many of them may say, ...”, which at `SCORE` went for another outlet's
    unquoted copy, a later cut then taking that one as the writer's "I": both lost)."""
    unquoted = [
        row for row in ordered if row not in out and not texts[row].startswith(QUOTATION_OPENINGS)
    ]
    brought = told_again(wording, vectors, unquoted, lambda _row, _other: True, SCORE)
    openings = {row: opening(texts[row]) for row in unquoted if row not in brought}
    articles: dict[tuple[str, ...], set[int]] = {}
    for row, words in openings.items():
        articles.setdefault(words, set()).add(int(wording.article_of[row]))
    shared = {
        words for words, of in articles.items() if len(words) == OPENING_WORDS and len(of) > 1
    }
    if not shared:
        return brought
    rows = [row for row in openings if openings[row] in shared]
    return brought + told_again(
        wording, vectors, rows, lambda row, other: openings[row] == openings[other]
    )
