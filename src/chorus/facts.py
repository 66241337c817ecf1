"""Cross-source matching: which sentences of other outlets say the same thing.

This is the seed of the fact layer: a sentence's *support* is the set of other
articles holding a near-duplicate of it, and near-duplicates become one summary
sentence that cites every outlet behind it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_ROW_BLOCK = 1024
"""Rows of the similarity matrix computed at once: bounds memory for 300-article inputs."""


def best_match_per_article(vectors: np.ndarray, article_starts: np.ndarray) -> np.ndarray:
    """(sentences × articles): each sentence's highest cosine to any sentence of each article.

    `vectors` holds unit rows grouped by article; `article_starts` gives the first row of
    each article. A sentence's own article is matched against itself, so callers mask it.
    """
    n = vectors.shape[0]
    best = np.empty((n, len(article_starts)), dtype=np.float32)
    for row in range(0, n, _ROW_BLOCK):
        block = vectors[row : row + _ROW_BLOCK] @ vectors.T
        best[row : row + _ROW_BLOCK] = np.maximum.reduceat(block, article_starts, axis=1)
    return best


def near_duplicates(
    vectors: np.ndarray,
    article_of: np.ndarray,
    article_starts: np.ndarray,
    rows: Sequence[int],
    threshold: float,
) -> list[list[int]]:
    """Per row given: the rows of other articles that repeat it, the closest one per
    article (in article order) if ≥ threshold. One argmax per article for all rows."""
    # One product per row, as for a single row: a matrix product may round differently.
    similarity = np.zeros((len(rows), len(vectors)), dtype=vectors.dtype)
    for i, row in enumerate(rows):
        similarity[i] = vectors @ vectors[row]
    ends = np.append(article_starts[1:], len(vectors))
    best = np.zeros((len(rows), len(article_starts)), dtype=np.int64)
    for article, (start, end) in enumerate(zip(article_starts, ends, strict=True)):
        if start < end:
            best[:, article] = start + np.argmax(similarity[:, start:end], axis=1)
    repeats = np.take_along_axis(similarity, best, axis=1) >= threshold
    repeats &= ends > article_starts
    repeats[np.arange(len(rows)), article_of[list(rows)]] = False
    return [best[i, repeats[i]].tolist() for i in range(len(rows))]
