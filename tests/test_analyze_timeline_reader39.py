"""The timeline's thirty-ninth pass: a twenty-fourth reader's findings. The alleged crime's
year in a sentence of a motion to dismiss ("the crimes they were accused of, including
sexually abusing the children at their day care in 1991") dates no row; a charge told with
only its offence's name ("charged with first-degree murder in january 2014") keeps its own
date. The note on dates it could not place says how often an expression it names was
met, so that its list adds up to its count. The gold (fixtures/timeline_reader39.json) was
judged before any rule of the pass; its blind half was scored once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences, _shown, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader39.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    items = _GOLD["design"] + _GOLD["blind"]
    raw = _raw({i[1] for i in items if i[0] == "raw"} | {11})
    lines = dict(_lines(FILES["mn+val"], {i[1] for i in items if i[0] == "mn+val"} | {1096}))
    return {("raw", n): c for n, c in raw.items()} | {("mn+val", n): c for n, c in lines.items()}


def _read(clusters: dict, key: tuple[str, int], words: str, expression: str) -> list:
    return _shown(_sentences(clusters[key], None), words, expression)


def test_the_design_half_finds_all_and_is_never_wrong(clusters):
    # Main (a1da0ad): 7 of 8 found, 1 wrong (152's motion under 1991); 2289's charge missed.
    assert score(_GOLD["design"], clusters) == (8, 0, 8)


def test_a_crime_s_year_under_a_motion_to_dismiss_dates_no_row(clusters):
    assert _read(clusters, ("raw", 152), "According to the motion to dismiss", "1991") == []
    # The accusation made that year, and the conviction, keep theirs.
    assert _read(clusters, ("raw", 152), "three children accused them in", "1991") == ["1991"]
    words = "The couple was convicted in 1992 of sexually assaulting"
    assert _read(clusters, ("raw", 152), words, "1992") == ["1992"]


def test_a_charge_told_by_its_offence_s_name_alone_keeps_its_date(clusters):
    words = "Davis was initially charged with first-degree murder"
    assert _read(clusters, ("mn+val", 2289), words, "january 2014") == ["2014-01"]
    # The verdict's year, not the murder's (Politkovskaya was shot dead in 2006).
    words = "Five men were found guilty of her murder in 2014"
    assert _read(clusters, ("mn+val", 1096), words, "2014") == ["2014"]


def test_the_note_s_list_adds_up_to_its_count(clusters):
    # Since timeline57 the undated "last week" is named too.
    reason = timeline(_sentences(clusters["raw", 11], None), frozenset()).reason
    assert reason.startswith(
        "4 date expression(s) that name no year ('Sunday' twice, 'last week', 'Friday')"
    )


def test_the_blind_half_as_scored_once(clusters):
    # Scored once, rules frozen: main and branch alike, 2 of 3 found (202's March 2014
    # hearing and 2010 listing), 1 wrong: 202's "who is denying criminal charges of having
    # the substance for supply in 2012" (the alleged offence's year; "having" is no crime's
    # word the trials rule reads). Missed: 211's "when we first saw the Horizon at CES 2013".
    # The Acts' and the bill's years show nothing.
    assert score(_GOLD["blind"], clusters) == (2, 1, 3)
