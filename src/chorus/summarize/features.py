"""Sentence features for scoring, computed for a whole cluster at once with numpy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from chorus.facts import best_match_per_article
from chorus.model import Sentence
from chorus.settings import SummaryOptions

_CLOSING_PUNCTUATION = tuple(".!?\"”’')")


@dataclass(frozen=True, slots=True)
class ClusterView:
    """The sentences of a cluster, flattened in article order, with their vectors."""

    sentences: tuple[Sentence, ...]
    vectors: np.ndarray
    article_of: np.ndarray
    article_starts: np.ndarray
    words: np.ndarray

    @property
    def articles(self) -> int:
        return len(self.article_starts)


def cluster_view(per_article: Sequence[Sequence[Sentence]], vectors: np.ndarray) -> ClusterView:
    counts = np.array([len(s) for s in per_article], dtype=np.int64)
    sentences = tuple(s for group in per_article for s in group)
    return ClusterView(
        sentences=sentences,
        vectors=vectors,
        article_of=np.repeat(np.arange(len(per_article)), counts),
        article_starts=np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64),
        words=np.array([s.word_count() for s in sentences], dtype=np.int64),
    )


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


FEATURES: tuple[str, ...] = (
    "lead_prior",
    "first",
    "position",
    "centrality",
    "article_centrality",
    "lead_similarity",
    "support",
    "best_match",
    "relevance",
    "log_words",
    "long",
    "digits",
    "quote",
    "unfinished",
    "log_articles",
)
"""Columns of `feature_matrix`, in order. Every feature survives lowercasing and the
tokenised spacing of the Multi-News+ training text, so a scorer trained there transfers."""

_POSITION_CAP = 5
_QUOTES = ('"', "“", "”")


def _article_means(view: ClusterView) -> np.ndarray:
    sums = np.add.reduceat(view.vectors, view.article_starts, axis=0)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)


def article_relevance(view: ClusterView) -> np.ndarray:
    """Per article: cosine of its mean vector to the mean of the *other* articles."""
    means = _article_means(view)
    if view.articles == 1:
        return np.ones(1, dtype=np.float32)
    rest = means.sum(axis=0, keepdims=True) - means
    norms = np.linalg.norm(rest, axis=1)
    return np.einsum("ij,ij->i", means, rest) / np.where(norms > 0, norms, 1.0)


def _support(view: ClusterView, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Share of other articles with a sentence ≥ threshold, and the mean best match."""
    if view.articles == 1:
        zeros = np.zeros(len(view.sentences), dtype=np.float32)
        return zeros, zeros
    best = best_match_per_article(view.vectors, view.article_starts)
    best[np.arange(len(best)), view.article_of] = 0.0
    others = view.articles - 1
    return (best >= threshold).sum(axis=1) / others, best.sum(axis=1) / others


def feature_matrix(view: ClusterView, options: SummaryOptions) -> np.ndarray:
    """(sentences × FEATURES) float32 for one cluster."""
    position = np.arange(len(view.sentences)) - view.article_starts[view.article_of]
    article_means = _article_means(view)
    centroid = _unit(article_means.mean(axis=0))
    leads = view.vectors[view.article_starts]
    share, best_match = _support(view, options.support)
    texts = [s.text for s in view.sentences]
    columns = {
        "lead_prior": 1.0 / (1.0 + position) ** options.position_decay,
        "first": position == 0,
        "position": np.minimum(position, _POSITION_CAP) / _POSITION_CAP,
        "centrality": view.vectors @ centroid,
        "article_centrality": np.einsum("ij,ij->i", view.vectors, article_means[view.article_of]),
        "lead_similarity": np.einsum("ij,ij->i", view.vectors, leads[view.article_of]),
        "support": share,
        "best_match": best_match,
        "relevance": article_relevance(view)[view.article_of],
        "log_words": np.log1p(view.words),
        "long": view.words > options.long_words,
        "digits": [any(c.isdigit() for c in t) for t in texts],
        "quote": [any(q in t for q in _QUOTES) for t in texts],
        "unfinished": [not t.endswith(_CLOSING_PUNCTUATION) for t in texts],
        "log_articles": np.full(len(texts), np.log(view.articles)),
    }
    return np.column_stack([np.asarray(columns[name], dtype=np.float32) for name in FEATURES])
