"""The "Conflicts" section after the twenty-seventh pass (conflict_reader27.json): one run of
events given two spans is shown (143's "the third Model S fire in six weeks" against "the
third such incident in five weeks"), 52's two ages of Frank Macomber stay shown with their
reason, and 184's police counts (a tweet's forecast against one force's tally) and its ban
(made, then relaxed) are left. The Multi-News+ lines where a "first ... in N years" differs
show that a gap since the last time is not read as a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.durations import run_conflicts, runs
from chorus.analyze.model import Analysis
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_raw_lines
from tests.test_analyze_conflict_reader21 import _shown
from tests.test_analyze_conflict_reader22 import _sentences_holding, shown_as_judged
from tests.test_analyze_conflict_reader26 import _plus_documents

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader27.json").read_text(encoding="utf-8")
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
def plus_documents() -> dict[int, list[str]]:
    return _plus_documents("train", {d["line"] for d in DESIGN})


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    assert (finding["verdict"] == "conflict") == finding["shown_after"]


@pytest.mark.parametrize(
    "finding", [f for f in FINDINGS if f["shown_after"]], ids=lambda f: str(f["raw_line"])
)
def test_each_shown_finding_is_the_clusters_one_conflict_and_says_what_differs(analysed, finding):
    (conflict,) = analysed[finding["raw_line"]].conflicts
    assert conflict.reason == finding["reason"]


@pytest.mark.parametrize("sample", DESIGN, ids=lambda s: str(s["line"]))
def test_a_first_in_years_is_no_run(plus_documents, sample):
    documents = plus_documents[sample["line"]]
    held = _sentences_holding({"a": sample["a"], "b": sample["b"]}, documents)
    assert held["a"] != held["b"]
    assert runs(held["a"]) == runs(held["b"]) == []
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    assert _shown(analysis, sample["a"], sample["b"]) == sample["shown_after"]


def test_a_such_run_is_the_event_the_sentence_before_names(raw):
    story = [s for a in as_articles(raw[143]["documents"]) for s in split(clean(a))]
    texts = [s.text for s in story]
    named = next(n for n, t in enumerate(texts) if "third Model S fire" in t)
    such = next(n for n, t in enumerate(texts) if "third such incident" in t)
    ((fire, plain),) = runs(texts[named])
    ((incident, pointing),) = runs(texts[such])
    assert (fire.noun, fire.written, plain) == ("third fire", "in six weeks", False)
    assert (incident.noun, incident.written, pointing) == ("third incident", "in five weeks", True)
    # five and six whole weeks only touch: a span is rounded to one of them
    assert not fire.agrees(incident)
    (conflict,) = run_conflicts(story, texts, {named, such})
    assert [s.text for s in conflict.side_a + conflict.side_b] == [texts[named], texts[such]]
    # without "a fire burned up one of its ... Model S hatchbacks" before it, "such" names
    # no event: no conflict
    assert "fire" in texts[such - 1]
    kept = [n for n in range(len(story)) if n != such - 1]
    left = [story[n] for n in kept], [texts[n] for n in kept]
    assert run_conflicts(*left, {named, kept.index(such)}) == []
