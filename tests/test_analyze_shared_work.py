"""Work the analysis does once and reads twice gives what doing it again would: the
articles' TF-IDF from the columns the sentences' TF-IDF numbered."""

from __future__ import annotations

import importlib
from itertools import pairwise

import numpy as np

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

similarity = importlib.import_module("chorus.analyze.similarity")


def _same_matrix(a, b) -> bool:
    return (
        a.width == b.width
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.columns, b.columns)
        and np.array_equal(a.values, b.values)
    )


def test_articles_tfidf_from_the_sentences_columns_is_their_own(validation_clusters):
    compared = 0
    for cluster in validation_clusters[:40]:
        per_article = [split(clean(a)) for a in as_articles(cluster["documents"])]
        flat = [s for sentences in per_article for s in sentences]
        scored = similarity.similarity(flat, np.zeros((len(flat), 4), dtype=np.float32))
        starts = np.cumsum([0, *map(len, per_article)])
        # the articles last to first, so the columns must be numbered again
        groups = [list(range(a, b)) for a, b in pairwise(starts)][::-1]
        rows = np.array([row for group in groups for row in group], dtype=np.int64)
        stems = [[w for row in group for w in scored.stems[row]] for group in groups]
        expected = similarity.tfidf_of_columns(
            similarity.stem_columns(stems), similarity.stem_counts(stems)
        )
        found = similarity.tfidf_of_columns(
            similarity.renumbered(scored.columns_of(rows)), similarity.stem_counts(stems)
        )
        assert _same_matrix(found, expected)
        subset = scored.subset(rows[::2])
        assert np.array_equal(
            similarity.renumbered(subset.stem_columns), similarity.stem_columns(subset.stems)
        )
        compared += len(per_article) > 1
    assert compared > 30
