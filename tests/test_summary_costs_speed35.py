"""Tests that the content-word pairs, numbered by their two words' numbers with one sort
instead of in order of first appearance, give the pair support feature every bit as before,
on real clusters (summary speed, thirty-fifth pass)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize import lexical
from chorus.summarize.lexical import Terms, marked_tokens, other_article_share, token_terms
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences


def _first_seen_ids(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """The pairs' numbering before this pass: keys renumbered in order of first appearance."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.ones(len(keys), dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    distinct = int(starts.sum())
    rank = np.empty(distinct, dtype=np.int64)
    rank[np.argsort(order[starts], kind="stable")] = np.arange(distinct)
    ids = np.empty(len(keys), dtype=np.int64)
    ids[order] = rank[np.cumsum(starts) - 1]
    return ids, distinct


@pytest.fixture(scope="module")
def clusters() -> list[tuple[list[str], np.ndarray]]:
    """The sentences of the first 40 raw clusters, and each one's article."""
    found = []
    for cluster in read_clusters(RAW_VALIDATION, 40):
        pages = [sentences({"documents": [page]}) for page in cluster["documents"]]
        texts = [text for page in pages for text in page]
        found.append((texts, np.repeat(np.arange(len(pages)), [len(p) for p in pages])))
    return found


def _pairs(clusters: list[tuple[list[str], np.ndarray]]) -> list[Terms]:
    return [token_terms(marked_tokens(texts), article_of)[1] for texts, article_of in clusters]


def test_pair_support_is_bitwise_as_before(clusters, monkeypatch) -> None:
    ranked = _pairs(clusters)
    monkeypatch.setattr(lexical, "_ranked_ids", _first_seen_ids)
    first_seen = _pairs(clusters)
    renumbered = 0
    for (texts, article_of), pairs, before in zip(clusters, ranked, first_seen, strict=True):
        articles = int(article_of.max()) + 1
        # the same pairs in each sentence, each in as many articles, under other numbers
        assert np.array_equal(pairs.indptr, before.indptr)
        assert sorted(pairs.articles.tolist()) == sorted(before.articles.tolist())
        renumbered += not np.array_equal(pairs.indices, before.indices)
        share = other_article_share(pairs, articles)
        assert share.tobytes() == other_article_share(before, articles).tobytes()
        # a sentence's pairs listed in increasing number, as every `Terms` lists them
        assert all(np.all(np.diff(pairs.of(s)) > 0) for s in range(len(texts)))
    # the numbering read is another one in nearly every cluster: the check reads something
    assert renumbered >= len(clusters) - 2
