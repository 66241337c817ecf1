"""Off-topic verdicts on raw articles, scored against a careful reading
(tests/fixtures/offtopic_raw.json, drawn and judged with bench/offtopic_raw.py)."""

from __future__ import annotations

import gzip
import json
from functools import cache

import pytest

from chorus.analyze.model import Relevance
from chorus.api import as_articles, brief
from tests.conftest import RAW_VALIDATION, REPO

FIXTURE = REPO / "tests" / "fixtures" / "offtopic_raw.json"
OFF = ("another event or background", "page furniture")


@cache
def _raw() -> list[dict]:
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@cache
def _verdicts(line: int) -> tuple[Relevance | None, ...]:
    """`brief()`'s relevance of each article of a raw cluster, in the cluster's order."""
    articles = as_articles(_raw()[line]["documents"])
    ranked = {r.article_id: r for r in brief(articles, words=100).analysis.relevance}
    return tuple(ranked.get(a.id) for a in articles)


def _precision_recall(sample: str) -> tuple[float, float]:
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))[sample]
    hits = flagged = off = 0
    for item in items:
        if item["judgement"] == "unclear":
            continue
        verdict = _verdicts(item["line"])[item["article"]]
        assert verdict is not None, item
        judged_off = item["judgement"] in OFF
        hits += verdict.off_topic and judged_off
        flagged += verdict.off_topic
        off += judged_off
    return hits / flagged, hits / off


def test_the_fixture_was_judged_before_it_was_scored():
    record = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for sample, size in (("design", 120), ("blind", 60)):
        items = record[sample]
        assert len(items) == size
        assert sum(i["drawn_flagged"] for i in items) == size // 2
        assert all(i["judgement"] in ("on the story", "unclear", *OFF) for i in items)


def test_flags_on_raw_design_articles_agree_with_the_reading():
    # main before this pass: P 0.833 (10 false alarms of 60 flags), R 0.980
    precision, recall = _precision_recall("design")
    # Since stop 36 (clean28 takes out article 0's WSJ video blurb) raw 29's study paper
    # (#2, read on the story here) is flagged: 50 right, 6 wrong, 0.893. Multi-News+ labels
    # the same paper "not relevant" (validation 4513), so offtopic14 found no rule to keep it
    # that holds precision and recall there.
    assert precision >= 0.89
    assert recall >= 0.95


def test_flags_on_raw_blind_articles_agree_with_the_reading():
    # scored once with the rules frozen: P 0.667, R 1.000, as on main (no verdict moved);
    # the false alarms are on-story items: roundups' other topics, two-article clusters
    # whose other article is junk, short teasers, first-person pieces
    precision, recall = _precision_recall("blind")
    assert precision >= 0.65
    assert recall >= 0.95


@pytest.mark.parametrize(
    ("line", "article"),
    [
        (18, 1),  # "The cost per wedding is at a five-year high", two sentences
        (32, 0),  # one paragraph on the surveillance video before the shooting
        (93, 1),  # two sentences on the study's puppet test
    ],
)
def test_a_short_excerpt_of_the_story_is_on_it(line, article):
    verdict = _verdicts(line)[article]
    assert verdict is not None
    assert not verdict.off_topic, verdict.reason
    # the model alone would flag it: the excerpt is kept by repeating the story
    assert verdict.score <= 0.69


def test_reports_quoting_their_own_sources_are_not_set_apart_by_their_cast():
    # AP on the Midwest storm, the Telegraph on MH370's black box, AP on Ryabkov's threat
    for line, article in ((234, 1), (209, 2), (249, 1)):
        verdict = _verdicts(line)[article]
        assert verdict is not None
        assert not verdict.reason.startswith("names none"), (line, verdict.reason)
        assert not verdict.off_topic


def test_background_reasons_say_what_the_article_is():
    crawl = _verdicts(97)[1]  # an Internet Archive crawl notice, nothing else
    assert crawl is not None and crawl.off_topic
    assert crawl.reason == "no story text, only page furniture (web archive notice)"
    teaser = _verdicts(77)[1]  # a one-line description of a church history site
    assert teaser is not None and teaser.off_topic
    assert teaser.reason == "reads as web-page text, not a news report"
    other = _verdicts(62)[0]  # another missing-person case
    assert other is not None and other.off_topic
    assert other.reason.startswith("shares little with the other articles")
