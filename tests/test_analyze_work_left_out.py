"""Work the analysis leaves out: garbage collections while the recognizer's model loads,
its objects walked by full collections afterwards, and a lone article's sentence pairs."""

from __future__ import annotations

import gc
import importlib

from chorus.api import brief
from tests.conftest import RAW_VALIDATION, read_clusters

run = importlib.import_module("chorus.analyze.run")
nlp = importlib.import_module("chorus.analyze.nlp")

SINGLE_ARTICLE_LINE = 38
"""multi_news-val-5396 (0-based line of multinews-raw-validation): one document."""


def test_the_loaded_recognizer_is_left_out_of_full_collections(validation_clusters):
    # a real cluster's analysis loads the model (or finds it loaded) and recognizes with it
    analysis = brief(validation_clusters[0]["documents"], words=100).analysis
    assert analysis is not None and analysis.entities
    pipeline = nlp.nlp()
    # tracked, yet in no generation a collection walks: frozen when it was loaded
    assert gc.is_tracked(pipeline)
    assert all(found is not pipeline for found in gc.get_objects())
    assert gc.get_freeze_count() > 50_000


def test_loading_the_model_runs_no_collection_and_keeps_the_thresholds():
    started = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    nlp._load.cache_clear()
    gc.callbacks.append(seen)
    try:
        pipeline = nlp.nlp()
    finally:
        gc.callbacks.remove(seen)
    assert started == []
    assert gc.get_threshold() == thresholds
    assert all(found is not pipeline for found in gc.get_objects())


def test_a_lone_article_is_briefed_without_scoring_its_sentence_pairs(monkeypatch):
    record = read_clusters(RAW_VALIDATION, SINGLE_ARTICLE_LINE + 1)[SINGLE_ARTICLE_LINE]
    assert record["id"] == "multi_news-val-5396" and len(record["documents"]) == 1
    scored = []

    def counted(*args: object):
        scored.append(args)
        return similarity(*args)

    similarity = run.similarity
    monkeypatch.setattr(run, "similarity", counted)
    analysis = brief(record["documents"], words=100).analysis
    assert analysis is not None
    assert not scored
    assert [(r.off_topic, r.reason) for r in analysis.relevance] == [(False, "the only article")]
    assert analysis.reasons["agreed"].startswith("a single article")
    # the sections of one article are still read from it
    assert analysis.quotes and analysis.entities
