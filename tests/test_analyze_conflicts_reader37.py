"""The "Conflicts" section on the thirty-seventh pass' sample (conflict_reader37.json):
readers' items on raw 2, 9, 17 and 21 (design) and two raw lines no earlier conflict test
named (blind). Raw 9's one White House denial, told by a verb in [1] and by the statement
[3] and [5] quote, is one conflict; raw 17's "six stories below", a caption "(via
Facebook)", was a fair side against [2]'s eight stories onto the car ([3]'s own eights are
the car's plunge after) until the thirtieth cleaning pass took the caption out; raw 21's
2011 and 2012 for one memoir is a real conflict, missed then and shown since the
thirty-eighth pass (conflict_memoirs.py); raw 2's "they believe" against "no one knows yet"
is a difference of certainty, none."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines, lines_no_conflict_test_names
from tests.test_analyze_conflict_reader22 import placed

TESTS = Path(__file__).parent
FIXTURE = json.loads((TESTS / "fixtures" / "conflict_reader37.json").read_text(encoding="utf-8"))
CLUSTERS = [*FIXTURE["design"], *FIXTURE["blind"]]
PAIRS = [(cluster, pair) for cluster in CLUSTERS for pair in cluster["pairs"]]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_lines(raw, {cluster["raw_line"] for cluster in CLUSTERS})


def _shown(analysis: Analysis | None, a: str, b: str) -> bool:
    """Whether one conflict has `a` on one side and `b` on the other."""
    for conflict in () if analysis is None else analysis.conflicts:
        ours = " ".join(s.text for s in conflict.side_a)
        theirs = " ".join(s.text for s in conflict.side_b)
        if (a in ours and b in theirs) or (b in ours and a in theirs):
            return True
    return False


def test_the_blind_half_is_the_draw_from_the_lines_no_earlier_test_names(raw):
    unnamed = lines_no_conflict_test_names(raw, "reader37")
    drawn = random.Random(37).sample(unnamed, 2)
    assert drawn == [cluster["raw_line"] for cluster in FIXTURE["blind"]] == [91, 231]


@pytest.mark.parametrize(
    ("cluster", "pair"), PAIRS, ids=lambda x: str(x.get("raw_line", x.get("a", "")[:16]))
)
def test_each_pair_is_shown_as_judged(raw, analysed, cluster, pair):
    documents = raw[cluster["raw_line"]]["documents"]
    assert raw[cluster["raw_line"]]["id"] == cluster["cluster"]
    for side in (pair["a"], pair["b"]):
        placed(documents, side)  # a sentence chorus keeps: "not shown" is about a real pair
    expected = pair["judged"] == "conflict" and pair["shown"]
    assert _shown(analysed[cluster["raw_line"]], pair["a"], pair["b"]) == expected


def test_9s_one_denial_is_one_conflict_with_each_telling(raw, analysed):
    (conflict,) = analysed[9].conflicts
    documents = raw[9]["documents"]
    # [5] reports the Times' disclosure and quotes the statement [3] quotes: it stands on
    # the claim's side, its copy of the statement no side
    assert [placed(documents, s.text)[0] for s in conflict.side_b] == [1, 3]
    assert sorted(placed(documents, s.text)[0] for s in conflict.side_a) == [4, 5]
    assert conflict.reason.endswith(
        "“never asked Mr. Comey or anyone else to end any investigation”"
    )


def test_17s_fall_onto_the_car_has_no_caption_nor_plunge_for_a_side(raw, analysed):
    # The caption's "six stories below" (a side until the thirtieth cleaning pass cleaned it
    # out) and [3]'s eights, the car's plunge after the fall, another quantity: no side.
    sides = [s.text for c in analysed[17].conflicts for s in (*c.side_a, *c.side_b)]
    assert sides  # 17's times and floors still conflict
    assert not any("six stories below" in side or "plummeted eight" in side for side in sides)
    assert placed(raw[17]["documents"], "plummeted eight stories")[0] == 3


def test_91s_two_ages_are_one_articles(raw):
    (pair,) = FIXTURE["blind"][0]["pairs"]
    documents = raw[91]["documents"]
    assert placed(documents, pair["a"])[0] == placed(documents, pair["b"])[0] == 1
