"""Off-topic features on real Multi-News+ documents: page furniture reads differently."""

from __future__ import annotations

import importlib

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
