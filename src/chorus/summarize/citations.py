"""Which other outlets a summary sentence cites: the rows of other articles that tell it.

A near-duplicate (the vectors' cosine at `SummaryOptions.merge`, 0.84) is one. So is a
sentence that tells it again by `same_fact`'s two signs, read more strictly than selection
reads them: the mean of the vectors' and the TF-IDF cosines at `CITED`, and `same_fact.SHARED`
words each of the two articles writes there alone, both shared. Raw 11's “I am incredibly
flattered ...,” he said in a statement. (a vectors' cosine of 0.83, a mean of 0.83) was
passed over as a retelling of Stallone's quotation, yet the summary cited one outlet for
it where the analysis shows the pair as one agreed fact. Either kind is cited only when it
`supports` what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chorus.summarize.same_fact import SHARED, Wording, tf_idf

CITED = 0.70
"""The mean of the vectors' and the words' cosines from which a retelling is cited. Over
the 250 raw validation summaries, `same_fact.SCORE` (0.45) would add 368 citations; read
from 0.60 to 0.70, 77 pairs held about ten of another fact ("Sadiq Khan said questions would
need to be asked ..." / "Sadiq Khan led the short ceremony."); from 0.70, 65 pairs held one
(raw 145's "Nearly a third of Americans ... in 2014" / "... more likely to live with their
parents than in any other living situation")."""


def retold_by(
    wording: Wording, vectors: np.ndarray, ordered: Sequence[int], repeats: Sequence[list[int]]
) -> list[list[int]]:
    """Per row of `ordered`: its near-duplicates (`repeats`), and of each other article
    giving none, the row that tells it again closest (the mean of the two cosines), in
    article order."""
    terms = wording.terms
    sentences = len(terms.indptr) - 1
    idf, norms = tf_idf(terms)
    owners = np.repeat(np.arange(sentences), np.diff(terms.indptr))
    weighted = idf[terms.indices]
    article_of = wording.article_of
    cited = []
    for row, near in zip(ordered, repeats, strict=True):
        entries = slice(terms.indptr[row], terms.indptr[row + 1])
        own = terms.indices[entries]
        mine = np.zeros(len(idf))
        mine[own] = idf[own]
        alone = np.zeros(len(idf), dtype=bool)
        alone[own[wording.single[entries]]] = True
        words = np.bincount(owners, weights=mine[terms.indices] * weighted, minlength=sentences)
        mean = (vectors @ vectors[row] + words / (norms * norms[row])) / 2
        shared = np.bincount(
            owners, weights=alone[terms.indices] & wording.single, minlength=sentences
        )
        close = (mean >= CITED) & (shared >= SHARED)
        close &= ~np.isin(article_of, article_of[[row, *near]])
        best: dict[int, int] = {}
        for other in np.flatnonzero(close).tolist():
            article = int(article_of[other])
            if article not in best or mean[other] > mean[best[article]]:
                best[article] = other
        cited.append(sorted([*near, *best.values()], key=lambda m: article_of[m]))
    return cited
