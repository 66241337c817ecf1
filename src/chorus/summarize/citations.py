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

from chorus.summarize.same_fact import SHARED, Wording

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
    if not ordered:
        return []
    terms, article_of = wording.terms, wording.article_of
    idf, norms = wording.idf, wording.norms
    sentences = len(norms)
    # the summary's rows as dense rows of word weights and of the words their articles
    # write there alone
    # (their entries gathered at once: a slice a row cost 0.03 ms a cluster)
    rows = np.asarray(ordered)
    starts = terms.indptr[rows]
    sizes = terms.indptr[rows + 1] - starts
    row_of = np.repeat(np.arange(len(ordered)), sizes)
    entries = np.arange(len(row_of)) + np.repeat(starts - (np.cumsum(sizes) - sizes), sizes)
    own = terms.indices[entries]
    mine = np.zeros((len(ordered), len(idf)))
    mine[row_of, own] = idf[own]
    lone = wording.single[entries]
    alone = np.zeros((len(ordered), len(idf)), dtype=bool)
    alone[row_of[lone], own[lone]] = True
    # the lone words shared are counted first, over the entries of lone words alone: few
    # sentences share two, and only theirs are weighed
    at = np.flatnonzero(wording.single & alone.any(axis=0)[terms.indices])
    owners = np.searchsorted(terms.indptr, at, side="right") - 1
    keys = (np.arange(len(ordered))[:, None] * sentences + owners).ravel()
    shared = np.bincount(keys, alone[:, terms.indices[at]].ravel(), len(ordered) * sentences)
    cosines = vectors[rows] @ vectors.T
    # a mean of CITED needs a vectors' cosine of 2 * CITED - 1 at least (the words' is at most 1)
    close = (shared.reshape(-1, sentences) >= SHARED) & (cosines >= 2 * CITED - 1)
    close &= article_of[None, :] != article_of[rows, None]
    best: list[dict[int, tuple[int, float]]] = [{} for _ in ordered]
    for n, other in zip(*np.nonzero(close), strict=True):
        words = terms.indices[terms.indptr[other] : terms.indptr[other + 1]]
        mean = (
            cosines[n, other] + mine[n, words] @ idf[words] / (norms[rows[n]] * norms[other])
        ) / 2
        article = int(article_of[other])
        if mean >= CITED and mean > best[n].get(article, (-1, 0.0))[1]:
            best[n][article] = (int(other), float(mean))
    # read as a list: numpy's scalar indexing costs more than the whole conversion
    articles = article_of.tolist()
    cited = []
    for n, (row, near) in enumerate(zip(ordered, repeats, strict=True)):
        taken = {articles[m] for m in (row, *near)}
        told = [m for article, (m, _) in best[n].items() if article not in taken]
        cited.append(sorted([*near, *told], key=articles.__getitem__))
    return cited
