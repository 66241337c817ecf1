"""Whether a candidate tells again a fact another outlet's chosen sentence told.

The redundancy cut (`SummaryOptions.redundancy`, a cosine of 0.70) and the overlap cut
(half of a candidate's content words in the summary) let through two outlets' wordings of
one fact: raw validation 96's "Mark Lane, ..., died on Tuesday at his home in
Charlottesville, Va." and "Mark Lane, died of a heart attack Tuesday night at his home in
Charlottesville, Virginia, ..." (cosine 0.48, 6 of 12 words), 229's two reports of Marty
Balin's death (0.54). The analysis links such pairs as one agreed fact by a score that
averages the vectors' cosine with a TF-IDF cosine, and by a word each article writes once
(analyze/agreement.py); the summary reads the same two signs from its own content words,
only for the candidate about to be taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from chorus.summarize.lexical import Terms


@dataclass(frozen=True, slots=True)
class Wording:
    """Each sentence's content words as TF-IDF weights (IDF over the cluster's sentences),
    and which of them its article writes in that sentence alone."""

    terms: Terms
    idf: np.ndarray
    norms: np.ndarray
    single: np.ndarray
    """Per entry of `terms.indices`: the sentence's article writes the word nowhere else."""
    article_of: np.ndarray


def wording(terms: Terms, article_of: np.ndarray) -> Wording:
    sentences, size = len(terms.indptr) - 1, max(len(terms.articles), 1)
    owners = np.repeat(np.arange(sentences), np.diff(terms.indptr))
    frequency = np.bincount(terms.indices, minlength=size)
    idf = np.log((1.0 + sentences) / (1.0 + frequency)) + 1.0
    norms = np.sqrt(np.bincount(owners, weights=idf[terms.indices] ** 2, minlength=sentences))
    keys = article_of[owners] * size + terms.indices
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return Wording(terms, idf, norms, counts[inverse] == 1, np.asarray(article_of))


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
    """The chosen rows' words, one dense row each (grown as rows are added), to test a
    candidate against all of them at once."""

    wording: Wording
    rows: list[int] = field(default_factory=list)
    weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    singles: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))

    def add(self, row: int) -> None:
        w, taken = self.wording, len(self.rows)
        if taken == len(self.weights):
            size, grown = len(w.idf), max(2 * taken, 16)
            self.weights = np.vstack(
                (self.weights.reshape(taken, size), np.zeros((grown - taken, size)))
            )
            self.singles = np.vstack(
                (self.singles.reshape(taken, size), np.zeros((grown - taken, size), dtype=bool))
            )
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        own = w.terms.indices[entries]
        self.weights[taken, own] = w.idf[own] / max(w.norms[row], 1e-9)
        self.singles[taken, own[w.single[entries]]] = True
        self.rows.append(row)

    def again(self, row: int, cosines: np.ndarray) -> bool:
        """Whether `row` tells again what a chosen row of another article told: the mean of
        its vectors' cosine (`cosines`, to the chosen rows in the order added) and its
        words' TF-IDF cosine reaches `SCORE`, and the two share `SHARED` words each of
        their articles writes there alone."""
        w, taken = self.wording, len(self.rows)
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        own = w.terms.indices[entries]
        if not taken or not own.size:
            return False
        wording = self.weights[:taken, own] @ w.idf[own] / max(w.norms[row], 1e-9)
        shared = np.count_nonzero(self.singles[:taken, own[w.single[entries]]], axis=1)
        apart = w.article_of[self.rows] != w.article_of[row]
        return bool(np.any(apart & ((cosines + wording) / 2 >= SCORE) & (shared >= SHARED)))
