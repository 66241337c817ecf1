"""Off-topic detection against the `relevant` flags of Multi-News+.

    python bench/offtopic.py            # precision/recall of "not relevant" on validation
    python bench/offtopic.py --fit      # refit on train; writes chorus/data/page_words.npz and
                                        # prints the constants to paste into
                                        # chorus/analyze/relevance.py and relevance_page.py

Multi-News+ text is lowercased (first letter kept) and tokenised ("word , word") and
truncated to ~430 words a cluster, so this measures the detector on text poorer than the
raw articles chorus meets; no feature relies on case. Each cluster goes through the same
path as `chorus brief`: clean → split → embed → pairwise similarity → relevance.
"""

from __future__ import annotations

import argparse
import gzip
import json
import signal
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from chorus.analyze.relevance import model_flags, probabilities
from chorus.analyze.relevance_features import article_features
from chorus.analyze.relevance_page import (
    PAGE_DIRECTION,
    WORDS_FILE,
    page_features,
    word_features,
    word_score,
)
from chorus.analyze.relevance_text import (
    opens_on_reference,
    shares_story_fact,
    shares_vote_count,
)
from chorus.analyze.similarity import similarity
from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"
TRAIN = DATA / "multinews-plus-train.jsonl.gz"
TRAIN_CLUSTERS = None
"""All of the train split (44,972 clusters)."""
PAGE_WORDS = 10_000
"""The word page model reads the words the most train articles use."""
WORDS_OUT = Path(__file__).resolve().parents[1] / "src" / "chorus" / "data" / WORDS_FILE
CLUSTER_SECONDS = 10
"""A cluster that takes longer is skipped and counted (a pathological regex in cleaning)."""


