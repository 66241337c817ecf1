"""The "Conflicts" section after the thirty-first pass (conflict_reader31.json), which
changed no rule: raw 95's X-ray (the son's appointment or his father's) is a conflict of
who, none of the section's kinds; 176's death tolls, 33's titanosaur and 147's generators
are not shown, as judged; reader 23's other items are judged as conflict_reader30.json
judged them (Godi is one man in both lists; 209's passengers read "150 Chinese" in the
markdown briefing too); the blind half (raw 151, 157) shows none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.measures import measures
from chorus.analyze.model import Analysis
from chorus.api import brief
from chorus.language.counts import counts
from chorus.model import Briefing
from chorus.render import to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_raw_lines
from tests.test_analyze_conflict_reader21 import _shown
from tests.test_analyze_conflict_reader22 import _sentences_holding, shown_as_judged

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = json.loads((FIXTURES / "conflict_reader31.json").read_text(encoding="utf-8"))
THIRTIETH = json.loads((FIXTURES / "conflict_reader30.json").read_text(encoding="utf-8"))
FINDINGS = FIXTURE["findings"]
AGAIN = FIXTURE["judged_again"]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_raw_lines(FIXTURE, raw)


@pytest.fixture(scope="module")
def briefed_again(raw) -> dict[int, Briefing]:
    """The briefings (100 words) of the lines whose items are judged again."""
    lines = {f["raw_line"] for f in AGAIN}
    return {line: brief(raw[line]["documents"], words=100) for line in sorted(lines)}


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    shown = finding["verdict"] == "conflict" and "left" not in finding
    assert shown == finding["shown_after"]


def test_the_x_ray_holds_nothing_the_number_rules_read(raw):
    # Whose appointment it was is told in words alone: no count or measurement in either.
    (x_ray,) = (f for f in FINDINGS if f["raw_line"] == 95)
    held = _sentences_holding({"a": x_ray["a"], "b": x_ray["b"]}, raw[95]["documents"])
    assert "father" not in held["a"] and "his father" in held["b"]
    assert [counts(s) + measures(s) for s in held.values()] == [[], []]


def test_the_tolls_are_a_floor_of_one_day_and_a_count_since_february(raw, analysed):
    # A floor of 61 in Tripoli on Monday holds beside hundreds across Libya since Feb. 15.
    (tolls,) = (f for f in FINDINGS if f["raw_line"] == 176)
    held = _sentences_holding({"a": tolls["a"], "b": tolls["b"]}, raw[176]["documents"])
    ((day,), (since,)) = counts(held["a"]), counts(held["b"])
    assert (day.quantity, day.bound, day.value) == ("deaths", "at least", 61.0)
    assert since.quantity == "deaths" and since.value > day.value
    assert "since Feb. 15" in held["b"]
    assert analysed[176].conflicts == ()


@pytest.mark.parametrize("again", AGAIN, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_reader_23s_other_items_are_judged_as_the_thirtieth_pass_judged_them(again):
    (before,) = (f for f in THIRTIETH["findings"] if f["a"] == again["a"])
    assert (before["raw_line"], before["verdict"]) == (again["raw_line"], again["verdict"])


def test_godi_is_one_man_in_both_lists_and_his_charges_are_shown(raw, briefed_again):
    (godi,) = (f for f in AGAIN if "same_man" in f)
    first, second = godi["same_man"]
    held = _sentences_holding({"wtnh": first, "courant": second}, raw[8]["documents"])
    assert held["wtnh"].startswith("Dominic Godi, 21, Bolton")
    assert "conspiracy to commit sale or delivery" in held["courant"]
    # left then for want of a kind; kind `charge` since conflicts57
    assert _shown(briefed_again[8].analysis, godi["a"], "conspiracy to commit sale")


def test_the_passengers_read_as_written_in_the_markdown_briefing(briefed_again):
    # Reader 23 saw "150 chinese vs 153 chinese" there; the thirtieth pass fixed the reason.
    section = to_markdown(briefed_again[209]).split("## Conflicts", 1)[1].split("\n## ", 1)[0]
    assert "- Different figures for passengers: 150 Chinese vs 153 Chinese" in section
    assert "chinese" not in section


def test_the_blind_half_shows_no_conflict(raw, analysed):
    blind = FIXTURE["blind"]
    assert [raw[line]["id"] for line in blind["raw_lines"]] == blind["clusters"]
    assert all(len(analysed[line].conflicts) == blind["conflicts"] for line in blind["raw_lines"])
