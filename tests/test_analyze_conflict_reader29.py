"""The "Conflicts" section after the twenty-ninth pass (conflict_reader29.json): a negation
its sentence sets against reports ("Top tawyer Robert M. Wallack says, despite the reports,
he has not met with Kim to discuss any divorce") answers the reports of Star's claim that
name him (raw 28), not a report sharing only the divorce; raw 69's one lawsuit told two
ways is no conflict; the Multi-News+ lines where a version of the rule showed a pair are
shown as judged; the blind half (raw 78 and 83) shows no conflict, as judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.conflict_reports import _countered, _report
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_raw_lines
from tests.test_analyze_conflict_reader21 import _shown
from tests.test_analyze_conflict_reader22 import _sentences_holding, shown_as_judged
from tests.test_analyze_conflict_reader26 import design_documents

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader29.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]
DESIGN = FIXTURE["design"]
WALLACK = "he has not met with Kim to discuss any divorce"


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
    for claim in finding.get("also_claims", ()):
        assert _shown(analysed[finding["raw_line"]], claim, finding["b"])
    for other in finding.get("not_claims", ()):
        assert not _shown(analysed[finding["raw_line"]], other, finding["b"])


def test_the_lawyers_denial_answers_stars_report_in_both_articles(analysed):
    # Main showed none: no denial verb, and "met" is not the reported "consulted".
    (conflict,) = analysed[28].conflicts
    assert conflict.kind == "denial"
    assert conflict.reason == (
        "One side denies what the other claims: “has not met with Kim to discuss any divorce”"
    )
    assert [s.text for s in conflict.side_b] == [
        "Top tawyer Robert M. Wallack says, despite the reports, he has not met with Kim to "
        "discuss any divorce."
    ]
    # [3]'s report and [4]'s own telling of it, each naming the "top divorce lawyer"
    assert len({s.article.id for s in conflict.side_a}) == 2
    assert all("top divorce lawyer" in s.text for s in conflict.side_a)


def test_what_is_negated_is_read_outside_the_pointer_and_without_names(raw):
    held = _sentences_holding(
        {"denial": WALLACK, "report": "has reported that Kim may have already consulted"},
        raw[28]["documents"],
    )
    start, negated = _countered(held["denial"])
    assert held["denial"][start:].startswith("has not met")
    # "Kim" names whom, the reports' words are the pointer's: what is negated is the rest
    assert negated == frozenset({"met", "discu", "divor"})
    assert _report(held["report"])


def test_only_a_report_set_against_is_read():
    # Real sentences of the census (Multi-News+ train 17907, 5580): "despite a report"
    # tells what happened since, and "the hollywood reporter" is a paper.
    since = (
        "No effort was made to indict him for any crimes ( despite a report last october that "
        'the obama administration was " considering " indicting him )'
    )
    assert _countered(since) is None
    assert not _report(
        "Photo: snow white and the huntsman starring kristen stewart, charlize theron, chris "
        "hemsworth sources tell the hollywood reporter that the sequel to june's snow white, "
        "which starred stewart, hemsworth and charlize theron, is being reconceived as a "
        "spinoff movie."
    )


@pytest.mark.parametrize("sample", DESIGN, ids=lambda s: f"{s['file']}-{s['line']}")
def test_the_design_lines_are_shown_as_judged(plus_documents, sample):
    documents = plus_documents[sample["file"], sample["line"]]
    held = _sentences_holding({"a": sample["a"], "b": sample["b"]}, documents)
    assert held["a"] != held["b"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    assert _shown(analysis, sample["a"], sample["b"]) == sample["shown_after"]
    if sample["verdict"] != "conflict":
        assert not sample["shown_after"]


def test_the_blind_half_shows_no_conflict(raw, analysed):
    blind = FIXTURE["blind"]
    for line, cluster in zip(blind["raw_lines"], blind["clusters"], strict=True):
        assert raw[line]["id"] == cluster
        assert len(analysed[line].conflicts) == blind["conflicts"]
