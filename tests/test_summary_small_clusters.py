"""Selection's small gains (summary39), on raw Multi-News validation clusters (0-based
lines of the file): a summary well under its budget is filled with an article's lead the
overlap cut passed over (12's CNN suit, 59's Denver charge), and a cluster of under 400
words tells its sentences of 7 words and more (113's one-year follow-up)."""

from __future__ import annotations

import pytest

from chorus.settings import SummaryOptions
from chorus.summarize.select import SMALL_MIN_WORDS, for_cluster
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _words(cluster: dict) -> int:
    return sum(len(text.split()) for text in sentences(cluster))


def test_a_summary_under_budget_takes_the_lead_it_passed_over(clusters):
    """12 is one 166-word article: its lead, what the suit is, was passed over once the
    sentences below it had told more than half its words, and the summary stopped at 107."""
    texts = summary(clusters[12])
    assert texts[0].startswith("CNN is being sued by two EMTs who say a foreign correspondent")
    assert "Suit against CNN court documents" not in texts  # the page's caption
    assert sum(len(t.split()) for t in texts) <= 250


def test_the_news_lead_fills_a_short_summary(clusters):
    """59's Denver7 story told its charge in its dateline lead, passed over once the
    paragraphs below had told its words; the summary stopped at 213 words."""
    texts = summary(clusters[59])
    assert any(t.startswith("A 33-year-old woman faces sexual assault") for t in texts)
    assert sum(len(t.split()) for t in texts) <= 250


def test_a_small_cluster_tells_its_seven_word_sentences(clusters):
    """113's two study reports hold 345 words: the study's length is a 7-word sentence."""
    assert _words(clusters[113]) < 400
    assert "The patients were followed for one year." in summary(clusters[113])


def test_only_a_small_cluster_lowers_min_words(clusters):
    options = SummaryOptions(words=250)
    assert for_cluster(options, _words(clusters[12])).min_words == SMALL_MIN_WORDS
    # 0's two articles hold 484 words: the cut stays at any budget
    assert for_cluster(options, _words(clusters[0])).min_words == options.min_words
    wide = SummaryOptions(words=1000)
    assert for_cluster(wide, _words(clusters[0])).min_words == wide.min_words
    # a caller's lower cut is kept
    low = SummaryOptions(words=250, min_words=5)
    assert for_cluster(low, _words(clusters[12])).min_words == 5
