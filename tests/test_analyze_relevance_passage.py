"""Off-topic flags after the seventeenth pass (docs/journal/offtopic.md, "Off-topic articles,
seventeenth pass (stop 38)"): a flagged article that retells three sentences in a row of
the story is the story's (relevance.PASSAGE_SENTENCES), on the raw clusters read there."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

import chorus.analyze.run as run
from chorus.analyze import relevance as rel
from chorus.api import as_articles, brief
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


@cache
def _clusters(path: str) -> list[dict]:
    return read_clusters(DATA / path, 250)


def _read(documents: list[str], article: int, monkeypatch) -> dict:
    """The article's verdict, its model probability and whether it tells a passage, with
    the briefing (at 250 words)."""
    seen = {}

    def recorded(found, similarity, cast=None):
        seen["rows"] = rel.features(found, similarity)
        own = [k for k, s in enumerate(similarity.sentences) if s.article is found[article].article]
        seen["told"] = rel.tells_passage(similarity, np.array(own))
        return rel.relevance(found, similarity, cast)

    monkeypatch.setattr(run, "relevance", recorded)
    articles = as_articles(documents)
    briefing = brief(articles, words=250)
    verdict = {r.article_id: r for r in briefing.analysis.relevance}[articles[article].id]
    p = rel.probabilities(seen["rows"][article][None])[0]
    return {"verdict": verdict, "p": p, "told": seen["told"], "briefing": briefing}


def test_the_inventors_own_account_of_the_sensor_is_the_story(monkeypatch):
    # raw 129: Scientific American and NBC on Kenneth Shinozuka's sensor, then his own
    # write-up of it, in the first person ("put a pressure sensor on the heel of his foot")
    documents = _clusters(RAW_VALIDATION.name)[129]["documents"]
    read = _read(documents, 2, monkeypatch)
    assert read["p"] >= rel.OFF_TOPIC_PROBABILITY  # the model alone reads another event
    assert read["told"]
    assert not read["verdict"].off_topic
    analysis = read["briefing"].analysis
    assert not analysis.off_topic
    # the sensor the three describe is agreed by all three, the write-up among them
    told = [
        {s.article.id for s in (f.statement, *f.support)}
        for f in analysis.agreed
        if "pressure sensor" in f.statement.text
    ]
    assert {d.article.id for d in read["briefing"].documents} in told


@pytest.mark.parametrize(
    ("line", "article"),
    [
        (7, 1),  # the Alex Lowe foundation's letters on Nepal relief, not the bodies found
        (154, 1),  # the American Cancer Society's list of carcinogens, background
    ],
)
def test_background_sharing_two_sentences_in_a_row_stays_flagged(line, article, monkeypatch):
    read = _read(_clusters(RAW_VALIDATION.name)[line]["documents"], article, monkeypatch)
    assert not read["told"]
    assert read["verdict"].off_topic


def test_a_forecast_ending_on_the_storm_and_wire_markers_stays_flagged(monkeypatch):
    # DUC 2003 24: Hurricane Georges; #5 is a national weather forecast whose last lines
    # are the storm's rain at Mobile and the "&QL;" marker the other wire pages carry
    documents = _clusters(DUC.name)[24]["documents"]
    assert "NATIONAL FORECAST" in documents[5][:40]
    assert _read(documents, 5, monkeypatch)["verdict"].off_topic
    # counted as sentences, the one-word markers would make its passage
    monkeypatch.setattr(rel, "PASSAGE_WORDS", 1)
    read = _read(documents, 5, monkeypatch)
    assert read["told"]
    assert not read["verdict"].off_topic
