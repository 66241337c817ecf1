"""Page scores for off-topic detection: how much an article reads as page furniture (an
archive notice, a video player, a list of links) rather than as a news story, on its own.

Two logistic models of Multi-News+ "not relevant", each fitted by
`python bench/offtopic.py --fit` on multinews-plus-train:
- over the article's unit mean word vector (PAGE_DIRECTION, 256 weights and a bias);
- over its words (WORDS_FILE: the 10,000 words most train articles use, each a weight):
  the log of each word's count, the vector of those scaled to unit length. Words are
  lowercased letters, so the score survives the case and spacing of the raw text.
Both read one article alone, so they tell apart the two articles of a two-article
cluster, where every feature comparing an article with the others is the same for both.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

import numpy as np

WORDS_FILE = "page_words.npz"
"""In chorus/data: `words` (str), `weights` (float32) and `bias` of the word page model."""

_PAGE_TEXT = """
-0.644 0.501 -1.27 -0.218 0.173 -1.41 0.875 -1.91 -0.66 -1.42 -0.207 -0.114 -0.215 0.724
0.588 -0.443 0.486 -0.805 -0.744 0.865 -2.25 -0.362 0.406 -0.17 -0.716 -0.254 -0.322
-0.554 0.878 0.0776 0.401 2.47 -0.799 -0.396 -0.366 0.599 -0.978 1.66 1.88 -2.49 1.93
1.91 -0.854 -1.04 -0.0247 0.886 2.39 -0.101 -0.522 0.793 0.425 0.0869 0.803 1.88 0.341
1.37 0.54 0.531 0.341 1.13 -0.647 1 0.523 -0.277 0.556 0.582 -0.575 0.211 -0.123 -0.237
-0.556 -0.173 -0.199 0.502 0.483 -0.389 -2.43 -1.5 -0.416 -0.524 -0.305 -1.96 -0.0244
1.5 -0.139 -1.96 0.238 -0.952 -0.42 -1.16 0.899 1.61 -0.711 -0.463 0.963 -1.05 -0.175
1.02 0.518 -0.346 -0.114 -0.76 0.103 -0.0541 -0.0267 0.507 -0.00127 0.662 0.966 -0.67
0.45 -2.03 1.32 -1.48 0.0426 -1.1 2.02 0.725 -1.17 0.366 -1.24 -0.762 -0.0874 0.93
-0.426 0.456 -0.0265 0.292 -2.23 0.521 -0.945 0.0606 -0.104 -0.225 -0.2 -0.0316 -2.03
2.77 0.592 0.809 -1.49 -0.0476 -1.15 1.15 1 0.372 0.72 1.64 -0.122 -0.331 -0.0376 1.64
-0.284 1.16 -1.09 -1.1 1.42 0.267 -0.639 -1.98 -2.19 0.246 1.89 1.94 -0.896 0.506 0.0692
-0.235 -0.0241 0.0974 -1.95 0.689 -0.641 -1.28 -0.474 -2.36 1.08 1.71 -0.779 0.898
-0.922 0.724 1.76 -0.936 -0.144 0.72 0.777 -0.48 0.335 -0.477 -0.558 -1.18 0.143 0.627
0.553 0.908 -0.236 -0.414 0.653 -0.255 -0.496 0.172 -0.67 -0.639 0.743 0.823 1.28 1.37
-0.22 -0.0868 -0.0895 -1.1 1.49 0.27 -0.487 -1.14 -0.482 1.39 -0.791 0.162 -0.393 -0.131
0.0666 0.128 1.21 -1.84 -1.35 -0.474 -1.43 -0.738 0.538 0.738 -0.145 0.119 -0.277 0.0989
-0.585 -0.0479 0.501 -1.23 0.0311 0.0574 0.832 1.31 -1.78 0.352 -2.3 1.95 0.506 -1.36
-0.246 -0.752 1.9 1.22 -0.946 -0.0985 -0.261
"""
PAGE_DIRECTION = np.array(_PAGE_TEXT.split(), dtype=np.float32)
"""Weights over the 256 dimensions of an article's unit mean word vector, then a bias:
the page score, a logistic model of Multi-News+ "not relevant" on the vector alone
(fitted by bench/offtopic.py --fit)."""


def page_features(means: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The page-score columns of CLUSTER_FEATURES, from each article's unit mean word
    vector and its page score."""
    count = len(scores)
    columns = np.zeros((count, 4))
    columns[:, 0] = scores
    if count < 2:
        return columns
    news = 1.0 / (1.0 + np.exp(scores))
    columns[:, 1] = scores - others_max(scores)
    columns[:, 2] = (scores.sum() - scores) / (count - 1)
    centres = (news @ means)[None, :] - news[:, None] * means
    norms = np.linalg.norm(centres, axis=1)
    dots = np.einsum("ij,ij->i", means, centres)
    columns[:, 3] = np.divide(dots, norms, out=np.zeros(count), where=norms > 0)
    return columns


def word_features(scores: np.ndarray) -> np.ndarray:
    """The word page-score columns: the score, minus the others' highest, the others' mean."""
    count = len(scores)
    columns = np.zeros((count, 3))
    columns[:, 0] = scores
    if count > 1:
        columns[:, 1] = scores - others_max(scores)
        columns[:, 2] = (scores.sum() - scores) / (count - 1)
    return columns


def others_max(values: np.ndarray) -> np.ndarray:
    """For each row (article) of `values` (2+ rows), the highest value of the other rows,
    column by column: the highest, or the second highest where the row holds the highest
    (equal to it when two rows share the highest)."""
    ranked = np.sort(values, axis=0)
    return np.where(values == ranked[-1], ranked[-2], ranked[-1])


@cache
def _word_model() -> tuple[dict[str, float], float]:
    resource = resources.files("chorus") / "data" / WORDS_FILE
    with resources.as_file(resource) as path, np.load(path, allow_pickle=False) as arrays:
        weights = dict(zip(arrays["words"].tolist(), arrays["weights"].tolist(), strict=True))
        return weights, float(arrays["bias"])


def word_score(words: Sequence[str]) -> float:
    """The word page score of an article, from its lowercased words (relevance._WORD)."""
    return scored_words(Counter(words))[0]


def scored_words(counts: Mapping[str, int]) -> tuple[float, list[str]]:
    """The word page score from the counts of the article's words (a Counter, in order of
    first use), and the words the model does not know: names, places, rare terms (the
    words most train articles use are known), read by relevance.py in the same loop."""
    weights, bias = _word_model()
    total = norm = 0.0
    unknown = []
    for word, count in counts.items():
        weight = weights.get(word)
        if weight is None:
            unknown.append(word)
        else:
            value = math.log1p(count)
            total += weight * value
            norm += value * value
    return (bias + total / math.sqrt(norm) if norm else bias), unknown