class _Timeout(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _Timeout


def clusters(path: Path, limit: int | None = None) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


Cluster = tuple[np.ndarray, np.ndarray, list[str], np.ndarray, np.ndarray, np.ndarray]
"""A cluster's feature rows without the page-score columns, its articles' mean vectors,
their lowercased words (joined by spaces), whether each gives a figure another gives or
opens on the day another names (shares_story_fact), whether each gives a vote's count
another gives (shares_vote_count) and whether each opens on a word that points to what it
has not named (opens_on_reference)."""


def cluster_features(texts: list[str]) -> Cluster | None:
    """The features of a cluster's articles the way brief() sees them, or None if empty.
    Multi-News+ documents are one line each, so a line rule of cleaning ("Image caption",
    "Media playback is unsupported") can remove a whole article; those are scored by the
    model like the others (their sentence features are zeros)."""
    documents = [clean(a) for a in as_articles(texts)]
    sentences = [s for d in documents for s in split(d)]
    if not sentences:
        return None
    rows, means, words = article_features(
        documents, similarity(sentences, embed([s.text for s in sentences]))
    )
    tied = shares_story_fact(documents, sentences)
    texts = [d.article.text for d in documents]
    counted, referring = shares_vote_count(texts), opens_on_reference(texts)
    return rows, means, [" ".join(w) for w in words], tied, counted, referring


def collect(path: Path, limit: int | None) -> tuple[list[Cluster], np.ndarray, int, np.ndarray]:
    """Features of every cluster with 2+ articles, the not-relevant label of each of their
    articles, the number of clusters skipped, and the labels of the articles of clusters
    that cleaning left without a sentence (brief() refuses those: none of their articles
    reaches a briefing, so the evaluation counts them flagged)."""
    signal.signal(signal.SIGALRM, _alarm)
    rows, labels, skipped, emptied = [], [], 0, []
    for cluster in clusters(path, limit):
        if len(cluster["documents"]) < 2:
            continue
        signal.alarm(CLUSTER_SECONDS)
        try:
            found = cluster_features(cluster["documents"])
        except _Timeout:
            found, skipped = None, skipped + 1
        finally:
            signal.alarm(0)
        if found is None:
            emptied.extend(not flag for flag in cluster["relevant"])
            continue
        rows.append(found)
        labels.extend(not flag for flag in cluster["relevant"])
    return rows, np.array(labels, dtype=bool), skipped, np.array(emptied, dtype=bool)


def with_pages(found: list[Cluster], scores: np.ndarray, words: np.ndarray) -> np.ndarray:
    """All feature rows, given every article's vector and word page scores."""
    rows, start = [], 0
    for features, means, *_ in found:
        end = start + len(means)
        pages = page_features(means, scores[start:end])
        rows.append(np.hstack([features, pages, word_features(words[start:end])]))
        start = end
    return np.vstack(rows)


def _halves(found: list[Cluster]) -> np.ndarray:
    return np.concatenate([np.full(len(m), n % 2) for n, (_, m, *_) in enumerate(found)])


def fit_words(found: list[Cluster], labels: np.ndarray) -> np.ndarray:
    """Fit the word page model on every article, write it to WORDS_OUT, and return train
    word page scores cross-fitted over two halves of the clusters."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    texts = [text for _, _, words, *_ in found for text in words]
    vectorizer = CountVectorizer(analyzer=str.split)
    counts = vectorizer.fit_transform(texts)
    vocabulary = vectorizer.get_feature_names_out()
    frequent = np.sort(np.argsort(-(counts > 0).sum(axis=0).A1, kind="stable")[:PAGE_WORDS])
    rows = normalize(counts[:, frequent].astype(np.float64).log1p(), "l2")
    half = _halves(found)
    scores = np.zeros(len(labels))
    for part in (0, 1):
        fitted = LogisticRegression(C=1.0, solver="liblinear")
        fitted.fit(rows[half != part], labels[half != part])
        scores[half == part] = fitted.decision_function(rows[half == part])
    fitted = LogisticRegression(C=1.0, solver="liblinear").fit(rows, labels)
    np.savez_compressed(
        WORDS_OUT,
        words=vocabulary[frequent].astype(str),
        weights=fitted.coef_[0].astype(np.float32),
        bias=np.float32(fitted.intercept_[0]),
    )
    print(f"wrote {WORDS_OUT} ({len(frequent)} words)")
    return scores


def fit_pages(found: list[Cluster], labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """PAGE_DIRECTION (weights, then bias) fitted on every article's mean vector, and
    train page scores cross-fitted over two halves of the clusters, so that the model
    fitted on them does not trust the scores more than it can on unseen articles."""
    from sklearn.linear_model import LogisticRegression

    vectors = np.vstack([means for _, means, *_ in found])
    half = _halves(found)
    scores = np.zeros(len(labels))
    for part in (0, 1):
        fitted = LogisticRegression(C=1.0, max_iter=3000)
        fitted.fit(vectors[half != part], labels[half != part])
        scores[half == part] = fitted.decision_function(vectors[half == part])
    fitted = LogisticRegression(C=1.0, max_iter=3000).fit(vectors, labels)
    return np.append(fitted.coef_[0], fitted.intercept_[0]), scores


def fit(rows: np.ndarray, labels: np.ndarray, direction_text: str) -> None:
    """Fit the logistic model and print the constants for relevance.py. The threshold is
    the one where the smaller of precision and recall is highest on the train split."""
    from sklearn.linear_model import LogisticRegression

    means, scales = rows.mean(axis=0), rows.std(axis=0) + 1e-9
    fitted = LogisticRegression(C=1.0, max_iter=5000).fit((rows - means) / scales, labels)
    probability = fitted.predict_proba((rows - means) / scales)[:, 1]
    thresholds = np.linspace(0.2, 0.8, 61)
    balance = [min(_scores(probability >= t, labels)[:2]) for t in thresholds]
    best = float(thresholds[int(np.argmax(balance))])
    precision, recall, f1 = _scores(probability >= best, labels)
    print(f"train: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")

    blocks = (means, scales, fitted.coef_[0])
    model_text = "\n\n".join(_wrapped(" ".join(f"{v:.6g}" for v in b)) for b in blocks)
    print(f'_PAGE_TEXT = """\n{_wrapped(direction_text)}\n"""')
    print(f'_MODEL_TEXT = """\n{model_text}\n"""')
    print(f"BIAS = {fitted.intercept_[0]:.6g}")
    print(f"OFF_TOPIC_PROBABILITY = {best:.2f}")


def _wrapped(numbers: str) -> str:
    """Numbers in lines that fit the module's line length."""
    return textwrap.fill(numbers, width=88, break_on_hyphens=False)


def _scores(flagged: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    hits = int((flagged & labels).sum())
    precision = hits / max(1, int(flagged.sum()))
    recall = hits / max(1, int(labels.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(path: Path) -> None:
    started = time.perf_counter()
    found, labels, skipped, emptied = collect(path, None)
    vectors = np.vstack([means for _, means, *_ in found])
    words = np.array([word_score(text.split()) for _, _, texts, *_ in found for text in texts])
    rows = with_pages(found, vectors @ PAGE_DIRECTION[:-1] + PAGE_DIRECTION[-1], words)
    tied = np.concatenate([shared for *_, shared, _, _ in found])
    counted = np.concatenate([votes for *_, votes, _ in found])
    referring = np.concatenate([opening for *_, opening in found])
    flagged = model_flags(rows, probabilities(rows), tied, counted, referring)
    flagged = np.concatenate([flagged, np.ones(len(emptied), dtype=bool)])
    labels = np.concatenate([labels, emptied])
    precision, recall, f1 = _scores(flagged, labels)
    seconds = time.perf_counter() - started
    print(
        f"{path.name}: {len(labels)} articles in clusters of 2+, {int(labels.sum())} not relevant"
    )
    print(
        f"skipped clusters (timeout): {skipped}; {len(emptied)} articles of clusters cleaning "
        f"left without a sentence, {int(emptied.sum())} of them not relevant, counted flagged"
    )
    print(f"not relevant: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"flagged {int(flagged.sum())}; {seconds:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="refit the weights on the train split")
    args = parser.parse_args()
    if args.fit:
        found, labels, _, _ = collect(TRAIN, TRAIN_CLUSTERS)
        words = fit_words(found, labels)
        direction, scores = fit_pages(found, labels)
        fit(with_pages(found, scores, words), labels, " ".join(f"{v:.3g}" for v in direction))
    else:
        evaluate(VALIDATION)


if __name__ == "__main__":
    main()
