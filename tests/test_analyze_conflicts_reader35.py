"""The "Conflicts" section after the thirty-fifth pass (conflict_reader35.json): raw 230's
Vogue title, "After Her 12-Hour Filibuster", quoted by an article whose own figure is 13,
left unread as the article's (the filibuster's 13 against 11 stays shown, [1] and [3]
against [2]); 47's failed evacuation and Conroy's later rescue, two moments, no conflict;
and a blind half of raw clusters no conflict test names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.durations import _of_one_thing, durations_after, durations_before
from chorus.analyze.model import Analysis
from chorus.model import Sentence
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines
from tests.test_analyze_conflict_reader22 import placed as _placed
from tests.test_analyze_conflict_reader22 import shown_as_judged

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader35.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]
BLIND = FIXTURE["blind"]
TITLE = "After Her 12-Hour Filibuster"


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_lines(raw, {f["raw_line"] for f in FINDINGS} | {b["raw_line"] for b in BLIND})


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    assert finding["shown_after"] == (finding["verdict"] == "conflict" and "left" not in finding)


def test_230s_title_is_vogues_figure_inside_the_article_that_gives_13(raw):
    documents = raw[230]["documents"]
    (place, title), (own_place, own) = (
        _placed(documents, words) for words in (TITLE, "whose 13-hour filibuster")
    )
    assert place == own_place == 3
    # the title's capitals keep its figure from being read as [3]'s own duration
    assert durations_before(title) == durations_after(title) == []
    (thirteen,) = durations_before(own)
    assert (thirteen.noun, thirteen.low, thirteen.high) == ("filibuster", 12.5, 13.5)
    (twelve,) = durations_before(title.lower())
    assert (twelve.noun, twelve.low, twelve.high) == ("filibuster", 11.5, 12.5)
    assert not twelve.agrees(thirteen)


def test_230s_title_read_as_3s_own_would_drop_the_shown_conflict(raw, analysed):
    (conflict,) = analysed[230].conflicts
    assert conflict.reason == (
        "Different durations of the filibuster: nearly 13-hour filibuster vs filibuster –11 hours"
    )
    assert conflict.outlets_a != conflict.outlets_b
    assert not any(TITLE in s.text for s in (*conflict.side_a, *conflict.side_b))
    read = [(s, durations_before(s.text)) for s in conflict.side_a]
    assert _of_one_thing(read)  # the articles' own figures: one filibuster
    # the title as a sentence of [3], the article of side A's "whose 13-hour filibuster"
    third = conflict.side_a[-1].article
    _, text = _placed(raw[230]["documents"], TITLE)
    start = third.text.index(text)
    title = Sentence(third, len(third.text), start, start + len(text))
    # [3]'s 13 beside the title's 12 would be two filibusters to durations.py
    assert _of_one_thing([*read, (title, durations_before(title.text.lower()))]) == {}


def test_47s_failed_evacuation_and_conroys_rescue_are_two_moments(raw, analysed):
    documents = raw[47]["documents"]
    (failed,) = (f for f in FINDINGS if f["raw_line"] == 47)
    assert [_placed(documents, failed[k])[0] for k in ("a", "b")] == [1, 3]
    # [3] tells who brought him out, and where to: not the convoy [1] saw fail
    _placed(documents, "managed to make it across the border, with the help of the activists")
    _placed(documents, "only Mr Conroy's group had been able to move forward")
    assert not any(
        failed[k] in s.text
        for c in analysed[47].conflicts
        for s in (*c.side_a, *c.side_b)
        for k in ("a", "b")
    )


@pytest.mark.parametrize("cluster", BLIND, ids=lambda b: str(b["raw_line"]))
def test_the_blind_half_as_judged(raw, analysed, cluster):
    assert raw[cluster["raw_line"]]["id"] == cluster["cluster"]
    analysis = analysed[cluster["raw_line"]]
    shown = [] if analysis is None else [c.reason for c in analysis.conflicts]
    assert shown == cluster["gold"]
    documents = raw[cluster["raw_line"]]["documents"]
    for pair in cluster.get("unclear", []):
        for side in "ab":
            assert any(pair[side] in document for document in documents)
            if pair["kept"][side]:
                _placed(documents, pair[side])
            else:
                with pytest.raises(AssertionError):
                    _placed(documents, pair[side])
