"""Whether a summary row restates a row of its own article shown before it.

Selection passes over a candidate whose vectors' cosine to a chosen row reaches
`SummaryOptions.redundancy` (0.70), but a row brought along with its candidate (the line
before a "he", a credit, an introduction) is read only for a copy (`select.COPY`, 0.85):
raw validation 171's "Google's Knowledge Graph feature will begin to roll out in the next
few days." came in with "It will be available on regular desktop search ...", at 0.77 to
its own article's lead "Google's new Knowledge Graph is a new search tool that will begin
rolling out starting today.", one launch told twice. Only one article's rows are read: two
outlets' rows at that cosine may tell two facts of one thing (raw 13's "The public can help
by considering adopting a dog ..." / "... information on adoption will be available in
coming days.", 0.70, as the twenty-sixth pass found when `COPY` was tried at 0.70); one
writer says one thing once unless retelling it. A quotation is not read: a remark its
article paraphrases is `retold_on_page`'s. The row read first stays (docs/journal/
summary.md, "Summary a reader sees, hundredth pass").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chorus.summarize.same_opening import QUOTATION_OPENINGS


def restated(
    vectors: np.ndarray,
    article_of: np.ndarray,
    texts: Sequence[str],
    ordered: Sequence[int],
    bar: float,
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, quotations aside) whose vectors'
    cosine to a row of their own article shown before them reaches `bar` (selection's
    redundancy cut): the later telling."""
    rows = [row for row in ordered if not texts[row].startswith(QUOTATION_OPENINGS)]
    articles = np.asarray(article_of)[rows]
    # one product over the summary's rows, most of which hold no such pair: each row's
    # products with its article's rows before it, apart, cost 2.6× as much (280 µs a call)
    shown = np.arange(len(rows))
    close = (
        (vectors[rows] @ vectors[rows].T >= bar)
        & (articles[:, None] == articles[None, :])
        & (shown[:, None] > shown[None, :])
    )
    if not close.any():
        return []
    later: list[int] = []
    for n in np.flatnonzero(close.any(axis=1)).tolist():
        # the telling read first stays: a row left out tells no later row again
        if any(close[n, m] and rows[m] not in later for m in range(n)):
            later.append(rows[n])
    return later
