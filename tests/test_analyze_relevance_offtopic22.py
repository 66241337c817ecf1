"""Two results of one election night are one story (docs/journal/offtopic.md, "Off-topic
articles, twenty-second pass"): raw validation 85, the LA Times on Los Angeles County's
condom measure ("garnered 55.9% of the vote") beside NPR on Proposition 37's defeat ("53
percent of the state's voters opposed"). The editor's summary leads with both; the model
set the first aside as background (p 0.51), so half the news was lost."""

from __future__ import annotations

import importlib

from chorus.analyze.relevance_text import counts_vote, shares_story_fact, shares_vote_count
from chorus.analyze.similarity import similarity
from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from tests.briefings import DUC, raw_briefing
from tests.conftest import DATA, read_clusters
from tests.raw_pages import raw_clusters

relevance = importlib.import_module("chorus.analyze.relevance")
BALLOTS = 85
CONDOMS, GMO_LABELS = 0, 1
"""Raw validation 85's articles (0-based): the county measure, then NPR's The Salt."""
PLUS_BALLOTS = 1109
"""The same pair in Multi-News+ validation (0-based line), lowercased and tokenised."""


def _texts(line: int) -> list[str]:
    return raw_clusters()[line]["documents"]


def test_both_reports_count_a_vote():
    texts = _texts(BALLOTS)
    assert "55.9% of the vote" in texts[CONDOMS]
    assert "53 percent of the state's voters opposed" in texts[GMO_LABELS]
    assert shares_vote_count(texts).tolist() == [True, True]


def test_the_model_sets_the_measure_aside_and_the_vote_count_keeps_it():
    documents = [clean(a) for a in as_articles(_texts(BALLOTS))]
    sentences = [s for d in documents for s in split(d)]
    rows = relevance.features(documents, similarity(sentences, embed([s.text for s in sentences])))
    p = relevance.probabilities(rows)
    tied = shares_story_fact(documents, sentences)
    # the two share no name, place, figure or sentence: only their outcome's shape
    assert relevance.model_flags(rows, p, tied)[CONDOMS]
    counted = shares_vote_count([d.article.text for d in documents])
    assert not relevance.model_flags(rows, p, tied, counted).any()


def test_the_briefing_tells_both_results():
    briefing = raw_briefing(BALLOTS)
    assert not any(r.off_topic for r in briefing.analysis.relevance)
    told = " ".join(s.text for s in briefing.summary)
    assert "The measure garnered 55.9% of the vote" in told
    assert "53 percent of the state's voters opposed and 47 percent in favor" in told


def test_the_tokenised_form_counts_too():
    # Multi-News+ splits "55.9 %": the bench's path reads that form
    cluster = read_clusters(DATA / "multinews-plus-validation.jsonl.gz", PLUS_BALLOTS + 1)
    texts = cluster[PLUS_BALLOTS]["documents"]
    assert "55.9 % of the vote" in texts[CONDOMS]
    assert shares_vote_count(texts).tolist() == [True, True]


def test_only_raw_85_has_two_reports_counting_a_vote():
    # the census: raw validation has 9 articles counting a vote in 8 clusters, two only in
    # 85; DUC 2003's election clusters hold several, none of them set aside
    raw = [n for n, c in enumerate(raw_clusters()) if shares_vote_count(c["documents"]).any()]
    assert raw == [BALLOTS]
    duc = read_clusters(DUC, 30)
    found = [n for n, c in enumerate(duc) if shares_vote_count(c["documents"]).any()]
    assert found == [6, 12, 23]
    # a count of one article alone ties it to nothing
    assert counts_vote(_texts(3)[0]) and not shares_vote_count(_texts(3)).any()
