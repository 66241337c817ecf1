"""How alike two sentences of different articles are: one score for every section.

Averaged word vectors (chorus.represent) see topic but miss the words that carry a fact:
two sentences about Syria score 0.5 whatever they say. So the score is the mean of that
cosine and a TF-IDF cosine over word stems, with document frequencies taken from the
cluster's own sentences, where a word shared by two sentences only ("regretted" /
"regrets") counts for much more than "Syria". On the seeds, the Macron–Putin call told
by two outlets scores 0.52, paraphrases of one clause in long sentences ~0.33, and
unrelated sentences of the same story below 0.25.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, count, filterfalse
from operator import itemgetter

import numpy as np
from scipy.sparse import _sparsetools as sparse

from chorus.dangling import refers_back
from chorus.language.words import WORD_CHARACTERS, ascii_words
from chorus.model import Sentence

STEM_LENGTH = 5
"""Words are cut to their first five letters: regretted/regrets, Russia/Russian."""
MAX_SENTENCES = 4_000
"""Above this the sentence × sentence matrix (~64 MB) is not built: cross-source
sections are left empty, with that reason, rather than slowing a briefing down."""
STOP_WORDS = frozenset(
    (
        *("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "at"),
        *("from", "that", "this", "was", "were", "is", "are", "be", "been", "has", "have"),
        *("had", "he", "she", "it", "his", "her", "its", "their", "they", "them", "as", "but"),
        *("not", "which", "who", "would", "could", "will", "said", "says", "told", "i", "we"),
        *("you", "also", "after", "about", "there", "than", "more", "into", "its", "our"),
    )
)
_NOT_COUNTED = STOP_WORDS | frozenset(WORD_CHARACTERS.decode())
"""Stop words and one-character runs: a one-letter word carries no fact."""
_STEM_OF = itemgetter(slice(STEM_LENGTH))
"""A word's stem, cut in C by `map` (a list comprehension's step a word cost more)."""


def stems(text: str) -> list[str]:
    """The stems of the content words of a text."""
    return list(map(_STEM_OF, filterfalse(_NOT_COUNTED.__contains__, ascii_words(text))))


def stem_columns(stem_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """The stems of every text, one text after another, as TF-IDF columns: numbered in
    order of first use, in one C-level `map`."""
    vocabulary = dict(zip(dict.fromkeys(chain.from_iterable(stem_lists)), count()))
    return np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(stem_lists)), np.int64)


def renumbered(columns: np.ndarray) -> np.ndarray:
    """`columns` numbered again in their order of first use: as `stem_columns` numbers the
    same stems in this order."""
    distinct, first = np.unique(columns, return_index=True)
    number = np.zeros(distinct[-1] + 1 if len(distinct) else 0, dtype=np.int64)
    number[distinct[np.argsort(first)]] = np.arange(len(distinct))
    return number[columns]


def stem_counts(stem_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """How many stems each text has."""
    return np.fromiter(map(len, stem_lists), dtype=np.int64, count=len(stem_lists))


@dataclass(frozen=True, slots=True)
class UnitRows:
    """A sparse matrix of unit rows, as scipy's CSR arrays: row r's values are
    `values[indptr[r]:indptr[r + 1]]`, in the ascending `columns` beside them."""

    values: np.ndarray
    columns: np.ndarray
    indptr: np.ndarray
    width: int
    """How many columns there are."""


def tfidf_of_columns(numbered: np.ndarray, per_row: np.ndarray) -> UnitRows:
    """Unit rows of binary TF × smoothed IDF over the stems of each text, IDF from these
    texts alone: the texts' stems as their columns (`stem_columns`), `per_row` of them
    in each text."""
    # Each row's columns ascending, its distinct columns found by sorting (row, column)
    # keys with numpy (a Python step per row was half the cost).
    rows, columns = len(per_row), int(numbered.max(initial=-1)) + 1
    width = max(columns, 1)
    keys = np.repeat(np.arange(rows, dtype=np.int64) * width, per_row) + numbered
    keys.sort()
    first = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    row_of, column_of = np.divmod(keys[first], width)
    lengths = np.bincount(row_of, minlength=rows)
    indptr = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    frequency = np.bincount(column_of, minlength=columns)
    idf = np.log((1 + rows) / (1 + frequency)) + 1.0
    values = idf[column_of].astype(np.float32)
    # Rows scaled to unit length with numpy, with scipy's float32 arithmetic (its row sum
    # is this `reduceat`): each sparse step cost ~0.1 ms.
    filled = np.flatnonzero(lengths)
    squares = np.zeros(rows, dtype=np.float32)
    if len(filled):
        squares[filled] = np.add.reduceat(values * values, indptr[filled])
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    return UnitRows(values * np.repeat(1.0 / norms, lengths), column_of, indptr, columns)


def cosines(unit: UnitRows) -> np.ndarray:
    """`(m @ m.T).toarray()` of the rows as a scipy `csr_matrix` m, bit for bit: scipy's own
    C++ routines (transpose, product, dense copy) without its checks and conversions
    around them, which cost 0.3 ms of 0.45 a cluster. Its product sums each pair's float32
    products one by one, in the order of the first row's columns."""
    rows, nonzero = len(unit.indptr) - 1, len(unit.columns)
    by_column = (
        np.empty(unit.width + 1, dtype=np.int64),
        np.empty(nonzero, dtype=np.int64),
        np.empty(nonzero, dtype=unit.values.dtype),
    )
    sparse.csr_tocsc(rows, unit.width, unit.indptr, unit.columns, unit.values, *by_column)
    own = (unit.indptr, unit.columns)
    size = sparse.csr_matmat_maxnnz(rows, rows, *own, *by_column[:2])
    product = (
        np.empty(rows + 1, dtype=np.int64),
        np.empty(size, dtype=np.int64),
        np.empty(size, dtype=unit.values.dtype),
    )
    sparse.csr_matmat(rows, rows, *own, unit.values, *by_column, *product)
    dense = np.zeros((rows, rows), dtype=unit.values.dtype)
    sparse.csr_todense(rows, rows, *product, dense)
    return dense


