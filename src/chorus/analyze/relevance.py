"""Off-topic articles: which articles of a cluster are about another event, or are not a
story at all.

A logistic model over how each article relates to the others: the cosine of its mean
word vector to theirs, TF-IDF cosines of whole articles, how many of its sentences have
a close match elsewhere (similarity.py), whether it opens on the story (its first
sentences' matches, where its first matched sentence is, its first sentence's cosine to
the others), how many of its rare words (names, places) the others use, its length, and
each of these minus the best value among the other articles (an outlier is what is
off-topic). In Multi-News+ about
half the articles flagged "not relevant" are not news but page furniture kept by the
crawl (web archive notices, "Tweet with a location", JavaScript and cookie notices,
weather widgets), so the model also reads how much of an article cleaning removed, how
much of it is web-page vocabulary and how much addresses the reader ("you", "your"),
and two page scores (relevance_page.py): logistic models of "not relevant" over the
article alone, its mean word vector and its words. They tell apart the two articles of a
two-article cluster, where every comparison with the others is the same for both. Since
a cluster's furniture is itself an outlier, the model also reads the cosine to the
others weighted by how much each reads as news. The weights were fitted by
`python bench/offtopic.py --fit` on multinews-plus-train (44,972 clusters; text there is
lowercased and tokenised, so no feature relies on case) and are measured on
multinews-plus-validation (BENCHMARKS.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

import numpy as np

from chorus.analyze.model import Relevance
from chorus.analyze.relevance_cast import (
    MAX_CAST_ARTICLES,
    named_story,
    other_cast,
    stands_out,
)
from chorus.analyze.relevance_page import (
    PAGE_DIRECTION,
    others_max,
    page_features,
    scored_words,
    unlike_reason,
    without_story,
    word_features,
)
from chorus.analyze.relevance_text import (
    lowered_words,
    removed_share,
    sentence_words,
    shares_figure,
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
from chorus.model import Article, Document

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
_MODEL_TEXT = """
0.505006 0.122682 0.154162 0.256122 0.279494 0.487525 1.74814 4.81857 0.0214025
0.0145234 0.00561017 0.301801 0.420107 0.27402 0.392011 0.914232 -0.0623209 -0.0158539
-0.0288289 -0.0437369 -0.112434 -0.132683 -0.183988 -0.171097 -0.0271419 -0.0154468
-0.00633106 -0.0578401 -0.151357 -0.0471109 -0.077205 -0.175557 1.08879 0.392859
0.301677 0.478795 -1.84026 -0.547857 -1.84026 0.512414 -1.89831 -0.637628 -1.89831

0.230464 0.0884137 0.105583 0.125701 0.29113 0.340987 0.538538 0.927599 0.13782
0.0430227 0.0190068 0.17103 0.451037 0.138794 0.22086 0.74384 0.139391 0.0361494
0.0720018 0.11045 0.299414 0.333925 0.677041 1.12988 0.245769 0.0727247 0.0327439
0.154287 0.462955 0.121646 0.206343 0.41353 0.385099 0.419917 0.387488 0.102834 1.27788
1.77001 1.05071 0.231981 1.51924 2.19699 1.24175

0.855585 -0.786942 0.0136253 0.950613 0.0264349 -0.227972 0.0264141 0.370375 0.107919
0.0186344 -0.0186194 -0.176476 0.0642458 -0.525672 -0.105997 -0.244992 0.0621064
-0.109254 0.0416608 -0.13724 -0.0753495 -0.0204865 0.0821823 -0.45964 0.00265935
-0.0678128 -0.0211341 0.0631203 0.153966 0.128278 -0.0647405 -0.0881076 -0.233609
0.0947741 0.268061 0.0367898 0.14611 -0.0448465 -0.146104 -1.32092 0.678226 0.238718
-0.230364
"""
_MEANS, _SCALES, _WEIGHTS = (
    np.array(block.split(), dtype=np.float64) for block in _MODEL_TEXT.strip().split("\n\n")
)
"""Fitted by bench/offtopic.py --fit: the means and scales that standardise the rows, then
the logistic weights, each over FEATURES, FEATURES minus the others' best, CLUSTER_FEATURES.
The fit counted pictures' captions in the removed share; they were left out after it, with
these weights (decisions.md, tenth pass: a refit gained nothing and moved raw flags)."""
BIAS = -2.30854
OFF_TOPIC_PROBABILITY = 0.31
"""Probability above which an article is flagged: where the smaller of precision and recall
is highest on the train split."""
LEAD_SENTENCES = 3
"""The first sentences of an article, whose matches elsewhere say whether it opens on the story."""
REPEATED_SHARE = 0.5
"""An article of two sentences or more, nearly every one of which has a match in another
article (REPEATED_MATCHED at SUPPORT_LEVELS[1]) and at least this share a close one
(SUPPORT_LEVELS[0]), repeats the story whatever the model says: on raw text the model
flags short excerpts of on-story reports (a two-sentence teaser, one paragraph). The share
alone also spared furniture with a line like the story's (Multi-News+ validation: 49 flags
lifted, 18 "not relevant"; with every sentence matched 13 and 2; train 389/169 and 83/33)."""
REPEATED_MATCHED = 0.85
"""Every sentence but one in seven: a longer report of the story opens or closes on a line
of its own (raw 144 #0, Obama's answer, 9 of 10; 249 #0, his KSDK interview, 8 of 9).
From 1.0 down to 0.85 no flag moves on Multi-News+ validation or train's first 8,000
clusters, whose articles are cut short; 0.75 lifts 2 and 6 there, 2 and 2 "not relevant"."""
SHORT_WORDS = 80
SHORT_LEAD_MATCH = 0.35
"""A page of SHORT_WORDS words or fewer whose first sentences match the story's (mean best
match at least SHORT_LEAD_MATCH) and that gives an amount another article gives
(relevance_text.figures) is the story's, whatever the model says: raw 5 #1, a list's own
37-word slide for Tina Fey ("$13 million", as the list says). Without the amount half
such flagged pages are "not relevant" in Multi-News+; at a mean of 0.30 an "&#124;" page
joins (journal, "Off-topic articles, fourteenth pass (stop 36)")."""


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


def probabilities(rows: np.ndarray) -> np.ndarray:
    """The model's probability that each article is off-topic."""
    z = ((rows - _MEANS) / _SCALES) @ _WEIGHTS + BIAS
    return 1.0 / (1.0 + np.exp(-z))


