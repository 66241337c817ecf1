"""`row_ties`' rules read at the same bytes with less work (speed44, raw Multi-News validation,
0-based lines of the file): `takes_back_before` reads its mask's rows past each article's
first by a mask, not `np.setdiff1d`; `refers_to_before` scans a text for " there" once for a
deed done there and a thing there; a paper's rows are shut only when a study is reported."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.contrasts import _takes_back, takes_back_before
from chorus.summarize.features import ClusterView, cluster_view
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.ties import row_ties
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentences


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _view(cluster: dict) -> ClusterView:
    # the articles with a sentence, as `summarize` reads them
    per_article = [
        group for article in as_articles(cluster["documents"]) if (group := split(clean(article)))
    ]
    rows = sum(len(group) for group in per_article)
    return cluster_view(per_article, np.zeros((rows, 4), dtype=np.float32))


def test_takes_back_before_reads_each_row_of_its_mask_past_its_articles_first(clusters):
    """Every row of the mask but an article's first is read against the row before, as
    `taken_back` reads the pair; a first row never is, even where its pair would be."""
    marked = 0
    for cluster in clusters[:120]:
        view = _view(cluster)
        texts, starts = view.texts, view.article_starts
        every = np.ones(len(texts), dtype=bool)
        answers = takes_back_before(texts, every, starts)
        first = set(starts.tolist())
        expected = [
            row not in first and _takes_back(texts[row - 1], texts[row])
            for row in range(len(texts))
        ]
        assert answers.tolist() == expected
        for row in np.flatnonzero(answers).tolist():
            marked += 1
            # the same row read as an article's first: not marked
            assert not takes_back_before(texts, every, np.append(starts, row))[row]
            # and outside the mask: not marked
            alone = every.copy()
            alone[row] = False
            assert not takes_back_before(texts, alone, starts)[row]
    assert marked >= 2


def test_a_deed_and_a_thing_there_still_read_back(clusters):
    """Raw 33's deed done "there" (`done_there`) and 35's and 57's thing "there"
    (`thing_there`), read after one scan for " there", still wait for the line before."""
    for line, opening in (
        (33, "But 150 million years ago, humongous, long-necked dinosaurs"),
        (35, "Klan leaders earlier this week announced their intention to hold a rally there"),
        (57, "A TV spot promoting the sandwich there is noteworthy"),
    ):
        text = next(t for t in sentences(clusters[line]) if t.startswith(opening))
        assert refers_to_before(text), line
    # a "there" with neither form is not read back by it
    assert not refers_to_before("Officials said there is no threat to the public.")


def test_a_papers_rows_are_shut_beside_its_reports_and_no_others(clusters):
    """Raw 56's Nature abstract (article 0) beside three reports of it: each of its rows is
    shut, and the reports' rows are not all shut."""
    view = _view(clusters[56])
    shut = row_ties(view).shut
    assert shut[view.article_of == 0].all()
    for article in range(1, view.articles):
        assert not shut[view.article_of == article].all()
