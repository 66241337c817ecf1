"""The "Conflicts" section after the thirty-third pass (conflict_reader33.json): raw 153's
Liberty German, 13 in [1]'s "13-year-olds Liberty German and Abigail Williams" and 14 in
[2]'s 'Liberty “Libby” German, 14,', now shown (ages.py reads one age before two names and
a nickname in quotation marks inside a name); 153's two bridges, two distances; 130's
denials, a dispute one article tells both sides of; 34's denial of the lawsuit's claims, a
conflict left (the lawsuit "alleges", no cue claims.py reads), and Sanders' "won in
arbitration", unclear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.ages import _named_ages
from chorus.analyze.claims import asserts
from chorus.analyze.denial_cues import denial_in as _denial
from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines
from tests.test_analyze_conflict_reader22 import placed as _placed
from tests.test_analyze_conflict_reader22 import shown_as_judged

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader33.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_lines(raw, {f["raw_line"] for f in FINDINGS})


def _finding(part: str) -> dict:
    (found,) = (f for f in FINDINGS if part in f["a"])
    return found


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    assert finding["shown_after"] == (finding["verdict"] == "conflict" and "left" not in finding)


def test_one_age_before_two_names_is_each_ones(raw):
    place, text = _placed(raw[153]["documents"], _finding("13-year-olds")["a"])
    assert place == 1
    assert _named_ages(text) == [("Liberty", "German", 13), ("Abigail", "Williams", 13)]


def test_a_nickname_in_quotation_marks_stays_inside_the_name(raw):
    place, text = _placed(raw[153]["documents"], _finding("13-year-olds")["b"])
    assert place == 2 and "Liberty “Libby” German, 14," in text
    assert _named_ages(text) == [("Liberty", "German", 14), ("Abigail", "Williams", 13)]


def test_liberty_germans_two_ages_are_shown_once_and_williams_agrees(analysed):
    ages = [c for c in analysed[153].conflicts if c.reason.startswith("Different ages")]
    assert [c.reason for c in ages] == ["Different ages for Liberty German: 13 vs 14"]
    (conflict,) = ages
    assert {s.article.id for s in conflict.side_a}.isdisjoint(s.article.id for s in conflict.side_b)


def test_the_third_article_measures_from_another_bridge_than_the_one_it_names(raw):
    third = raw[153]["documents"][2]
    assert "about a mile east of the Freedom Bridge" in third
    assert "dropped near the Monon High Bridge" in third


@pytest.mark.parametrize("part", ["Susan Weiner", "at least eight women"])
def test_130s_denials_and_what_they_deny_are_told_by_one_article(raw, part):
    finding = _finding(part)
    (place_a, _), (place_b, _) = (_placed(raw[130]["documents"], finding[k]) for k in ("a", "b"))
    assert place_a == place_b == 2


def test_34s_denial_is_read_and_the_lawsuits_claim_is_not(raw):
    finding = _finding("intimate relationship")
    (place_a, claim), (place_b, denial) = (
        _placed(raw[34]["documents"], finding[k]) for k in ("a", "b")
    )
    assert place_a == 5 and place_b == 1
    assert _denial(denial) is not None
    # "the lawsuit alleges": no cue claims.py reads, so no claim for the denial to answer.
    assert "the lawsuit alleges" in claim and not asserts(claim)


def test_every_conflict_that_changed_is_judged():
    changed = FIXTURE["changed"]
    assert [c["raw_line"] for c in changed["appears"]] == [153]
    assert all(c["judged"] == "right" for c in changed["appears"])
    assert changed["disappears"] == []
