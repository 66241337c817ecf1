"""The summary a reader sees, summary54, on raw Multi-News validation clusters (0-based lines
of the file; reader 66): "Their other hits include ..." is shown with the line naming the
first hit or not at all (raw 111), and one deal two outlets tell with one price is told once
(raw 15's Michael Kors buying Jimmy Choo for $1.2 billion)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.same_figures import retold_sums
from chorus.summarize.stands_on import standing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentences, summary

KORS = (
    "On Tuesday, Michael Kors Holdings said it had agreed to buy the shoe company Jimmy Choo"
    " for 896 million pounds, or about $1.2 billion"
)
REUTERS = "LONDON (Reuters) - U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 111 (LFO, the last read here)."""
    return read_clusters(RAW_VALIDATION, 112)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (111, "Their other hits include"),
        # the first two attackers are named in the sentence before; the first boy too
        (27, "The other two attackers were named Monday"),
        (75, "The other boy, 8-year-old Jonathan Martinez"),
    ],
)
def test_an_opening_their_other_stands_on_the_sentence_before(clusters, line, opening):
    texts = sentences(clusters[line])
    stands, _ = standing(texts, article_starts(clusters[line]))
    assert stands[row_of(texts, opening)]


def test_other_inside_a_sentence_stands_on_nothing(clusters):
    texts = sentences(clusters[40])
    stands, _ = standing(texts, article_starts(clusters[40]))
    row = next(n for n, t in enumerate(texts) if "among other things" in t)
    assert not stands[row]


def test_the_other_hits_are_shown_after_the_first_hit(clusters):
    shown = summary(clusters[111])
    hits = next(n for n, line in enumerate(shown) if line.startswith("Their other hits"))
    assert shown[hits - 1] == "LFO are best known for their 1999 single “Summer Girls.”"


def test_the_kors_deal_is_told_once(clusters):
    shown = summary(clusters[15])
    deal = [line for line in shown if "$1.2 billion" in line]
    assert len(deal) == 1
    assert deal[0].startswith(KORS)


def test_a_second_outlet_s_telling_of_the_deal_is_read_as_told(clusters):
    texts = sentences(clusters[15])
    starts = article_starts(clusters[15])
    article_of = np.searchsorted(starts, np.arange(len(texts)), side="right") - 1
    first, second = row_of(texts, KORS), row_of(texts, REUTERS)
    assert article_of[first] != article_of[second]
    assert retold_sums(texts, [first, second], article_of) == [second]
    # one article's two lines are its own telling, not a retelling
    assert retold_sums(texts, [first, second], np.zeros(len(texts), dtype=int)) == []


def test_lines_of_one_price_but_other_deeds_are_not_one_deal(clusters):
    texts = sentences(clusters[15])
    starts = article_starts(clusters[15])
    article_of = np.searchsorted(starts, np.arange(len(texts)), side="right") - 1
    # "The shoemaker has the potential of raking in $1 billion in sales annually ..." writes
    # a sum, but no deed nor price of the deal
    sales = row_of(texts, "The shoemaker has the potential")
    assert retold_sums(texts, [row_of(texts, KORS), sales], article_of) == []
