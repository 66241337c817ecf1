"""Off-topic flags on raw text after the twelfth pass (docs/journal/offtopic.md, "Off-topic
articles, twelfth pass (stop 35)"): a long report nearly every sentence of which has a match
elsewhere repeats the story, and of a cluster the model flags whole, the one article naming
people is the story's report. Readings in fixtures/offtopic_twelfth.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import chorus.analyze.run as run
from chorus.analyze import relevance as rel
from chorus.analyze.model import Relevance
from chorus.api import as_articles, brief
from chorus.ingest import make_article
from chorus.model import Article
from tests.conftest import RAW_VALIDATION, read_clusters

READINGS = json.loads(
    (Path(__file__).parent / "fixtures" / "offtopic_twelfth.json").read_text(encoding="utf-8")
)


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _in_order(articles: list[Article], words: int = 100) -> list[Relevance]:
    found = {r.article_id: r for r in brief(articles, words=words).analysis.relevance}
    return [found[a.id] for a in articles]


@cache
def _verdicts(line: int) -> list[Relevance]:
    return _in_order(as_articles(_raw()[line]["documents"]))


@pytest.mark.parametrize("item", READINGS["repeats"], ids=lambda i: f"{i['line']}-{i['article']}")
def test_a_report_repeating_the_story_but_for_a_line_is_not_flagged(item, monkeypatch):
    seen = {}

    def recorded(documents, similarity, cast=None):
        seen["rows"] = rel.features(documents, similarity)
        return rel.relevance(documents, similarity, cast)

    monkeypatch.setattr(run, "relevance", recorded)
    verdicts = _in_order(as_articles(_raw()[item["line"]]["documents"]))
    row = seen["rows"][item["article"]]
    # the model alone flags it; one sentence in ten (or nine) has no match elsewhere. 144 [0]
    # since split3 (stop 55): two right sentence cuts in 144 [2] ("interview. | 40,000
    # questions", "so much. | 19 years.") move its features, and the model alone gives it
    # 0.3094, just under the cut, so it is kept without this rule
    flagged_alone = bool(rel.probabilities(row[None])[0] >= rel.OFF_TOPIC_PROBABILITY)
    assert flagged_alone is (item["line"] != 144)
    matched = row[rel.FEATURES.index("share of sentences matched at 0.25")]
    assert rel.REPEATED_MATCHED <= matched < 1.0
    assert not verdicts[item["article"]].off_topic, item["reading"]


@pytest.mark.parametrize("item", READINGS["named"], ids=lambda i: str(i["line"]))
def test_of_a_pair_the_model_flags_whole_the_report_naming_people_is_kept(item):
    verdicts = _verdicts(item["line"])
    assert len(verdicts) == 2
    report, beside = verdicts[item["report"]], verdicts[item["beside"]]
    assert not report.off_topic, item["reading"]
    assert beside.off_topic
    if 1.0 - report.score >= rel.OFF_TOPIC_PROBABILITY:
        assert "the one article naming people" in report.reason
    else:
        # 197's report read p 0.348 at the twelfth pass; on the package set these machines
        # install since stop 37 (same code, same data) it reads 0.298, under the threshold,
        # so the model keeps it itself (docs/journal/offtopic.md,
        # "Off-topic flags on stop 37's machines")
        assert item["line"] == 197 and report.reason.startswith("on the story")


def test_two_pages_naming_no_one_both_stay_flagged():
    # 197's poverty table beside 96's list of a paper's data projects: nothing to keep
    pages = [_raw()[197]["documents"][1], _raw()[96]["documents"][0]]
    verdicts = _in_order(as_articles(pages))
    assert [v.off_topic for v in verdicts] == [True, True]


@pytest.mark.parametrize("item", READINGS["background"], ids=lambda i: str(i["line"]))
def test_an_article_read_as_background_stays_flagged(item):
    assert _verdicts(item["line"])[item["article"]].off_topic, item["reading"]


def test_the_seeds_other_event_stays_flagged_alone(seeds_dir):
    paths = sorted(seeds_dir.glob("*.txt"))
    articles = [make_article(p.read_text(encoding="utf-8"), p.stem, origin=p.name) for p in paths]
    assert [p.name[:3] for p in paths] == ["000", "001", "002"]
    assert [v.off_topic for v in _in_order(articles)] == [False, False, True]