_CLOSE, _MATCHED = (FEATURES.index(f"share of sentences matched at {v}") for v in SUPPORT_LEVELS)
_SENTENCES = FEATURES.index("log sentences")
_WORDS = FEATURES.index("log words")
_LEAD = FEATURES.index("mean best match elsewhere of its first three sentences")
_PAGE_SCORE = 2 * len(FEATURES) + CLUSTER_FEATURES.index("page score")


def repeats_story(rows: np.ndarray) -> np.ndarray:
    """Whether each article repeats the other articles' sentences (REPEATED_SHARE)."""
    several = rows[:, _SENTENCES] >= np.log1p(2)
    matched = rows[:, _MATCHED] >= REPEATED_MATCHED
    return several & matched & (rows[:, _CLOSE] >= REPEATED_SHARE)


def short_on_story(rows: np.ndarray, figure_shared: np.ndarray) -> np.ndarray:
    """Whether each article is a short page on the story that gives the story's figures
    (SHORT_WORDS); `figure_shared` says which articles give a figure another gives."""
    short = (rows[:, _SENTENCES] > 0) & (rows[:, _WORDS] <= np.log1p(SHORT_WORDS))
    return short & (rows[:, _LEAD] >= SHORT_LEAD_MATCH) & figure_shared


def model_flags(
    rows: np.ndarray, probability: np.ndarray, figure_shared: np.ndarray | None = None
) -> np.ndarray:
    """The model's verdicts on feature rows and their probabilities: off-topic at
    OFF_TOPIC_PROBABILITY, but not an article that repeats the story's sentences, nor a
    short page giving the story's figures when `figure_shared` is known (shares_figure)."""
    kept = repeats_story(rows)
    if figure_shared is not None:
        kept |= short_on_story(rows, figure_shared)
    return (probability >= OFF_TOPIC_PROBABILITY) & ~kept


def _story_kept(
    articles: Sequence[Article],
    present: set[str],
    flagged: np.ndarray,
    cast: Mapping[str, frozenset[str]],
) -> str | None:
    """The article named_story keeps when the model flags every article with story text."""
    told = [n for n, article in enumerate(articles) if article.id in present]
    if not all(flagged[n] for n in told):
        return None
    return named_story([articles[n].id for n in told], cast)


def only_article(articles: Sequence[Article]) -> tuple[Relevance, ...]:
    """The relevance of a cluster's single article: on-topic by definition, with nothing
    to compare it with (no similarity needed)."""
    return tuple(Relevance(a.id, 1.0, False, "the only article") for a in articles)


def relevance(
    documents: Sequence[Document],
    similarity: Similarity,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Relevance, ...]:
    """Each article's relevance to the story; a single article is on-topic by definition.
    `cast` gives the people each article names (by article id), when they are known."""
    articles = [d.article for d in documents]
    if len(articles) < 2:
        return only_article(articles)
    present = {s.article.id for s in similarity.sentences}
    rows = features(documents, similarity)
    p = probabilities(rows)
    flagged = model_flags(rows, p, shares_figure([a.text for a in articles]))
    # the cast rule reads an article the model sets apart and that repeats no story text
    apart = stands_out(p) & ~repeats_story(rows)
    strangers = other_cast(cast or {}) if len(articles) <= MAX_CAST_ARTICLES else set()
    kept = _story_kept(articles, present, flagged, cast or {})
    result = []
    for n, (document, probability) in enumerate(zip(documents, p, strict=True)):
        article = document.article
        score = round(1.0 - float(probability), 3)
        if article.id not in present:
            result.append(Relevance(article.id, 0.0, True, without_story(document)))
        elif flagged[n] and article.id != kept:
            reason = unlike_reason(rows[n, _PAGE_SCORE], article.text)
            result.append(Relevance(article.id, score, True, reason))
        elif article.id in strangers and apart[n]:
            names = ", ".join(sorted((cast or {})[article.id]))
            reason = f"names none of the people or sources the other articles name ({names})"
            result.append(Relevance(article.id, score, True, reason))
        else:
            why = ", the one article naming people" if article.id == kept else ""
            reason = f"on the story{why} (p off-topic={probability:.2f})"
            result.append(Relevance(article.id, score, False, reason))
    return tuple(result)
