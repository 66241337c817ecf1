"""Off-topic features on real Multi-News+ documents: page furniture reads differently."""

from __future__ import annotations

import importlib
from collections import Counter

import numpy as np

from chorus.analyze.similarity import similarity
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
relevance_features = importlib.import_module("chorus.analyze.relevance_features")
relevance_page = importlib.import_module("chorus.analyze.relevance_page")
relevance_text = importlib.import_module("chorus.analyze.relevance_text")


def _word_shares(text: str) -> tuple[float, float]:
    """The web-page and reader shares of a text, counted as the relevance step counts them."""
    return relevance_text.shares_of(Counter(relevance_text.lowered_words(text)))


def test_documents_flagged_not_relevant_are_richer_in_web_page_words():
    shares: dict[bool, list[float]] = {True: [], False: []}
    for cluster in read_clusters(DATA / "multinews-plus-train.jsonl.gz", 300):
        for text, relevant in zip(cluster["documents"], cluster["relevant"], strict=True):
            shares[relevant].append(_word_shares(text)[0])
    junk = sum(shares[False]) / len(shares[False])
    news = sum(shares[True]) / len(shares[True])
    assert len(shares[False]) > 100
    assert junk > 3 * news


def test_a_tweet_location_notice_is_mostly_web_page_words():
    notice = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location, from the web and via third-party applications."
    )
    web, reader = _word_shares(notice)
    assert web > 0.1 and reader > 0.1
    story = "Police said the two suspects were arrested on Friday after a chase through the city."
    assert _word_shares(story) == (0.0, 0.0)


def _page_score(text: str) -> float:
    vector = embed([text])[0]
    vector = vector / np.linalg.norm(vector)
    return float(vector @ relevance_page.PAGE_DIRECTION[:-1] + relevance_page.PAGE_DIRECTION[-1])


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
    columns = relevance_page.page_features(means, np.array([-3.0, -3.0, 5.0]))
    assert columns[0, 3] > 0.99
    assert columns[2, 1] == 8.0 and columns[0, 2] == 1.0


def test_a_tweet_location_notice_has_a_higher_word_page_score_than_a_story():
    notice = (
        "Tweet with a location you can add location information to your tweets, such as "
        "your city or precise location, from the web and via third-party applications."
    )
    story = "Police said the two suspects were arrested on Friday after a chase through the city."
    words = [relevance_text.lowered_words(text) for text in (notice, story)]
    assert relevance_page.word_score(words[0]) > 0 > relevance_page.word_score(words[1])
    assert relevance_page.word_score([]) == relevance_page.word_score(["zzzunknownword"])


def test_the_others_highest_skips_each_article_itself():
    values = np.array([[1.0, 5.0], [3.0, 2.0], [3.0, 7.0]])
    assert relevance_page.others_max(values).tolist() == [[3.0, 7.0], [3.0, 7.0], [3.0, 5.0]]
    columns = relevance_page.word_features(np.array([2.0, -1.0, 0.5]))
    assert columns[:, 1].tolist() == [1.5, -3.0, -1.5]
    assert columns[:, 2].tolist() == [-0.25, 1.25, 0.5]


def test_the_removed_share_counts_the_characters_between_kept_spans():
    # The share is read from the stretches between kept spans; it must equal the share
    # of non-space characters missing from the kept text itself and the picture's caption.
    text = (
        "Police said the suspects were arrested on Friday.\nImage caption The scene on Friday\n"
        "  Media playback is unsupported on your device  \nThe two men were charged on Saturday."
    )
    document = clean(make_article(text, "a", origin="a"))
    assert len(document.kept) == 2
    caption = [r.span for r in document.removed if r.reason in relevance_text.PICTURE_REASONS]
    kept = " ".join(text[s.start : s.end] for s in (*document.kept, *caption)).split()
    total = len("".join(text.split()))
    expected = 1.0 - len("".join(kept)) / total
    assert relevance_text.removed_share(document, relevance_text.spacing(text)) == expected > 0.2


