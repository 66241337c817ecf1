"""Selection under a word budget: best-scoring first, skipping repeats and overflows."""

from __future__ import annotations

import numpy as np

from chorus.settings import SummaryOptions
from chorus.summarize.lexical import Terms

_ENOUGH = 4
"""Stop once fewer words than this remain: no real sentence fits in them."""


def select(
    scores: np.ndarray,
    vectors: np.ndarray,
    words: np.ndarray,
    options: SummaryOptions,
    terms: Terms | None = None,
) -> list[int]:
    """Rows chosen greedily by score. A row is passed over when it would exceed the
    budget, when it is shorter than `options.min_words` (unless no row is that long),
    when its cosine to an already chosen row reaches `options.redundancy`, or when more
    than `options.overlap` of its content words (`terms`) are in the summary already."""
    eligible = words >= options.min_words
    if not eligible.any():
        eligible = words > 0
    chosen: list[int] = []
    used = 0
    covered = None if terms is None else np.zeros(len(terms.articles), dtype=bool)
    for row in np.argsort(-scores, kind="stable"):
        row = int(row)
        if not eligible[row] or used + words[row] > options.words:
            continue
        if chosen and float(np.max(vectors[chosen] @ vectors[row])) >= options.redundancy:
            continue
        if covered is not None:
            own = terms.of(row)
            if own.size and np.count_nonzero(covered[own]) > options.overlap * own.size:
                continue
            covered[own] = True
        chosen.append(row)
        used += int(words[row])
        if options.words - used < _ENOUGH:
            break
    return chosen
