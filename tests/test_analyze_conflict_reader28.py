"""The "Conflicts" section after the twenty-eighth pass (conflict_reader28.json): 81's "Over
five decades he made fashion" against "a six-decade fashion career" is no conflict (loose
figures of one career, both true) and no duration is read of either; the Multi-News+ lines
where two articles give "first ... in N years" (or decades) two spans are two things or
figures that meet, and none is read as a run; a run counted in "times" names no kind of
event; the blind half (raw 54 and 64) shows no conflict, as judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.durations import durations_before, runs
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import analysed_raw_lines
from tests.test_analyze_conflict_reader21 import _shown
from tests.test_analyze_conflict_reader22 import _sentences_holding, shown_as_judged
from tests.test_analyze_conflict_reader26 import design_documents

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader28.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]
DESIGN = FIXTURE["design"]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_raw_lines(FIXTURE, raw)


@pytest.fixture(scope="module")
def plus_documents() -> dict[tuple[str, int], list[str]]:
    return design_documents(DESIGN)


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    assert (finding["verdict"] == "conflict") == finding["shown_after"]
    assert analysed[finding["raw_line"]].conflicts == ()


def test_a_careers_decades_are_no_duration_of_a_named_thing(raw):
    held = _sentences_holding(
        {"over": "Over five decades he made fashion", "career": "six-decade fashion career"},
        raw[81]["documents"],
    )
    # "over five decades" names nothing that lasted, and decades are not read: no two
    # articles of all the data give one noun two "N-decade" figures
    assert durations_before(held["over"]) == durations_before(held["career"]) == []
    assert runs(held["over"]) == runs(held["career"]) == []


@pytest.mark.parametrize("sample", DESIGN, ids=lambda s: f"{s['file']}-{s['line']}")
def test_a_first_in_years_is_no_run_and_not_shown(plus_documents, sample):
    documents = plus_documents[sample["file"], sample["line"]]
    held = _sentences_holding({"a": sample["a"], "b": sample["b"]}, documents)
    assert held["a"] != held["b"]
    assert runs(held["a"]) == runs(held["b"]) == []
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    assert _shown(analysis, sample["a"], sample["b"]) == sample["shown_after"]
    assert (sample["verdict"] == "conflict") == sample["shown_after"]


@pytest.mark.parametrize("item", FIXTURE["runs_of_time"], ids=lambda i: i["duc"])
def test_a_run_of_times_names_no_kind_of_event(item):
    duc = {c["id"]: c["documents"] for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)}
    documents = duc[item["duc"]]
    giving = [d for d in documents if item["a"] in d]
    assert len(giving) == 2
    held = _sentences_holding({"a": item["a"]}, giving)
    assert runs(held["a"]) == []
    # the same words with a kind of event before "in" are a run
    ((span, such),) = runs(held["a"].replace("third time", "third attack"))
    assert (span.noun, span.written, such) == ("third attack", "in less than three weeks", False)


@pytest.mark.parametrize("line", FIXTURE["blind"]["raw_lines"])
def test_the_blind_half_shows_no_conflict(raw, analysed, line):
    assert FIXTURE["blind"]["conflicts"] == 0
    analysis = analysed[line]
    assert analysis is not None
    assert analysis.conflicts == ()
    for pair in (p for p in FIXTURE["blind"]["pairs_read"] if p["raw_line"] == line):
        held = _sentences_holding({"a": pair["a"], "b": pair["b"]}, raw[line]["documents"])
        assert held["a"] != held["b"]
