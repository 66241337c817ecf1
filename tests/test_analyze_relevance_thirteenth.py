"""Off-topic flags read in the thirteenth pass (docs/journal/offtopic.md, "Off-topic articles,
thirteenth pass (stop 36)"): why a short page whose opening matches the other articles is
not spared by a rule, and the raw flags no earlier sample had judged."""

from __future__ import annotations

import importlib
from functools import cache

import numpy as np
import pytest

from chorus.analyze.similarity import similarity
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.model import Document
from chorus.represent import embed
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
WORDS = relevance.FEATURES.index("log words")
LEAD = relevance.FEATURES.index("mean best match elsewhere of its first three sentences")
TWITTER_BIO = (1672, 0)
"""Multi-News+ validation: "Official ea sports twitter account for the madden nfl
franchise …", two lines beside two reports of the Jacksonville shooting, "not relevant"."""
WSJ_OPENING = (61, 1)
"""Raw validation: the WSJ's three opening lines on Keurig's results, on the story (the
eighth pass's blind sample)."""


@cache
def _plus() -> list[dict]:
    return read_clusters(DATA / "multinews-plus-validation.jsonl.gz", TWITTER_BIO[0] + 1)


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _rows(texts: list[str]) -> np.ndarray:
    documents: list[Document] = [clean(a) for a in as_articles(texts)]
    sentences = [s for d in documents for s in split(d)]
    return relevance.features(documents, similarity(sentences, embed([s.text for s in sentences])))


def _short_and_matched(row: np.ndarray) -> bool:
    # the shape the dropped rule spared: ≤ 60 words, opening matched at 0.34 on average
    return row[WORDS] <= np.log1p(60) and row[LEAD] >= relevance.SUPPORT_LEVELS[0]


def test_a_short_page_matching_the_story_can_be_furniture():
    line, article = TWITTER_BIO
    cluster = _plus()[line]
    assert not cluster["relevant"][article]
    bio = _rows(cluster["documents"])
    excerpt = _rows(_raw()[WSJ_OPENING[0]]["documents"])
    # the Twitter bio and an on-story excerpt have one shape, so no rule on it tells them
    # apart; the bio stays flagged
    assert _short_and_matched(bio[article]) and _short_and_matched(excerpt[WSJ_OPENING[1]])
    assert relevance.model_flags(bio, relevance.probabilities(bio))[article]


@pytest.mark.parametrize(
    ("line", "article"),
    [
        (44, 1),  # MLBAM's offer to replay the Dead's shows, beside the reunion's news
        (90, 0),  # an online parenting course's advert, beside the Times on yelling
        (150, 1),  # a horoscope, beside Kinkade's death
    ],
)
def test_pages_read_as_no_report_stay_flagged(line, article):
    articles = as_articles(_raw()[line]["documents"])
    found = {r.article_id: r for r in brief(articles, words=100).analysis.relevance}
    assert found[articles[article].id].off_topic
    others = [found[a.id].off_topic for n, a in enumerate(articles) if n != article]
    assert not any(others)
