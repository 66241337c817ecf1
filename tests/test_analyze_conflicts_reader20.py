"""The "Conflicts" section after the twentieth pass (conflict_reader20.json): a reader's
misses on raw validation cluster 105, the heist of 1899 against the heist of 1900 now
shown, the approximate sum and the dates and places no text settles left unshown; years
read only of one-off events, never of recurring things, a trial or a verb's object."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.event_years import event_years
from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflicts import shown_pairs
from tests.test_analyze_conflicts_plus12 import _documents

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader20.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    cluster = read_clusters(RAW_VALIDATION, FIXTURE["raw_line"] + 1)[FIXTURE["raw_line"]]
    assert cluster["id"] == FIXTURE["cluster"]
    briefing = brief(cluster["documents"], words=100)
    assert briefing.analysis is not None
    return briefing.analysis


def _shown(analysis: Analysis, words_a: str, words_b: str) -> bool:
    return any(
        (words_a in x.text and words_b in y.text) or (words_b in x.text and words_a in y.text)
        for x, y in shown_pairs(analysis.conflicts)
    )


def test_the_reader_findings_as_judged(analysis):
    # Main showed none; the branch shows the heist's two years and nothing else.
    shown = [f for f in FIXTURE["findings"] if _shown(analysis, f["a"], f["b"])]
    assert shown == [f for f in FIXTURE["findings"] if f["shown_after"]]
    assert [f["verdict"] for f in shown] == ["conflict"]
    assert [(c.kind, c.reason) for c in analysis.conflicts] == [
        ("date", "Different years for one theft: 1899 vs 1900")
    ]


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    return _documents({other["id"] for other in FIXTURE["others"]})


@pytest.mark.parametrize("other", FIXTURE["others"], ids=lambda o: o["words"])
def test_events_read_by_their_years(documents, other):
    (sentence,) = {
        piece + "."
        for document in documents[other["id"]]
        for piece in document.split(".")
        if other["words"] in piece
    }
    found = {kind: sorted(years) for kind, years in event_years(sentence).items()}
    assert found == other["events"]
