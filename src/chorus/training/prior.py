"""The word prior: how often a word in a cluster's articles is in its reference too."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from chorus.errors import ChorusError
from chorus.summarize.lexical import marked_tokens
from chorus.summarize.scorers import WordPrior
from chorus.training.examples import read_clusters

SMOOTHING = 10.0
"""Clusters' worth of the overall share added to each word's counts, so a word seen in
few clusters is pulled toward it."""
MIN_CLUSTERS = 20
"""Words in fewer clusters' articles are left out (they get the overall share): 24,000
words of the 168,000 in Multi-News+ train, and the same summaries on raw validation."""


def _words(texts: list[str]) -> set[bytes]:
    """The distinct words of some texts, as `WordPrior` looks them up."""
    (between,) = marked_tokens(["", ""])
    return set(marked_tokens(texts)) - {between}


def word_prior(path: Path, limit: int | None) -> WordPrior:
    """The prior of every word used in at least MIN_CLUSTERS clusters' articles."""
    in_articles: Counter[bytes] = Counter()
    in_both: Counter[bytes] = Counter()
    for documents, reference in read_clusters(path, limit):
        used = _words(documents)
        in_articles.update(used)
        in_both.update(used & _words([reference]))
    if not in_articles:
        raise ChorusError(f"{path}: no clusters to learn the word prior from")
    overall = sum(in_both.values()) / sum(in_articles.values())
    words = sorted(w for w, count in in_articles.items() if count >= MIN_CLUSTERS)
    values = [(in_both[w] + SMOOTHING * overall) / (in_articles[w] + SMOOTHING) for w in words]
    return WordPrior(
        words=tuple(w.decode() for w in words),
        values=np.array(values, dtype=np.float32),
        default=overall,
    )
