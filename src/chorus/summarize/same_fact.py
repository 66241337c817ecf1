"""Whether a candidate tells again a fact another outlet's chosen sentence told.

The redundancy cut (`SummaryOptions.redundancy`, a cosine of 0.70) and the overlap cut
(half of a candidate's content words in the summary) let through two outlets' wordings of
one fact: raw validation 96's "Mark Lane, ..., died on Tuesday at his home in
Charlottesville, Va." and "Mark Lane, died of a heart attack Tuesday night at his home in
Charlottesville, Virginia, ..." (cosine 0.48, 6 of 12 words), 229's two reports of Marty
Balin's death (0.54). The analysis links such pairs as one agreed fact by a score that
averages the vectors' cosine with a TF-IDF cosine, and by a word each article writes once
(analyze/agreement.py); the summary reads the same two signs from its own content words,
only for the candidate about to be taken. At the mean the DUC bar allows (`SCORE`) it takes
out 96's two sentences on Lane's King inquiry (0.47); the deaths (0.36) stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from chorus.summarize.lexical import Terms


@dataclass(frozen=True, slots=True)
class Wording:
    """Each sentence's content words, and which of them its article writes there alone."""

    terms: Terms
    single: np.ndarray
    """Per entry of `terms.indices`: the sentence's article writes the word nowhere else."""
    article_of: np.ndarray


def wording(terms: Terms, article_of: np.ndarray) -> Wording:
    """The cluster's content words (`terms`), each marked whether its article writes it in
    that sentence alone; `article_of` gives each sentence's article."""
    owners = np.repeat(np.arange(len(terms.indptr) - 1), np.diff(terms.indptr))
    keys = np.asarray(article_of)[owners] * max(len(terms.articles), 1) + terms.indices
    # A key written once is unlike both its neighbours in sorted order (cheaper than
    # `np.unique`'s counts: 0.04 → 0.03 ms a cluster).
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    lone = np.ones(len(keys), dtype=bool)
    lone[1:] &= ordered[1:] != ordered[:-1]
    lone[:-1] &= ordered[:-1] != ordered[1:]
    single = np.empty(len(keys), dtype=bool)
    single[order] = lone
    return Wording(terms, single, np.asarray(article_of))


def _weights(terms: Terms) -> tuple[np.ndarray, np.ndarray]:
    """Each word's IDF over the cluster's sentences, and each sentence's TF-IDF norm."""
    sentences = len(terms.indptr) - 1
    frequency = np.bincount(terms.indices, minlength=len(terms.articles))
    idf = np.log((1.0 + sentences) / (1.0 + frequency)) + 1.0
    owners = np.repeat(np.arange(sentences), np.diff(terms.indptr))
    norms = np.sqrt(np.bincount(owners, weights=idf[terms.indices] ** 2, minlength=sentences))
    return idf, np.maximum(norms, 1e-9)


SCORE = 0.45
"""The mean of the vectors' and the words' cosines at or above which two sentences may tell
one fact. Over the 250 raw validation clusters (analysis on), 84 pairs of summary sentences
are one agreed fact: their means run 0.22–0.57 (median 0.39), other pairs' −0.09–0.58
(median 0.12). At 0.34, the analysis' own floor, DUC 2003's R-2 fell 0.35–0.40 (its
clusters are ten reports of one event, and its references reward the repeated leads); at
0.45 both sets gain (docs/decisions.md, "Summary a reader sees, eighth pass")."""
SHARED = 2
"""How many words each of the two articles writes in that sentence alone both must share:
two outlets telling one fact most often both write its own word ("died", "heart attack",
"Charlottesville") once; two sentences of one story share its topic words, written often."""


@dataclass(slots=True)
class Told:
    """The chosen rows, and the words their articles write there alone; their TF-IDF
    weights are laid out as dense rows only once a candidate shares enough such words."""

    wording: Wording
    rows: list[int] = field(default_factory=list)
    any_single: np.ndarray | None = None
    """Per word: some chosen row's article writes it there alone. A candidate sharing fewer
    than `SHARED` such words with them all shares fewer with each (most candidates)."""
    weights: np.ndarray | None = None
    singles: np.ndarray | None = None
    laid: int = 0
    """How many of `rows` have their dense rows in `weights` and `singles`."""
    idf: np.ndarray | None = None
    norms: np.ndarray | None = None

    def add(self, row: int) -> None:
        w = self.wording
        if self.any_single is None:
            self.any_single = np.zeros(len(w.terms.articles), dtype=bool)
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        self.any_single[w.terms.indices[entries][w.single[entries]]] = True
        self.rows.append(row)

    def _lay(self) -> None:
        """Dense rows for the rows added since the last call."""
        w, taken = self.wording, len(self.rows)
        if self.idf is None:
            self.idf, self.norms = _weights(w.terms)
        if self.weights is None or len(self.weights) < taken:
            size = len(self.idf)
            weights, singles = np.zeros((2 * taken, size)), np.zeros((2 * taken, size), dtype=bool)
            if self.weights is not None:
                weights[: self.laid], singles[: self.laid] = (
                    self.weights[: self.laid],
                    self.singles[: self.laid],
                )
            self.weights, self.singles = weights, singles
        for n in range(self.laid, taken):
            entries = slice(w.terms.indptr[self.rows[n]], w.terms.indptr[self.rows[n] + 1])
            own = w.terms.indices[entries]
            self.weights[n, own] = self.idf[own] / self.norms[self.rows[n]]
            self.singles[n, own[w.single[entries]]] = True
        self.laid = taken

    def again(self, row: int, cosines: np.ndarray) -> bool:
        """Whether `row` tells again what a chosen row of another article told: the mean of
        its vectors' cosine (`cosines`, to the chosen rows in the order added) and its
        words' TF-IDF cosine reaches `SCORE`, and the two share `SHARED` words each of
        their articles writes there alone."""
        w = self.wording
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        own = w.terms.indices[entries]
        singles = own[w.single[entries]]
        if self.any_single is None or np.count_nonzero(self.any_single[singles]) < SHARED:
            return False
        self._lay()
        taken = len(self.rows)
        wording = self.weights[:taken, own] @ self.idf[own] / self.norms[row]
        shared = self.singles[:taken, singles].sum(axis=1)
        apart = w.article_of[self.rows] != w.article_of[row]
        return bool((apart & ((cosines + wording) / 2 >= SCORE) & (shared >= SHARED)).any())
