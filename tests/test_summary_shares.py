"""The summary a reader sees, summary60, on raw Multi-News validation clusters (0-based lines
of the file; reader 70): one share two outlets tell of one counted thing is told once (raw
61's 23% fall in brewer sales, [1] and [3]), and a writer's disclosure under an opinion
piece is no line of the story (raw 61 [1], Seeking Alpha's)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.newsroom import writers_disclosure
from chorus.summarize.same_figures import retold_shares
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentences, summary

PLUNGED = "Pods were up 7% while brewer sales plunged 23%"
DECLINED = "Sales of brewers and accessories declined by 23 percent"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 217 (the Qatar Airways stake, the last read here)."""
    return read_clusters(RAW_VALIDATION, 218)


def _articles(cluster: dict, texts: list[str]) -> np.ndarray:
    starts = article_starts(cluster)
    return np.searchsorted(starts, np.arange(len(texts)), side="right") - 1


def test_a_second_outlet_s_telling_of_the_brewer_fall_is_read_as_told(clusters):
    texts = sentences(clusters[61])
    article_of = _articles(clusters[61], texts)
    first, second = row_of(texts, PLUNGED), row_of(texts, DECLINED)
    assert article_of[first] != article_of[second]
    assert retold_shares(texts, [first, second], article_of) == [second]
    # one article's two lines are its own telling, not a retelling
    assert retold_shares(texts, [first, second], np.zeros(len(texts), dtype=int)) == []


def test_one_share_of_other_things_is_no_retelling(clusters):
    texts = sentences(clusters[61])
    article_of = _articles(clusters[61], texts)
    # [2]'s 4% is earnings, [1]'s 7% pods: other figures, and no counted word shared
    earnings = row_of(texts, "Keurig Green Mountain Inc. on Wednesday cut its guidance")
    assert retold_shares(texts, [row_of(texts, PLUNGED), earnings], article_of) == []


def test_one_stake_told_with_one_word_beside_its_share_is_told(clusters):
    # Parker's letter answering the offer, and the carrier "seeking a stake as large as 10%":
    # "stake" alone is shared ("American" a name), beside the share in both (summary104)
    texts = sentences(clusters[217])
    article_of = _articles(clusters[217], texts)
    letter = row_of(texts, "American Airlines CEO Doug Parker sent a letter")
    seeking = row_of(texts, "The gulf carrier says it is seeking a stake")
    assert article_of[letter] != article_of[seeking]
    assert retold_shares(texts, [letter, seeking], article_of) == [seeking]


def test_the_brewer_fall_is_told_once(clusters):
    shown = summary(clusters[61])
    fall = [line for line in shown if "23%" in line or "23 percent" in line]
    assert len(fall) == 1
    assert fall[0].startswith(PLUNGED)


def test_the_writer_s_disclosure_is_no_story_line(clusters):
    texts = sentences(clusters[61])
    disclosures = [text for text in texts if writers_disclosure(text)]
    assert any(text.startswith("The author has no business relationship") for text in disclosures)
    assert all("author" in text for text in disclosures)
    assert not any("author" in line for line in summary(clusters[61]))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (103, "The author of the letter"),
        (120, "I have no doubt that the Israeli government"),
        (207, "I have no first-hand knowledge"),
    ],
)
def test_a_story_line_opening_as_a_disclosure_does_is_none(clusters, line, opening):
    texts = sentences(clusters[line])
    assert not writers_disclosure(texts[row_of(texts, opening)])
