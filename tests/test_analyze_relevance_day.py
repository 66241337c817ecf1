"""A short page opening on what was done "on" the day another article names is the story's
(docs/journal/offtopic.md, "Off-topic articles, twentieth pass (stop 43)"): raw 61 #1, the
WSJ's three lines on Keurig's results, beside a blogger's take and the Post's piece."""

from __future__ import annotations

import importlib
from functools import cache

import numpy as np

from chorus.analyze.relevance_text import openings, shares_day, shares_story_fact
from chorus.analyze.similarity import similarity
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.model import Document, Sentence
from chorus.represent import embed
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
KEURIG = (61, 1)
"""Raw validation: "Keurig Green Mountain Inc. on Wednesday cut its guidance for the year as
earnings fell 4% …", 41 words; the Post ([3]) reports what executives said "Wednesday"."""
SUNDAY_SHOWS = (232, 6)
"""Raw validation: Durbin "on Sunday", 166 words, one of eight Sunday-show items."""


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, SUNDAY_SHOWS[0] + 1)


def _cluster(line: int) -> tuple[list[Document], list[Sentence], np.ndarray]:
    documents = [clean(a) for a in as_articles(_raw()[line]["documents"])]
    sentences = [s for d in documents for s in split(d)]
    rows = relevance.features(documents, similarity(sentences, embed([s.text for s in sentences])))
    return documents, sentences, rows


def test_the_wsj_lede_opens_on_the_posts_day():
    documents, sentences, _ = _cluster(KEURIG[0])
    first = openings(documents, sentences)
    assert first[1].startswith("Keurig Green Mountain Inc. on Wednesday cut its guidance")
    texts = [d.article.text for d in documents]
    assert "acknowledged Wednesday" in texts[2]
    # the blogger opens on a proverb, the Post on a photo's caption: no day
    assert shares_day(first, texts).tolist() == [False, True, False]
    # "4%" and "1%" are no amount (one digit), and "23%" is "23 percent" in the Post: no
    # figure is shared, so only the day ties the lede to the story
    assert shares_story_fact(documents, sentences).tolist() == [False, True, False]


def test_the_wsj_lede_is_on_the_story():
    documents, sentences, rows = _cluster(KEURIG[0])
    p = relevance.probabilities(rows)
    assert relevance.model_flags(rows, p)[KEURIG[1]]
    assert not relevance.model_flags(rows, p, shares_story_fact(documents, sentences))[KEURIG[1]]
    found = brief(as_articles(_raw()[KEURIG[0]]["documents"]), words=250)
    assert not any(r.off_topic for r in found.analysis.relevance)
    summary = " ".join(s.text for s in found.summary)
    assert "cut its guidance for the year as earnings fell 4%" in summary


def test_a_day_keeps_only_a_short_page():
    documents, sentences, rows = _cluster(SUNDAY_SHOWS[0])
    tied = shares_day(openings(documents, sentences), [d.article.text for d in documents])
    # every Sunday-show item speaks of Sunday; Durbin's runs past SHORT_WORDS, so the
    # model's verdict on it stands
    assert tied[SUNDAY_SHOWS[1]]
    assert rows[SUNDAY_SHOWS[1], relevance._WORDS] > np.log1p(relevance.SHORT_WORDS)
    assert not relevance.short_on_story(rows, tied)[SUNDAY_SHOWS[1]]
