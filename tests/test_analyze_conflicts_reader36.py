"""The "Conflicts" section on the thirty-sixth pass' sample (conflict_reader36.json), which
changed no rule: the two raw lines of 0-40 no conflict test named. 38 is one article (its
denial and the prosecutors' allegation are one outlet's telling of both sides); 31's two
dates for humans leaving Africa, around 100,000 and around 50,000 years ago, sit inside
[1]'s own range, "between 50,000 and 100,000 years ago": unclear, not shown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines, lines_no_conflict_test_names
from tests.test_analyze_conflict_reader22 import placed

TESTS = Path(__file__).parent
FIXTURE = json.loads((TESTS / "fixtures" / "conflict_reader36.json").read_text(encoding="utf-8"))
HALVES = {"design": FIXTURE["design"], "blind": FIXTURE["blind"]}
CLUSTERS = [cluster for half in HALVES.values() for cluster in half]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 41)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_lines(raw, {cluster["raw_line"] for cluster in CLUSTERS})


def _sides(analysis: Analysis | None) -> list[str]:
    conflicts = () if analysis is None else analysis.conflicts
    return [s.text for c in conflicts for s in (*c.side_a, *c.side_b)]


def test_the_sample_is_the_range_no_earlier_conflict_test_names(raw):
    unnamed = lines_no_conflict_test_names(raw, "reader36")
    assert unnamed == sorted(cluster["raw_line"] for cluster in CLUSTERS) == [31, 38]


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda c: str(c["raw_line"]))
def test_each_cluster_shows_its_gold(raw, analysed, cluster):
    assert raw[cluster["raw_line"]]["id"] == cluster["cluster"]
    analysis = analysed[cluster["raw_line"]]
    shown = [] if analysis is None else [c.reason for c in analysis.conflicts]
    assert shown == cluster["gold"]
    documents = raw[cluster["raw_line"]]["documents"]
    for pair in (*cluster["unclear"], *cluster["none"]):
        # each side is a sentence chorus keeps, and neither is a side of a shown conflict
        for side in (pair["a"], pair["b"]):
            placed(documents, side)
            assert not any(side in text for text in _sides(analysis))


def test_38s_denial_and_allegation_are_one_articles(raw):
    (pair,) = FIXTURE["design"][0]["none"]
    documents = raw[38]["documents"]
    assert len(documents) == 1
    assert placed(documents, pair["a"])[0] == placed(documents, pair["b"])[0] == 1


def test_31s_two_departure_dates_sit_inside_1s_own_range(raw):
    (pair,) = FIXTURE["blind"][0]["unclear"]
    documents = raw[31]["documents"]
    assert [placed(documents, pair[side])[0] for side in "ab"] == [1, 2]
    place, own_range = placed(documents, "left Africa between 50,000 and 100,000 years ago")
    assert place == 1
    low, high = (int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", own_range))
    told = [int(re.search(r"around ([\d,]+) years", pair[s])[1].replace(",", "")) for s in "ab"]
    assert all(low <= figure <= high for figure in told)
