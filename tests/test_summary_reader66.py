"""The summary a reader sees, summary56, on raw Multi-News validation clusters (0-based lines
of the file; reader 66): a research paper's text gives no summary sentence where more pages
report the study (56's Nature abstract, 93's), and "the amendments" the sentence before
brought in wait for it (72)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.api import as_articles
from chorus.summarize.papers import a_study, reported_studies
from chorus.summarize.presumed import presumes_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentences, summary

AMENDMENTS = "Senators offer the amendments because the votes can demonstrate support"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 243 (Mount St. Helens, the last read here)."""
    return read_clusters(RAW_VALIDATION, 244)


@pytest.mark.parametrize(("line", "study"), [(56, 0), (93, 2), (243, 2)])
def test_a_study_beside_more_reports_of_it_is_read_as_one(clusters, line, study):
    assert reported_studies(as_articles(clusters[line]["documents"])) == [study]


@pytest.mark.parametrize("line", [72, 144, 15])
def test_news_pages_are_no_study(clusters, line):
    assert reported_studies(as_articles(clusters[line]["documents"])) == []


@pytest.mark.parametrize("line", [6, 118])
def test_a_study_beside_as_many_other_pages_is_summarized_as_any(clusters, line):
    # 118's two papers on injuries are the story beside an off-topic page; 6's abstract
    # stands beside one report
    articles = as_articles(clusters[line]["documents"])
    assert any(a_study(article) for article in articles)
    assert reported_studies(articles) == []


def test_the_summary_tells_the_ethanol_news_in_the_outlets_words(clusters):
    shown = summary(clusters[56])
    assert shown[0].startswith("Scientists said on Wednesday they have developed a new way")
    # nothing of Nature's abstract: its formulas written "CO 2", its "selectivity"
    assert not [text for text in shown if "CO 2" in text or "selectivity" in text]
    assert any(text.startswith("But growing crops for biofuel requires") for text in shown)


def test_the_nap_study_is_told_by_its_author_not_its_abstract(clusters):
    shown = summary(clusters[93])
    assert not [text for text in shown if text.startswith("Here we show evidence")]
    assert any("said study author Sabine Seehagen" in text for text in shown)


def test_the_amendments_wait_for_the_sentence_bringing_them_in(clusters):
    texts = sentences(clusters[72])
    marked = presumes_before(texts, article_starts(clusters[72]))
    assert marked[row_of(texts, AMENDMENTS)]
    # "the Republican blueprints": the sentence before speaks of no blueprints
    assert not marked[row_of(texts, "But mostly, the Republican blueprints diverge")]


def test_a_kind_written_bare_brings_nothing_in(clusters):
    # "find search results faster", then "to the right of the results": the page's results
    texts = sentences(clusters[171])
    marked = presumes_before(texts, article_starts(clusters[171]))
    assert not marked[row_of(texts, "When you now search for a popular or well-known person")]


def test_the_briefing_shows_the_amendments_only_after_the_vote_a_rama(clusters):
    shown = [s.text for s in brief(clusters[72]["documents"], words=250).summary]
    assert len(shown) >= 8
    assert not [text for text in shown if text.startswith(AMENDMENTS)]