def _cluster_rows(cluster: dict) -> np.ndarray:
    documents = [
        clean(make_article(text, f"d{n}", origin=f"d{n}"))
        for n, text in enumerate(cluster["documents"])
    ]
    sentences = [s for d in documents for s in split(d)]
    found = similarity(sentences, embed([s.text for s in sentences]))
    return relevance_features.article_features(documents, found)[0]


def test_articles_flagged_not_relevant_open_and_name_less_of_the_story():
    # Multi-News+ train: an off-topic article's first sentences match the others less, its
    # first matched sentence comes later, and it shares fewer words outside the word page
    # model's vocabulary (names, places) with them.
    columns = {name: n for n, name in enumerate(relevance_features.FEATURES)}
    found: dict[bool, list[np.ndarray]] = {True: [], False: []}
    for cluster in read_clusters(DATA / "multinews-plus-train.jsonl.gz", 150):
        if len(cluster["documents"]) < 2:
            continue
        for row, relevant in zip(_cluster_rows(cluster), cluster["relevant"], strict=True):
            found[relevant].append(row)
    news, off = np.mean(found[True], axis=0), np.mean(found[False], axis=0)
    lead = columns["mean best match elsewhere of its first three sentences"]
    first = columns["where its first sentence matched at 0.34 is, as a share of its sentences"]
    names = columns["log words outside the word page model's vocabulary another article uses"]
    assert len(found[False]) > 50
    assert off[lead] < news[lead] - 0.05
    assert off[first] > news[first] + 0.1
    assert off[names] < news[names] - 0.5


def test_only_unknown_words_another_article_uses_count():
    texts = ("zelenskyy met the minister in kyiv", "kyiv and zelenskyy said", "a quokka smiled")
    unknown = [relevance_page.scored_words(Counter(text.split()))[1] for text in texts]
    assert "zelenskyy" in unknown[0] and "the" not in unknown[0]
    shared = relevance_features._shared_unknown_words(unknown)
    assert shared[0] == shared[1] >= np.log1p(1) and shared[2] == 0.0
    assert relevance_features._first_match_position(np.array([0.1, 0.2, 0.5, 0.6])) == 0.5
    assert relevance_features._first_match_position(np.array([0.1, 0.2])) == 1.0


def test_a_large_cluster_of_one_story_is_not_split_by_whom_each_report_quotes():
    """DUC d31010t: nine wire stories on one cold wave. The Romanian report quotes its own
    paper and hospital, named nowhere else; it is on the story all the same."""
    from chorus.api import brief

    (cluster,) = (
        c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] == "d31010t"
    )
    ranked = brief(cluster["documents"], words=100).analysis.relevance
    assert len(ranked) > relevance.MAX_CAST_ARTICLES
    assert "Libertatea" in cluster["documents"][1]
    assert not ranked[1].off_topic, ranked[1].reason
    assert not any(r.reason.startswith("names none") for r in ranked)


def test_the_spaces_are_those_str_split_splits_at():
    assert tuple(c for c in range(0x110000) if chr(c).isspace()) == relevance_text.SPACES


def test_words_counted_without_splitting_are_those_str_split_finds():
    # Every raw article of 40 clusters, and texts with the spaces only str.split knows
    # (no-break, line separator, the ASCII separators) and spaces at either end.
    texts = [text for c in read_clusters(RAW_VALIDATION, 40) for text in c["documents"]]
    texts += ["", " ", "one", "  two\u00a0words ", "a\x1cb\u2028c\u3000d\u200be", "\tx y\n"]
    rng = np.random.default_rng(5)
    for text in texts:
        counts = relevance_text.spacing(text)
        assert relevance_text.word_count(counts) == len(text.split())
        bounds = np.sort(rng.integers(0, len(text) + 1, size=(60, 2)), axis=1)
        found = relevance_text.span_words(counts, bounds[:, 0], bounds[:, 1])
        assert found.tolist() == [len(text[a:b].split()) for a, b in bounds]
