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


def article_relevance(view: ClusterView) -> np.ndarray:
    """Per article: cosine of its mean vector to the mean of the *other* articles."""
    means = np.stack(
        [
            _unit(view.vectors[view.article_of == a].mean(axis=0))
            if np.any(view.article_of == a)
            else np.zeros(view.vectors.shape[1], dtype=np.float32)
            for a in range(view.articles)
        ]
    )
    if view.articles == 1:
        return np.ones(1, dtype=np.float32)
    total = means.sum(axis=0)
    return np.array([float(_unit(total - m) @ m) for m in means], dtype=np.float32)


def score(view: ClusterView, options: SummaryOptions) -> np.ndarray:
    """One number per sentence: higher is more worth putting in the summary."""
    if not view.sentences:
        return np.zeros(0, dtype=np.float32)
    relevance = article_relevance(view)
    position = np.arange(len(view.sentences)) - view.article_starts[view.article_of]
    centroid = _unit(view.vectors.mean(axis=0))
    centrality = view.vectors @ centroid
    score = (
        options.position_weight / (1.0 + position) ** options.position_decay
        + options.centrality_weight * centrality
        + options.relevance_weight * relevance[view.article_of]
    )
    if view.articles > 1:
        best = best_match_per_article(view.vectors, view.article_starts)
        best[np.arange(len(best)), view.article_of] = 0.0
        support = (best >= options.support).sum(axis=1) / (view.articles - 1)
        score = score + options.support_weight * support
    unfinished = np.array(
        [not s.text.endswith(_CLOSING_PUNCTUATION) for s in view.sentences], dtype=bool
    )
    score = score - unfinished * options.headline_penalty
    score = np.where(view.words < options.min_words, score - 10.0, score)
    score = np.where(view.words > options.long_words, score - options.long_penalty, score)
    return score.astype(np.float32)
