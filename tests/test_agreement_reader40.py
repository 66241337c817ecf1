"""The fortieth agreement pass (fixtures/agreement_reader40.json): two events said to be
held on other weekdays ("visitation ... will be held Friday" / "On Wednesday, a traditional
brass-band parade will be held", raw 32) are not linked, nor the writer's own call on what
should be done ("Burr's committee should subpoena that memo", raw 9) with a report of what
was done; agree39's shown pairs and every pair main showed in three raw clusters, judged
first, score the halves."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_apart import calls_for, held_apart
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader40")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (b9f99fb6): 1 right, 10 wrong shown; the branch shows 2 right (9's Chaffetz letter
    # joins) and 9 wrong (cut: 9's Burr call, 32's visitation / parade; formed: 32's handgun)
    assert tally["pair", "right", True] == 2, tally
    assert tally["pair", "wrong", True] <= 9, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before the test scored them: main and the branch show all 48, 35 right; agree51
    # cuts raw 218's "That search was energized last week" under "... will cease using ..."
    assert tally["pair", "right", True] == 35, tally
    assert tally["pair", "wrong", True] <= 10, tally


def test_the_readings_on_the_clusters_sentences():
    visitation = (
        "The Saints announced Tuesday that visitation for Smith will be held Friday at the "
        "team's indoor practice facility."
    )
    parade = (
        "On Wednesday, a traditional brass-band parade will be held near the shooting scene in "
        "honor of Smith, with the Saints planning their own tribute on Friday."
    )
    assert held_apart(visitation, parade)
    # one event held on one day, however else the two write it
    assert not held_apart(visitation, "Visitation will be held Friday at the Saints' facility.")
    assert calls_for(
        "Burr’s committee should subpoena that memo and every memo or other document reflecting "
        "the content of conversations between Comey and President Trump."
    )
    # a custom, an instruction to the reader and someone's reported view are no writer's call
    assert not calls_for(
        "By tradition, the job of establishing a new government should go to the Islamic "
        "Virtue Party since it has the most seats in Parliament."
    )
    assert not calls_for(
        "Anyone with information about the girls' disappearance should call the tip line at "
        "(844) 459-5786."
    )
    assert not calls_for(
        "Trump has suggested Republicans should eliminate the filibuster if Democrats use it."
    )
