"""Selection under a word budget: best-scoring first, skipping repeats and overflows."""

from __future__ import annotations

import numpy as np


def select(
    scores: np.ndarray,
    vectors: np.ndarray,
    words: np.ndarray,
    budget: int,
    redundancy: float,
) -> list[int]:
    """Rows chosen greedily by score; a row is passed over when it would exceed the
    budget or when its cosine to an already chosen row reaches `redundancy`."""
    chosen: list[int] = []
    used = 0
    for row in np.argsort(-scores, kind="stable"):
        row = int(row)
        if used + words[row] > budget:
            continue
        if chosen and float(np.max(vectors[chosen] @ vectors[row])) >= redundancy:
            continue
        chosen.append(row)
        used += int(words[row])
        if budget - used < 4:
            break
    return chosen
