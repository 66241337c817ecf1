"""Merging near-duplicates and the cluster view equal their plain readings on real
clusters."""

from __future__ import annotations

import numpy as np
import pytest

from chorus import SummaryOptions
from chorus.clean import clean
from chorus.facts import near_duplicates
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.features import ClusterView, cluster_view


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
