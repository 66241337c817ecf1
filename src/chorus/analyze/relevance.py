"""Off-topic articles: which articles of a cluster are about another event, or are not a
story at all.

A logistic model over how each article relates to the others: the cosine of its mean
word vector to theirs, TF-IDF cosines of whole articles, how many of its sentences have
a close match elsewhere (similarity.py), its length, and each of these minus the best
value among the other articles (an outlier is what is off-topic). In Multi-News+ about
half the articles flagged "not relevant" are not news but page furniture kept by the
crawl (web archive notices, "Tweet with a location", JavaScript and cookie notices,
weather widgets), so the model also reads how much of an article cleaning removed, how
much of it is web-page vocabulary and how much addresses the reader ("you", "your").
The weights were fitted by `python bench/offtopic.py --fit` on multinews-plus-train
(15,000 clusters; text there is lowercased and tokenised, so no feature relies on case)
and are measured on multinews-plus-validation (BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from chorus.analyze.model import Relevance
from chorus.analyze.similarity import Similarity, tfidf_of_stems
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
    "share of characters removed by cleaning",
    "share of web-page words",
    "share of words addressing the reader",
    "share of stems used by another article",
)
"""Per-article features; the model also sees each minus the best of the other articles,
and the log of the number of articles."""
SUPPORT_LEVELS = (0.34, 0.25)
WEB_PAGE_WORDS = frozenset(
    (
        *("wayback", "crawl", "crawls", "crawled", "archive", "archived", "warc", "webcrawl"),
        *("subdomain", "domain", "urls", "url", "embargo", "alexa", "website", "websites"),
        *("web", "browser", "browsers", "javascript", "cookie", "cookies", "enable", "enabled"),
        *("disabled", "subscription", "subscribe", "subscriber", "newsletter", "inbox"),
        *("login", "password", "click", "clicking", "tweet", "tweets", "embed", "embeds"),
        *("link", "links", "page", "pages", "ad", "ads", "adblock", "advertising", "loading"),
        *("player", "playback", "unsupported", "supported", "app", "download", "settings"),
        *("privacy", "terms", "copyright", "reserved", "error", "sorry", "version", "upgrade"),
        *("device", "applications", "delete", "option", "learn", "email", "share", "comments"),
        *("newsletters", "emails", "alerts", "sign", "signup", "unsubscribe", "reader"),
    )
)
"""Words of the page furniture in Multi-News+ documents flagged not relevant (archive and
crawl notices, social widgets, JavaScript/cookie/subscription notices, video players)."""
READER_WORDS = frozenset(("you", "your", "you're", "yours", "you'll", "you've"))
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Fitted by bench/offtopic.py --fit; standardisation then logistic weights, in the
# order: FEATURES, FEATURES minus the others' best, log articles.
MEANS = (
    0.497433,
    0.119209,
    0.154392,
    0.25717,
    0.281732,
    0.487785,
    1.73031,
    4.78633,
    0.0153389,
    0.01525,
    0.00672142,
    0.305779,
    -0.0697841,
    -0.0177418,
    -0.0330896,
    -0.049293,
    -0.125442,
    -0.147692,
    -0.201329,
    -0.190599,
    -0.0237639,
    -0.0187201,
    -0.00842928,
    -0.0660495,
    1.13081,
)
SCALES = (
    0.231927,
    0.0864197,
    0.10632,
    0.126462,
    0.29396,
    0.344315,
    0.53029,
    0.888943,
    0.117339,
    0.0443435,
    0.0219667,
    0.173215,
    0.146431,
    0.0379739,
    0.0778544,
    0.115472,
    0.306863,
    0.342448,
    0.658286,
    1.05474,
    0.219388,
    0.0764633,
    0.0381772,
    0.162796,
    0.395873,
)
WEIGHTS = (
    -0.575506,
    -0.889168,
    -0.616776,
    0.882894,
    -0.203172,
    -0.388815,
    -0.00525285,
    0.366734,
    -0.0861653,
    0.327763,
    0.0989978,
    0.0822288,
    -0.22476,
    -0.498474,
    0.171776,
    0.03737,
    -0.130105,
    -0.0856322,
    0.174921,
    -0.725088,
    -0.0107002,
    0.306533,
    0.0414253,
    0.147296,
    -0.164685,
)
BIAS = -2.18601
OFF_TOPIC_PROBABILITY = 0.30
"""Probability above which an article is flagged: where the smaller of precision and recall
is highest on the train split."""
MIN_CAST = 2
"""People an article must name before its cast is compared with the others'."""


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _removed_share(document: Document) -> float:
    """Share of the article's non-space characters that cleaning removed."""
    text = document.article.text
    total = _visible(text)
    kept = sum(_visible(text[span.start : span.end]) for span in document.kept)
    return 1.0 - kept / total if total else 0.0


