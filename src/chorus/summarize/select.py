"""Selection under a word budget: best-scoring first, skipping repeats and overflows."""

from __future__ import annotations

import numpy as np

from chorus.settings import SummaryOptions

_ENOUGH = 4
"""Stop once fewer words than this remain: no real sentence fits in them."""


def select(
    scores: np.ndarray, vectors: np.ndarray, words: np.ndarray, options: SummaryOptions
) -> list[int]:
    """Rows chosen greedily by score. A row is passed over when it would exceed the
    budget, when its cosine to an already chosen row reaches `options.redundancy`, or
    when it is shorter than `options.min_words` (unless no row is that long)."""
    eligible = words >= options.min_words
    if not eligible.any():
        eligible = words > 0
    chosen: list[int] = []
    used = 0
    for row in np.argsort(-scores, kind="stable"):
        row = int(row)
        if not eligible[row] or used + words[row] > options.words:
            continue
        if chosen and float(np.max(vectors[chosen] @ vectors[row])) >= options.redundancy:
            continue
        chosen.append(row)
        used += int(words[row])
        if options.words - used < _ENOUGH:
            break
    return chosen
