"""The timeline's forty-ninth pass: two outlets' lines of one month or day sharing a run of
words, a number written as a word read as its figure, tell one event and show one row (raw
17: 'passed a thorough, "once-every-5-years inspection" in January, 2016' / 'passed
inspections in January 2016, including a thorough, "once-every-five-years inspection"').
Lines of one date sharing fewer words stay apart. Gold: fixtures/timeline_reader49.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated
from tests.test_timeline_reader45 import _score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader49.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    """Every raw cluster the gold and the controls name."""
    return _raw({item[1] for item in _GOLD["design"]} | {58})


def _rows(sentences: list, when: str) -> list[str]:
    """The lines shown under one date."""
    return [e.sentence.text for e in timeline(sentences, frozenset()).entries if e.when == when]


def test_the_design_half(clusters):
    # Main (b9f99fb): 5 of 5 found, none wrong, 5 rows twice (each event under two outlets).
    assert _score(_GOLD["design"], clusters) == (5, 0, 5, 0)


def test_two_outlets_lines_of_one_date_telling_two_things_stay_apart(clusters):
    # Raw 23: the president's refusal of a pardon and Eichmann's letter, both of May 29, 1962,
    # share "Adolf Eichmann" only; raw 58's five July 2016 lines tell the photos' spread,
    # Plaskett's answer and the accounts made, in three outlets' words.
    refusal, letter = _rows(_own_dated(clusters[23]), "1962-05-29")
    assert "no justification for giving Eichmann a pardon" in refusal
    assert letter.startswith("The letter was signed and dated")
    assert len(_rows(_own_dated(clusters[58]), "2016-07")) == 5


def test_one_raid_told_by_two_outlets_is_one_row():
    # Multi-News+ validation 4966: "to destroy key parts of the heavily guarded plant" in
    # both lines, the shorter kept.
    ((_, cluster),) = _lines(FILES["mn+val"], {4966})
    (raid,) = _rows(_sentences(cluster, None), "1943-02")
    assert raid.startswith("Roenneberg, then 23, was tapped by the soe")


def test_a_year_is_read_for_a_shared_run():
    # Raw 23's 1950 (the flight to Argentina) stands in both near-copies: since the sixtieth
    # pass a year is grouped by shared words as a month or a day is (it was not read then).
    assert len(_rows(_own_dated(_raw({23})[23]), "1950")) == 1