def _visible(text: str) -> int:
    """Characters that are not white space (str.split runs in C)."""
    return sum(map(len, text.split()))


def _word_shares(text: str) -> tuple[float, float]:
    """Shares of an article's words that are web-page vocabulary and that address the reader."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0.0
    web = sum(map(WEB_PAGE_WORDS.__contains__, words))  # map: the loop stays in C
    reader = sum(map(READER_WORDS.__contains__, words))
    return web / len(words), reader / len(words)


def _shared_stems(stem_lists: Sequence[Sequence[str]]) -> list[float]:
    """For each text, the share of its distinct stems that another text uses too."""
    sets = [set(found) for found in stem_lists]
    counts = Counter(stem for found in sets for stem in found)
    return [sum(counts[s] > 1 for s in found) / len(found) if found else 0.0 for found in sets]


def features(documents: Sequence[Document], similarity: Similarity) -> np.ndarray:
    """(articles × 2·len(FEATURES) + 1) feature rows; articles without sentences get zeros
    for the features of their sentences."""
    count = len(documents)
    index = {d.article.id: n for n, d in enumerate(documents)}
    of = np.array([index[s.article.id] for s in similarity.sentences], dtype=np.int64)
    best = similarity.best_elsewhere()
    dims = similarity.vectors.shape[1] if similarity.vectors.ndim == 2 else 0
    means = np.zeros((count, dims), dtype=np.float32)
    article_stems: list[list[str]] = [[] for _ in documents]
    rows = np.zeros((count, len(FEATURES)), dtype=np.float64)
    for n, document in enumerate(documents):
        rows[n, 8] = _removed_share(document)
        rows[n, 9], rows[n, 10] = _word_shares(document.article.text)
        mine = of == n
        if not mine.any():
            continue
        means[n] = _unit(similarity.vectors[mine].mean(axis=0))
        article_stems[n] = [w for i in np.flatnonzero(mine) for w in similarity.stems[i]]
        rows[n, 3] = best[mine].mean()
        rows[n, 4] = (best[mine] >= SUPPORT_LEVELS[0]).mean()
        rows[n, 5] = (best[mine] >= SUPPORT_LEVELS[1]).mean()
        rows[n, 6] = np.log1p(mine.sum())
        rows[n, 7] = np.log1p(
            sum(similarity.sentences[i].word_count() for i in np.flatnonzero(mine))
        )
    rows[:, 11] = _shared_stems(article_stems)
    total = means.sum(axis=0)
    lexical = tfidf_of_stems(article_stems)
    documents_cosine = (lexical @ lexical.T).toarray()
    for n in range(count):
        others = [m for m in range(count) if m != n]
        rows[n, 0] = float(_unit(total - means[n]) @ means[n])
        rows[n, 1] = documents_cosine[n, others].mean() if others else 1.0
        rows[n, 2] = documents_cosine[n, others].max() if others else 1.0
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
    documents: Sequence[Document],
    similarity: Similarity,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Relevance, ...]:
    """Each article's relevance to the story; a single article is on-topic by definition.
    `cast` gives the people each article names (by article id), when they are known."""
    articles = [d.article for d in documents]
    if len(articles) < 2:
        return tuple(Relevance(a.id, 1.0, False, "the only article") for a in articles)
    present = {s.article.id for s in similarity.sentences}
    p = probabilities(features(documents, similarity))
    strangers = other_cast(cast or {})
    result = []
    for article, probability in zip(articles, p, strict=True):
        score = round(1.0 - float(probability), 3)
        if article.id not in present:
            result.append(Relevance(article.id, 0.0, True, "no story text after cleaning"))
        elif probability >= OFF_TOPIC_PROBABILITY:
            reason = (
                "reads as another event than the other articles, or as page furniture "
                f"(p={probability:.2f})"
            )
            result.append(Relevance(article.id, score, True, reason))
        elif article.id in strangers:
            names = ", ".join(sorted((cast or {})[article.id]))
            reason = f"names none of the people the other articles name ({names})"
            result.append(Relevance(article.id, score, True, reason))
        else:
            reason = f"on the story (p off-topic={probability:.2f})"
            result.append(Relevance(article.id, score, False, reason))
    return tuple(result)
