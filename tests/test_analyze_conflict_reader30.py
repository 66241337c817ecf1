"""The "Conflicts" section after the thirtieth pass (conflict_reader30.json): raw 209's
Chinese passengers are shown with the noun as the sentences write it ("150 Chinese", not
"150 chinese"); its object sizes (16 m against 15 m, the top of one range) are shown since
the forty-sixth pass (conflict_ranges.py), raw 8's eight arrested against six charged (two
scopes) are not; Godi's two charges are
a conflict the section had no kind for (kind `charge` since conflicts57); the blind half
(raw 207) shows none, as judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.measures import measures
from chorus.analyze.model import Analysis
from chorus.language.counts import counts
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_raw_lines
from tests.test_analyze_conflict_reader21 import _shown
from tests.test_analyze_conflict_reader22 import _sentences_holding, shown_as_judged

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader30.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_raw_lines(FIXTURE, raw)


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    shown = finding["verdict"] == "conflict" and "left" not in finding
    assert shown == finding["shown_after"]


def test_the_counted_noun_is_shown_as_the_sentences_write_it(analysed):
    # Main wrote "150 chinese vs 153 chinese": counts.py lowers the noun to match it.
    (finding,) = (f for f in FINDINGS if "reason" in f)
    (conflict,) = (c for c in analysed[209].conflicts if finding["a"] in c.side_a[0].text)
    assert conflict.reason == finding["reason"]
    assert "Chinese passengers" in conflict.side_b[0].text


def test_the_size_range_is_read_in_one_outlet_only(raw):
    # Reuters' "16 meters (52 ft)" is read; BBC's attached "15m" is not, and 16 against 15
    # (6%) would be two things to measures.py anyway: no measurement conflict can follow.
    (size,) = (f for f in FINDINGS if "16 meters" in f["a"])
    held = _sentences_holding({"a": size["a"], "b": size["b"]}, raw[209]["documents"])
    assert [m.written for m in measures(held["a"])] == ["2 meters (6.5 ft)", "16 meters (52 ft)"]
    assert measures(held["b"]) == []


def test_eight_arrested_is_a_count_six_charged_is_none(raw, analysed):
    # Two scopes (the six hosts and the two fire-alarm students): not set against each other.
    held = _sentences_holding(
        {"eight": "Eight people have been arrested", "six": "have charged six University"},
        raw[8]["documents"],
    )
    assert [(c.quantity, c.value) for c in counts(held["eight"])] == [("arrests", 8.0)]
    assert counts(held["six"]) == []
    assert [c.kind for c in analysed[8].conflicts] == ["charge"]  # Godi's (conflicts57)


def test_godis_two_charges_are_real_sentences_shown(raw, analysed):
    (godi,) = (f for f in FINDINGS if "shown" in f)
    held = _sentences_holding({"a": godi["a"], "b": godi["b"]}, raw[8]["documents"])
    assert held["a"] == "Charged with possession of alcohol by a minor."
    assert held["b"].startswith("Dominic Godi, 21, of Meadow Road, Bolton;")
    assert _shown(analysed[8], godi["a"], godi["b"])  # kind `charge` since conflicts57


def test_the_blind_half_shows_no_conflict(raw, analysed):
    blind = FIXTURE["blind"]
    for line, cluster in zip(blind["raw_lines"], blind["clusters"], strict=True):
        assert raw[line]["id"] == cluster
        assert len(analysed[line].conflicts) == blind["conflicts"]
