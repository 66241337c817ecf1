"""Off-topic articles: which articles of a cluster are about another event.

A logistic model over how each article relates to the others: the cosine of its mean
word vector to theirs, TF-IDF cosines of whole articles, how many of its sentences have
a close match elsewhere (similarity.py), its length, and each of these minus the best
value among the other articles (an outlier is what is off-topic). The weights were fitted
by `python bench/offtopic.py --fit` on multinews-plus-train (15,000 clusters; text there
is lowercased and tokenised, so no feature relies on case) and are measured on
multinews-plus-validation (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from chorus.analyze.model import Relevance
from chorus.analyze.similarity import Similarity, tfidf
from chorus.model import Article

FEATURES = (
    "vector cosine to the others",
    "mean TF-IDF cosine to the others",
    "best TF-IDF cosine to the others",
    "mean best sentence match elsewhere",
    "share of sentences matched at 0.34",
    "share of sentences matched at 0.25",
    "log sentences",
    "log words",
)
"""Per-article features; the model also sees each minus the best of the other articles,
and the log of the number of articles."""
SUPPORT_LEVELS = (0.34, 0.25)

# Fitted by bench/offtopic.py --fit; standardisation then logistic weights, in the
# order: FEATURES, FEATURES minus the others' best, log articles.
MEANS = (
    0.469254,
    0.110692,
    0.14583,
    0.243081,
    0.262006,
    0.458038,
    1.67118,
    4.63526,
    -0.0757407,
    -0.0178283,
    -0.0339897,
    -0.0518407,
    -0.122912,
    -0.150861,
    -0.226577,
    -0.279149,
    1.13113,
)
SCALES = (
    0.247677,
    0.0873599,
    0.10825,
    0.133946,
    0.291606,
    0.351431,
    0.60149,
    1.20382,
    0.158027,
    0.0379454,
    0.0787468,
    0.118739,
    0.303253,
    0.34551,
    0.750725,
    1.45397,
    0.39584,
)
WEIGHTS = (
    -1.12597,
    -0.349971,
    -1.18855,
    1.38088,
    -0.184052,
    -0.424171,
    0.0997365,
    1.11698,
    -0.070942,
    -0.555712,
    0.288157,
    0.0851475,
    -0.159078,
    -0.152595,
    -0.0204159,
    -1.15921,
    0.0240009,
)
BIAS = -2.20931
OFF_TOPIC_PROBABILITY = 0.38
"""Probability above which an article is flagged: the best F1 on the train split."""
MIN_CAST = 2
"""People an article must name before its cast is compared with the others'."""


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def features(articles: Sequence[Article], similarity: Similarity) -> np.ndarray:
    """(articles × 2·len(FEATURES) + 1) feature rows; articles without sentences get zeros."""
    count = len(articles)
    index = {a.id: n for n, a in enumerate(articles)}
    of = np.array([index[s.article.id] for s in similarity.sentences], dtype=np.int64)
    best = similarity.best_elsewhere()
    dims = similarity.vectors.shape[1] if similarity.vectors.ndim == 2 else 0
    means = np.zeros((count, dims), dtype=np.float32)
    texts = ["" for _ in articles]
    rows = np.zeros((count, len(FEATURES)), dtype=np.float64)
    for n in range(count):
        mine = of == n
        if not mine.any():
            continue
        means[n] = _unit(similarity.vectors[mine].mean(axis=0))
        texts[n] = " ".join(s.text for s, m in zip(similarity.sentences, mine, strict=True) if m)
        rows[n, 3] = best[mine].mean()
        rows[n, 4] = (best[mine] >= SUPPORT_LEVELS[0]).mean()
        rows[n, 5] = (best[mine] >= SUPPORT_LEVELS[1]).mean()
        rows[n, 6] = np.log1p(mine.sum())
        rows[n, 7] = np.log1p(
            sum(similarity.sentences[i].word_count() for i in np.flatnonzero(mine))
        )
    total = means.sum(axis=0)
    lexical = tfidf(texts)
    documents = (lexical @ lexical.T).toarray()
    for n in range(count):
        others = [m for m in range(count) if m != n]
        rows[n, 0] = float(_unit(total - means[n]) @ means[n])
        rows[n, 1] = documents[n, others].mean() if others else 1.0
        rows[n, 2] = documents[n, others].max() if others else 1.0
    versus = np.zeros_like(rows)
    for n in range(count):
        others = np.delete(rows, n, axis=0)
        versus[n] = rows[n] - (others.max(axis=0) if len(others) else rows[n])
    size = np.full((count, 1), np.log(count))
    return np.hstack([rows, versus, size])


def probabilities(rows: np.ndarray) -> np.ndarray:
    """The model's probability that each article is off-topic."""
    z = ((rows - np.asarray(MEANS)) / np.asarray(SCALES)) @ np.asarray(WEIGHTS) + BIAS
    return 1.0 / (1.0 + np.exp(-z))


def other_cast(cast: Mapping[str, frozenset[str]]) -> set[str]:
    """Articles naming MIN_CAST+ people, none of whom any other article names, in a
    cluster where the other articles do share people: news of one event has one cast.
    (Seed 002, April 2017: Ayrault, Zakharova, Kim Won-soo; seeds 000 and 001 share
    Macron, Putin and Assad.) Needs names in their case, so the benchmark on lowercased
    Multi-News+ text does not exercise it."""
    found = set()
    for article, people in cast.items():
        others = {a: p for a, p in cast.items() if a != article}
        shared_elsewhere = any(p & q for a, p in others.items() for b, q in others.items() if a < b)
        alone = not any(people & p for p in others.values())
        if len(people) >= MIN_CAST and alone and shared_elsewhere:
            found.add(article)
    return found


def relevance(
    articles: Sequence[Article],
    similarity: Similarity,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Relevance, ...]:
    """Each article's relevance to the story; a single article is on-topic by definition.
    `cast` gives the people each article names (by article id), when they are known."""
    if len(articles) < 2:
        return tuple(Relevance(a.id, 1.0, False, "the only article") for a in articles)
    present = {s.article.id for s in similarity.sentences}
    p = probabilities(features(articles, similarity))
    strangers = other_cast(cast or {})
    result = []
    for article, probability in zip(articles, p, strict=True):
        score = round(1.0 - float(probability), 3)
        if article.id not in present:
            result.append(Relevance(article.id, 0.0, True, "no story text after cleaning"))
        elif probability >= OFF_TOPIC_PROBABILITY:
            reason = f"reads as another event than the other articles (p={probability:.2f})"
            result.append(Relevance(article.id, score, True, reason))
        elif article.id in strangers:
            names = ", ".join(sorted((cast or {})[article.id]))
            reason = f"names none of the people the other articles name ({names})"
            result.append(Relevance(article.id, score, True, reason))
        else:
            reason = f"on the story (p off-topic={probability:.2f})"
            result.append(Relevance(article.id, score, False, reason))
    return tuple(result)
