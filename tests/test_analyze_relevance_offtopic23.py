"""An article opening on a word that points to what it has not named is not set aside near
the threshold (docs/journal/offtopic.md, "Off-topic articles, twenty-third pass"):
Multi-News+ validation 1285, GQ's profile of Billy Ray Cyrus ("He has a favorite chair at
the circular wooden table in the modest kitchen of his tennessee mansion …") beside the
short report of what he told the magazine. Its first sentences name no one, so the model's
opening columns set the profile aside (p 0.32); Multi-News+ calls it relevant, as it is."""

from __future__ import annotations

import importlib

from chorus.analyze.relevance_text import opens_on_reference, shares_story_fact
from chorus.analyze.similarity import similarity
from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from tests.briefings import DUC
from tests.conftest import DATA, read_clusters
from tests.raw_pages import raw_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
PROFILE = 1285
"""Multi-News+ validation (0-based line): the profile [0], the report [1]."""
WESTMINSTER = 3539
"""Multi-News+ validation: seven pages on the Westminster attack; [4] is a passage cut from
a report ("But the complex is by a busy street …"), [5] a web archive's crawl notice."""


def _plus(line: int) -> list[str]:
    clusters = read_clusters(DATA / "multinews-plus-validation.jsonl.gz", line + 1)
    return clusters[line]["documents"]


def test_a_lede_and_a_cut_passage_open_on_a_reference():
    texts = _plus(PROFILE)
    assert texts[0].startswith("He has a favorite chair")
    assert opens_on_reference(texts).tolist() == [True, False]
    texts = _plus(WESTMINSTER)
    assert texts[4].startswith("But the complex is by a busy street")
    assert texts[5].startswith("These crawls are part of an effort")
    # a page's own "These crawls …" or "This will appear …" is not a reference: only
    # pronouns standing for someone and connectives count
    assert opens_on_reference(texts).tolist() == [False] * 4 + [True] + [False] * 2


def test_the_model_sets_the_profile_aside_and_its_opening_keeps_it():
    documents = [clean(a) for a in as_articles(_plus(PROFILE))]
    sentences = [s for d in documents for s in split(d)]
    scores = similarity(sentences, embed([s.text for s in sentences]))
    rows, tied = relevance.features(documents, scores), shares_story_fact(documents, sentences)
    p = relevance.probabilities(rows)
    assert relevance.OFF_TOPIC_PROBABILITY <= p[0] < relevance.REFERRING_PROBABILITY
    assert relevance.model_flags(rows, p, tied).tolist() == [True, False]
    referring = opens_on_reference([d.article.text for d in documents])
    assert not relevance.model_flags(rows, p, tied, None, referring).any()
    # above the band the opening does not keep an article
    sure = p.copy()
    sure[0] = relevance.REFERRING_PROBABILITY
    assert relevance.model_flags(rows, sure, tied, None, referring).tolist() == [True, False]


def test_the_census_on_raw_and_duc():
    # raw validation: four articles open so, none flagged on main (so no raw flag moves);
    # "It’s a cold snap life for penguins …" (139 #0) and "It’s amazing." (169 #0) do not
    # count; DUC 2003's wire reports open on a dateline, never on a reference
    found = [
        (n, k)
        for n, c in enumerate(raw_clusters())
        for k, hit in enumerate(opens_on_reference([a.text for a in as_articles(c["documents"])]))
        if hit
    ]
    assert found == [(107, 1), (133, 2), (135, 0), (157, 1)]
    duc = read_clusters(DUC, 30)
    assert not any(opens_on_reference(c["documents"]).any() for c in duc)
