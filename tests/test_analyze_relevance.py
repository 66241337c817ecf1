"""Off-topic features on real Multi-News+ documents: page furniture reads differently."""

from __future__ import annotations

import importlib

import numpy as np

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.represent import embed
from tests.conftest import DATA, read_clusters

relevance = importlib.import_module("chorus.analyze.relevance")


def test_documents_flagged_not_relevant_are_richer_in_web_page_words():
    shares: dict[bool, list[float]] = {True: [], False: []}
    for cluster in read_clusters(DATA / "multinews-plus-train.jsonl.gz", 300):
        for text, relevant in zip(cluster["documents"], cluster["relevant"], strict=True):
            shares[relevant].append(relevance._word_shares(text)[0])
    junk = sum(shares[False]) / len(shares[False])
    news = sum(shares[True]) / len(shares[True])
    assert len(shares[False]) > 100
    assert junk > 3 * news


def test_a_tweet_location_notice_is_mostly_web_page_words():
    notice = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location, from the web and via third-party applications."
    )
    web, reader = relevance._word_shares(notice)
    assert web > 0.1 and reader > 0.1
    story = "Police said the two suspects were arrested on Friday after a chase through the city."
    assert relevance._word_shares(story) == (0.0, 0.0)


def _page_score(text: str) -> float:
    vector = embed([text])[0]
    vector = vector / np.linalg.norm(vector)
    return float(vector @ relevance.PAGE_DIRECTION[:-1] + relevance.PAGE_DIRECTION[-1])


def test_documents_flagged_not_relevant_have_higher_page_scores():
    scores: dict[bool, list[float]] = {True: [], False: []}
    for cluster in read_clusters(DATA / "multinews-plus-train.jsonl.gz", 300):
        for text, relevant in zip(cluster["documents"], cluster["relevant"], strict=True):
            scores[relevant].append(_page_score(text))
    assert np.mean(scores[False]) > np.mean(scores[True]) + 1.0


def test_a_tweet_location_notice_scores_as_a_page_and_a_story_does_not():
    notice = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location, from the web and via third-party applications."
    )
    story = "Police said the two suspects were arrested on Friday after a chase through the city."
    assert _page_score(notice) > 0 > _page_score(story)


def test_the_weighted_cosine_looks_past_a_furniture_neighbour():
    # Article 0 matches article 1 (news) and not article 2 (page-like): weighted, its
    # cosine to the others is near 1; unweighted it would be ~0.7.
    means = np.eye(3)[[0, 0, 1]].astype(np.float32)
    columns = relevance.page_features(means, np.array([-3.0, -3.0, 5.0]))
    assert columns[0, 3] > 0.99
    assert columns[2, 1] == 8.0 and columns[0, 2] == 1.0


def test_a_tweet_location_notice_has_a_higher_word_page_score_than_a_story():
    page = importlib.import_module("chorus.analyze.relevance_page")
    notice = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location, from the web and via third-party applications."
    )
    story = "Police said the two suspects were arrested on Friday after a chase through the city."
    words = [relevance._WORD.findall(text.lower()) for text in (notice, story)]
    assert page.word_score(words[0]) > 0 > page.word_score(words[1])
    assert page.word_score([]) == page.word_score(["zzzunknownword"])


def test_the_others_highest_skips_each_article_itself():
    page = importlib.import_module("chorus.analyze.relevance_page")
    values = np.array([[1.0, 5.0], [3.0, 2.0], [3.0, 7.0]])
    assert page.others_max(values).tolist() == [[3.0, 7.0], [3.0, 7.0], [3.0, 5.0]]
    columns = page.word_features(np.array([2.0, -1.0, 0.5]))
    assert columns[:, 1].tolist() == [1.5, -3.0, -1.5]
    assert columns[:, 2].tolist() == [-0.25, 1.25, 0.5]


def test_the_removed_share_counts_the_characters_between_kept_spans():
    # The share is read from the stretches between kept spans; it must equal the share
    # of non-space characters missing from the kept text itself.
    text = (
        "Police said the suspects were arrested on Friday.\nImage caption The scene on Friday\n"
        "  Media playback is unsupported on your device  \nThe two men were charged on Saturday."
    )
    document = clean(make_article(text, "a", origin="a"))
    assert len(document.kept) == 2
    kept = " ".join(text[s.start : s.end] for s in document.kept).split()
    total = len("".join(text.split()))
    expected = 1.0 - len("".join(kept)) / total
    assert relevance._removed_share(document, text.split()) == expected > 0.3
