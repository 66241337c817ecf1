"""Tests that the selection and the shown-line rules, read faster, answer as the readings
they replaced, on real articles (summary speed, twenty-fourth pass)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.features import ClusterView, cluster_view, feature_matrix
from chorus.summarize.people_unmet import _ONE_SPOKEN_OF, _SHE, _THE_ONE
from chorus.summarize.scorers import scores, standardized
from chorus.summarize.select import _best_first, _coverage_gains, _weighed
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[list[list[Sentence]]]:
    """The first 40 raw clusters as each article's sentences."""
    return [
        [
            sentences
            for article in as_articles(c["documents"])
            if (sentences := split(clean(article)))
        ]
        for c in read_clusters(RAW_VALIDATION, 40)
    ]


@pytest.fixture(scope="module")
def views(clusters) -> list[ClusterView]:
    return [
        cluster_view(
            [article for article in cluster if article],
            embed([s.text for article in cluster for s in article]),
        )
        for cluster in clusters[:20]
    ]


@pytest.fixture(scope="module")
def texts(clusters) -> list[str]:
    return [s.text for cluster in clusters for article in cluster for s in article]


def _glued(texts: list[str], edges: list[str]) -> list[str]:
    """Each fifth text with its "the"s and its first word's start written as each edge word,
    glued to the words around it."""
    glued = [text.replace("the", edge) for text in texts[::5] for edge in edges]
    return glued + [edge + text for text in texts[::25] for edge in edges]


def test_he_or_she_is_found_where_the_words_pattern_finds_it(texts) -> None:
    words = re.compile(r"\b(?<! or )(?:(he|him|his|He|His)|she|her|She|Her)\b(?! or )")
    edges = ["he", "He", "his", "His", "him", "Him", "her", "Her", "she", "She", "hers"]
    edges += ["shed", "HE", "_he", "éhe", "1her", "he’s", " or he", "or his", "his or", "h", "s"]
    checked = texts + edges + _glued(texts, edges)
    found = 0
    for text in checked:
        spans = [(m.span(), m.group() in _SHE) for m in _ONE_SPOKEN_OF.finditer(text)]
        wanted = [(m.span(), m.group(1) is None) for m in words.finditer(text)]
        assert spans == wanted, text
        found += bool(spans)
    assert 1000 < found < len(checked) - 1000


def test_the_man_is_found_where_the_words_pattern_finds_it(texts) -> None:
    words = re.compile(_THE_ONE.pattern.replace("the(?<!\\wthe)", "\\bthe", 1))
    edges = ["the man", "the boy", "xthe man", "_the woman", "éthe girl", "1the man", "’the man"]
    edges += ["-the girl", "the\nman", "the man’s", "the girl who", "the", "The man"]
    checked = texts + edges + _glued(texts, edges)
    found = 0
    for text in checked:
        spans = [m.span() for m in _THE_ONE.finditer(text)]
        assert spans == [m.span() for m in words.finditer(text)], text
        found += bool(spans)
    assert 100 < found < len(checked) - 1000


def test_coverage_gains_keep_their_bits_without_the_weightless_terms(views) -> None:
    kept = entries = 0
    for view in views:
        terms = view.terms
        owners = np.repeat(np.arange(len(terms.indptr) - 1), np.diff(terms.indptr))
        weights = np.maximum(terms.articles - 1.0, 0.0)[terms.indices]
        weighed = _weighed(terms)
        kept, entries = kept + len(weighed.indices), entries + len(terms.indices)
        covered = np.zeros(len(terms.articles), dtype=bool)
        for row in range(0, len(view.texts), 3):
            full = np.bincount(
                owners,
                weights=np.where(covered[terms.indices], 0.0, weights),
                minlength=len(view.texts),
            ).astype(np.float64)
            assert _coverage_gains(weighed, covered).tobytes() == full.tobytes()
            covered[terms.of(row)] = True
    # most terms are one article's: weighing nothing, they are left out
    assert 0.2 * entries < kept < 0.6 * entries


def test_the_best_candidate_first_is_the_stable_sorts_order(views) -> None:
    options = SummaryOptions()
    rng = np.random.default_rng(40)
    for view in views:
        key = standardized(scores(feature_matrix(view, options), options, view))
        for places in (0, 1):
            # rounded, many candidates tie; the stable sort keeps them in row order
            rounded = np.round(key, places)
            for size in {1, 2, min(7, len(key)), len(key) // 2 + 1}:
                candidates = np.sort(rng.choice(len(key), size, replace=False))
                wanted = candidates[np.argsort(-rounded[candidates], kind="stable")]
                found = list(_best_first(candidates, rounded[candidates]))
                assert found == [int(row) for row in wanted]
    # a NaN the sort puts last is never read first
    key = np.array([0.5, np.nan, 2.0, 2.0])
    assert list(_best_first(np.arange(4), key)) == [2, 3, 0, 1]