@dataclass(frozen=True, slots=True)
class Similarity:
    """Sentences of a cluster (article by article) and their pairwise similarity."""

    sentences: tuple[Sentence, ...]
    article_of: np.ndarray
    """Each sentence's article, named by the row of the article's first sentence."""
    vectors: np.ndarray
    scores: np.ndarray
    stems: tuple[list[str], ...]
    """Each sentence's stems, kept for the article-level features of relevance.py."""
    stem_columns: np.ndarray
    """The stems of every sentence, one sentence after another, as the columns of the
    sentences' TF-IDF (`stem_columns`, numbered in order of first use, in a subset too):
    relevance.py builds the articles' from them."""
    points_back: np.ndarray
    """Whether each sentence points back at the one before it (dangling.py): the agreed
    and unique sections state none of them on its own."""

    def pairs(self, threshold: float) -> list[tuple[int, int, float]]:
        """(i, j, score) with i < j from different articles and score ≥ threshold."""
        # The few pairs at the threshold are filtered, not the n × n matrix: a triangle
        # mask and an article mask of every pair cost more than the search itself. Found
        # in the flat matrix: `nonzero` of two dimensions cost twice as much.
        rows, cols = np.divmod(np.flatnonzero(self.scores >= threshold), len(self.scores))
        upper = rows < cols
        rows, cols = rows[upper], cols[upper]
        apart = self.article_of[rows] != self.article_of[cols]
        rows, cols = rows[apart], cols[apart]
        # `tolist` converts in C: indexing a numpy scalar per pair cost more than the mask.
        values = self.scores[rows, cols].tolist()
        return list(zip(rows.tolist(), cols.tolist(), values, strict=True))

    def subset(self, rows: Sequence[int]) -> Similarity:
        """The same scores restricted to some sentences (in the order given): itself when
        that is every sentence in order (no article is off-topic), as nothing changes it."""
        index = np.asarray(rows, dtype=np.int64)
        if np.array_equal(index, np.arange(len(self.sentences))):
            return self
        # Renumbered: the rows that named the articles are gone or moved in the subset.
        _, first, article = np.unique(
            self.article_of[index], return_index=True, return_inverse=True
        )
        return Similarity(
            tuple(self.sentences[i] for i in index),
            first[article],
            self.vectors[index],
            self.scores[np.ix_(index, index)],
            tuple(self.stems[i] for i in index),
            renumbered(self.columns_of(index)),
            self.points_back[index],
        )

    def columns_of(self, rows: np.ndarray) -> np.ndarray:
        """The stem columns of some sentences, one after another, in the order given."""
        lengths = stem_counts(self.stems)
        taken = lengths[rows]
        starts = np.cumsum(lengths)[rows] - taken
        shift = np.repeat(starts - (np.cumsum(taken) - taken), taken)
        return self.stem_columns[np.arange(len(shift)) + shift]

    def best_elsewhere(self, report_of: np.ndarray | None = None) -> np.ndarray:
        """Each sentence's highest score to a sentence of another article (0 when alone),
        or of another report when `report_of` numbers the rows' reports (copies.py)."""
        home = self.article_of if report_of is None else report_of
        masked = np.where(home[:, None] == home[None, :], 0.0, self.scores)
        return masked.max(axis=1) if len(masked) else np.zeros(0, dtype=np.float32)

    def best_at_home(self) -> np.ndarray:
        """Each sentence's highest score to another sentence of its own article (infinite
        when it is its article's only sentence: there is nothing to compare it with)."""
        others = self.article_of[:, None] == self.article_of[None, :]
        np.fill_diagonal(others, False)
        masked = np.where(others, self.scores, -np.inf)
        best = masked.max(axis=1) if len(masked) else np.zeros(0, dtype=np.float32)
        best[np.isneginf(best)] = np.inf
        return best


def similarity(sentences: Sequence[Sentence], vectors: np.ndarray) -> Similarity:
    """Pairwise scores: the mean of embedding cosine and cluster TF-IDF cosine."""
    ids = {s.article.id: n for n, s in reversed(list(enumerate(sentences)))}
    article_of = np.array([ids[s.article.id] for s in sentences], dtype=np.int64)
    texts = [s.text for s in sentences]  # sliced from the article at each reading
    sentence_stems = tuple(map(stems, texts))
    columns = stem_columns(sentence_stems)
    lexical = tfidf_of_columns(columns, stem_counts(sentence_stems))
    scores = 0.5 * (vectors @ vectors.T) + 0.5 * cosines(lexical)
    return Similarity(
        tuple(sentences),
        article_of,
        vectors,
        scores.astype(np.float32, copy=False),
        sentence_stems,
        columns,
        refers_back(texts),
    )
