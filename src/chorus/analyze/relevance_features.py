"""The off-topic model's feature rows (relevance.py): how each article relates to the
others of its cluster, how much of it reads as a web page, and each of these minus the
best among the other articles, then the cluster's own columns and the two page scores
(relevance_page.py). Every value is computed as the weights were fitted with, bit for bit:
the comments say where a cheaper form keeps the same bits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

import numpy as np

from chorus.analyze.relevance_page import (
    PAGE_DIRECTION,
    others_max,
    page_features,
    scored_words,
    word_features,
)
from chorus.analyze.relevance_text import (
    lowered_words,
    removed_share,
    sentence_words,
    shares_of,
    spacing,
    word_count,
)
from chorus.analyze.similarity import (
    Similarity,
    UnitRows,
    renumbered,
    stem_counts,
    tfidf_of_columns,
)
from chorus.model import Document

FEATURES = (
    "vector cosine to the others",
    "mean TF-IDF cosine to the others",
    "best TF-IDF cosine to the others",
    "mean best sentence match elsewhere",
    "share of sentences matched at 0.34",
    "share of sentences matched at 0.25",
    "log sentences",
    "log words",
    "share of characters removed by cleaning, pictures' captions and credits aside",
    "share of web-page words",
    "share of words addressing the reader",
    "share of stems used by another article",
    "where its first sentence matched at 0.34 is, as a share of its sentences",
    "mean best match elsewhere of its first three sentences",
    "cosine of its first sentence to the others' mean vector",
    "log words outside the word page model's vocabulary another article uses",
)
"""Per-article features; the model also sees each minus the best of the other articles,
then CLUSTER_FEATURES."""
CLUSTER_FEATURES = (
    "log articles",
    "share of the others with a higher vector cosine",
    "share of the others with a higher mean TF-IDF cosine",
    "distinct stems per word",
    "page score",
    "page score minus the others' highest",
    "mean page score of the others",
    "vector cosine to the others weighted by how much they read as news",
    "word page score",
    "word page score minus the others' highest",
    "mean word page score of the others",
)
"""The page score is a logistic score of the article's mean word vector (PAGE_DIRECTION),
the word page score one of its words (relevance_page.WORDS_FILE): high for furniture.
When a cluster's other article is furniture, an outlier is no longer off-topic, so the
cosine to the others is also taken with each weighted by 1 − its page probability."""
SUPPORT_LEVELS = (0.34, 0.25)
LEAD_SENTENCES = 3
"""The first sentences of an article, whose matches elsewhere say whether it opens on the story."""


def _unit(vector: np.ndarray) -> np.ndarray:
    # np.linalg.norm's own steps for a float vector (its dot, the dot's square root)
    norm = float(np.sqrt(vector.dot(vector)))
    return vector / norm if norm > 0 else vector


def _mean(values: np.ndarray) -> np.ndarray:
    """`values.mean(axis=0)` without numpy's Python around its sum (~3 µs a call). `mean`
    divides the same sum in float64 and rounds to float32: the float32 quotient, since a
    quotient rounded to 53 bits (≥ 2·24 + 2) then to 24 is rounded once."""
    return np.add.reduce(values) / len(values)


def _first_match_position(best: np.ndarray) -> float:
    """Where an article's first sentence with a match elsewhere (at SUPPORT_LEVELS[0]) is,
    as a share of its sentences (1 without one): a story on the event opens with it."""
    matched = best >= SUPPORT_LEVELS[0]
    return float(np.argmax(matched)) / len(best) if matched.any() else 1.0


def _shared_unknown_words(unknown: Sequence[Sequence[str]]) -> np.ndarray:
    """Log of how many of each article's distinct words unknown to the word page model
    (relevance_page.scored_words) another article uses: in lowercased train text, this
    stands for the names two articles share."""
    users = Counter(chain.from_iterable(unknown))
    shared = {word for word, articles in users.items() if articles > 1}
    return np.log1p(np.array([len(shared.intersection(words)) for words in unknown], dtype=float))


def _cosines(lexical: UnitRows, users: np.ndarray) -> np.ndarray:
    """similarity.cosines(lexical) off its diagonal, bit for bit, at a third of the cost
    for a few rows: scipy sums each pair's float32 products one by one in column order, as
    `cumsum` does, and only a column two articles use (`users` > 1) gives a product that
    is not 0."""
    count = len(lexical.indptr) - 1
    dense = np.zeros((count, lexical.width), dtype=lexical.values.dtype)
    dense[np.repeat(np.arange(count), np.diff(lexical.indptr)), lexical.columns] = lexical.values
    dense = dense[:, users > 1]
    if not dense.shape[1]:
        return np.zeros((count, count), dtype=lexical.values.dtype)
    return np.cumsum(dense[:, None, :] * dense[None, :, :], axis=2)[:, :, -1]


def features(documents: Sequence[Document], similarity: Similarity) -> np.ndarray:
    """(articles × 2·len(FEATURES) + len(CLUSTER_FEATURES)) feature rows; articles without
    sentences get zeros for the features of their sentences."""
    rows, means, _, words = _article_features(documents, similarity)
    pages = page_features(means, means @ PAGE_DIRECTION[:-1] + PAGE_DIRECTION[-1])
    return np.hstack([rows, pages, word_features(words)])


def article_features(
    documents: Sequence[Document], similarity: Similarity
) -> tuple[np.ndarray, np.ndarray, list[list[str]]]:
    """Every feature but the page-score columns, each article's unit mean word vector
    (zeros without sentences) and its lowercased words: the fit learns the page models
    from those first."""
    return _article_features(documents, similarity)[:3]


def _article_features(
    documents: Sequence[Document], similarity: Similarity
) -> tuple[np.ndarray, np.ndarray, list[list[str]], np.ndarray]:
    """article_features and each article's word page score, read from the counts of its
    lowercased words like the shares, in the loop that finds the words it shares."""
    count = len(documents)
    index = {d.article.id: n for n, d in enumerate(documents)}
    of = np.array([index[s.article.id] for s in similarity.sentences], dtype=np.int64)
    best = similarity.best_elsewhere()
    # Sentences grouped by article (stable, so each article's stay in order): one sort
    # and slices rather than a mask over all sentences per article.
    vectors, ranked, columns = similarity.vectors, best, similarity.stem_columns
    if np.any(of[1:] < of[:-1]):
        # analyze() passes them grouped already, in the documents' order; when they are
        # not, the stems' columns are numbered again as the articles use them.
        order = np.argsort(of, kind="stable")
        vectors, ranked = vectors[order], best[order]
        columns = renumbered(similarity.columns_of(order))
    sizes = np.bincount(of, minlength=count)
    ends = np.cumsum(sizes)
    dims = similarity.vectors.shape[1] if similarity.vectors.ndim == 2 else 0
    means = np.zeros((count, dims), dtype=np.float32)
    word_counts = np.zeros(count)
    rows = np.zeros((count, len(FEATURES)), dtype=np.float64)
    lowered: list[list[str]] = []
    word_scores = np.zeros(count)
    unknown: list[list[str]] = []
    spacings = [spacing(d.article.text) for d in documents]
    for n, document in enumerate(documents):
        word_counts[n] = word_count(spacings[n])
        rows[n, 8] = removed_share(document, spacings[n])
        lowered.append(lowered_words(document.article.text))
        counts = Counter(lowered[n])
        rows[n, 9], rows[n, 10] = shares_of(counts)
        word_scores[n], found = scored_words(counts)
        unknown.append(found)
        if not sizes[n]:
            continue
        start, end = ends[n] - sizes[n], ends[n]
        means[n] = _unit(_mean(vectors[start:end]))
        rows[n, 3] = _mean(ranked[start:end])
        rows[n, 12] = _first_match_position(ranked[start:end])
        rows[n, 13] = _mean(ranked[start : min(end, start + LEAD_SENTENCES)])
    # Shares and counts summed exactly (whole numbers in float64), as the means did.
    for column, level in zip((4, 5), SUPPORT_LEVELS, strict=True):
        matched = np.bincount(of, weights=best >= level, minlength=count)
        rows[:, column] = np.divide(matched, sizes, out=np.zeros(count), where=sizes > 0)
    rows[:, 6] = np.log1p(sizes)
    rows[:, 7] = np.log1p(sentence_words(similarity.sentences, of, spacings))
    # The share of each article's distinct stems another article uses, from the TF-IDF
    # rows (a row per article, a column per stem): its sentences' stems, in order, from
    # the columns the sentences' TF-IDF numbered, in order of first use by the articles.
    per_article = np.bincount(of, weights=stem_counts(similarity.stems), minlength=count)
    lexical = tfidf_of_columns(columns, per_article.astype(np.int64))
    distinct = np.diff(lexical.indptr)
    owners = np.repeat(np.arange(count), distinct)
    users = np.bincount(lexical.columns, minlength=lexical.width)
    shared = np.bincount(owners, weights=users[lexical.columns] > 1, minlength=count)
    rows[:, 11] = np.divide(shared, distinct, out=np.zeros(count), where=distinct > 0)
    total = means.sum(axis=0)
    for n in range(count):
        # The loop the weights were fitted with: in a two-article cluster both cosines are
        # equal but for rounding, which the rank below reads, so a matrix product moves it.
        centre = _unit(total - means[n])
        rows[n, 0] = float(centre @ means[n])
        if sizes[n]:
            rows[n, 14] = float(centre @ vectors[ends[n] - sizes[n]])
    rows[:, 15] = _shared_unknown_words(unknown)
    if count > 1:
        # Each article's cosines to the others, in order (the diagonal left out).
        others = _cosines(lexical, users)[~np.eye(count, dtype=bool)]
        others = others.reshape(count, count - 1)
        rows[:, 1] = others.mean(axis=1)
        rows[:, 2] = others.max(axis=1)
    else:
        rows[:, 1:3] = 1.0
    versus = rows - others_max(rows) if count > 1 else np.zeros_like(rows)
    cluster = np.zeros((count, 4))
    cluster[:, 0] = np.log(count)
    # Rank among the articles, whatever the cluster's overall spread of similarities.
    for column, feature in ((1, 0), (2, 1)):
        higher = rows[None, :, feature] > rows[:, None, feature]
        cluster[:, column] = higher.sum(axis=1) / max(1, count - 1)
    # Lists of headlines, tables and repeated furniture reuse few distinct stems a word.
    cluster[:, 3] = np.divide(distinct, word_counts, out=np.zeros(count), where=word_counts > 0)
    return np.hstack([rows, versus, cluster]), means, lowered, word_scores
