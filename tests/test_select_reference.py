"""Selection and merging equal their plain step-by-step readings on real clusters."""

from __future__ import annotations

import numpy as np
import pytest

from chorus import SummaryOptions
from chorus.clean import clean
from chorus.facts import near_duplicates
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.features import ClusterView, cluster_view, feature_matrix
from chorus.summarize.lexical import Terms
from chorus.summarize.scorers import scores, standardized
from chorus.summarize.select import select


def _plain_select(
    scores: np.ndarray, vectors: np.ndarray, words: np.ndarray, options, terms: Terms | None
) -> list[int]:
    """Candidates tried one by one in key order, cosines to the chosen rows recomputed."""
    open_rows = words >= options.min_words
    if not open_rows.any():
        open_rows = words > 0
    base = standardized(np.asarray(scores, dtype=np.float64))
    covered = None if terms is None else np.zeros(len(terms.articles), dtype=bool)
    chosen: list[int] = []
    used = 0
    while True:
        open_rows &= used + words <= options.words
        candidates = np.flatnonzero(open_rows)
        if candidates.size == 0:
            break
        key = base[candidates]
        if covered is not None and options.coverage > 0:
            weights = np.maximum(terms.articles - 1.0, 0.0)
            gains = np.array(
                [weights[terms.of(r)][~covered[terms.of(r)]].sum() for r in candidates]
            )
            gains /= np.maximum(words[candidates], 1)
            if gains.max() > 0:
                key = key + options.coverage * gains / gains.max()
        picked = None
        for row in candidates[np.argsort(-key, kind="stable")]:
            open_rows[row] = False
            if chosen and float(np.max(vectors[chosen] @ vectors[row])) >= options.redundancy:
                continue
            own = terms.of(row) if covered is not None else np.zeros(0)
            if own.size and np.count_nonzero(covered[own]) > options.overlap * own.size:
                continue
            picked = int(row)
            break
        if picked is None:
            break
        chosen.append(picked)
        used += int(words[picked])
        if covered is not None:
            covered[terms.of(picked)] = True
        if options.words - used < 4:
            break
    return chosen


@pytest.fixture(scope="module")
def views(validation_clusters) -> list[ClusterView]:
    result = []
    for cluster in validation_clusters[:25]:
        groups = [
            split(clean(make_article(text, f"a{i}", origin="test")))
            for i, text in enumerate(cluster["documents"])
        ]
        groups = [g for g in groups if g]
        result.append(cluster_view(groups, embed([s.text for g in groups for s in g])))
    return result


OPTIONS = [
    SummaryOptions(),
    SummaryOptions(scorer="heuristic", words=100),
    SummaryOptions(words=400, redundancy=0.8, overlap=0.3),
    SummaryOptions(words=60, coverage=0.0),
]


@pytest.mark.parametrize("options", OPTIONS)
def test_select_equals_the_plain_reading_on_real_clusters(views, options):
    for view in views:
        ranked = scores(feature_matrix(view, options), options)
        for terms in (view.terms, None):
            expected = _plain_select(ranked, view.vectors, view.words, options, terms)
            assert select(ranked, view.vectors, view.words, options, terms=terms) == expected
        shuffled = np.random.default_rng(len(view.sentences)).permutation(ranked)
        expected = _plain_select(shuffled, view.vectors, view.words, options, view.terms)
        assert select(shuffled, view.vectors, view.words, options, terms=view.terms) == expected


def _plain_near_duplicates(view: ClusterView, row: int, threshold: float) -> list[int]:
    """One row at a time, one article at a time."""
    similarity = view.vectors @ view.vectors[row]
    ends = np.append(view.article_starts[1:], len(view.vectors))
    matches = []
    for article, (start, end) in enumerate(zip(view.article_starts, ends, strict=True)):
        if article != view.article_of[row] and start < end:
            best = start + int(np.argmax(similarity[start:end]))
            if similarity[best] >= threshold:
                matches.append(best)
    return matches


@pytest.mark.parametrize("threshold", [0.6, SummaryOptions().merge, 0.95])
def test_near_duplicates_equal_the_plain_reading_on_real_clusters(views, threshold):
    found = 0
    for view in views:
        rows = list(range(0, len(view.sentences), 3))
        merged = near_duplicates(
            view.vectors, view.article_of, view.article_starts, rows, threshold
        )
        expected = [_plain_near_duplicates(view, row, threshold) for row in rows]
        assert merged == expected
        found += sum(map(len, expected))
    assert found > 0
    assert near_duplicates(view.vectors, view.article_of, view.article_starts, [], 0.5) == []


def test_the_view_holds_each_sentences_text_and_word_count(views):
    for view in views:
        assert list(view.texts) == [s.text for s in view.sentences]
        assert view.words.tolist() == [s.word_count() for s in view.sentences]
