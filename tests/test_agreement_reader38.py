"""The thirty-eighth agreement pass (fixtures/agreement_reader38.json): a value in two units
(raw 17's "6 and 8 feet" / "eight stories"), a lone own word that names who speaks ("His
wife said" / "My wife called me and said"), a first-person line naming no speaker against
another's credited quotation (raw 25) and a line that names a title (raw 21's track list)
agree on nothing; the readers' items and every pair main showed in three raw clusters,
judged first, score the halves."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_measures import measured_apart
from chorus.analyze.model import Analysis
from chorus.analyze.statements import names_a_title, speakers_apart
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader38")
ELEVATOR = "multi_news-val-1397"
"""Raw 17: a baby's stroller down an elevator shaft in Coney Island, three outlets."""


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (aee0f90e): 22 right, 9 wrong shown; the branch keeps the 22 and shows 5 wrong
    # (17's "45 directly related" / "four elevator violations", 9's columnist's call, 29's two
    # mask supports, 240's 911 call). The forty-fourth pass: 9's two copies of the White
    # House's statement both support a third outlet's copy, which the one-word link
    # ("end") to "Tuesday's report that Trump asked ... Comey" no longer takes: one item,
    # no statement-support pair of the two: 21. The fifty-fifth pass: 240's 911 call, one
    # scene and two deeds (agreement_scenes.py), goes: 4 wrong
    assert tally["pair", "right", True] == 21, tally
    assert tally["pair", "wrong", True] <= 4, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before the branch ran on them: main and the branch show all 5, all right
    assert tally["pair", "right", True] == 5, tally
    assert tally["pair", "wrong", True] == 0, tally


def test_two_wives_and_two_units_agree_on_nothing(analyses):
    analysis, _ = analyses[ELEVATOR]
    pairs = [(f.statement.text, s.text) for f in analysis.agreed for s in f.support]
    assert not any("His wife said" in a or "His wife said" in b for a, b in pairs), pairs
    assert not any(_pairs(a, b, "6 and 8 feet", "eight stories") for a, b in pairs), pairs
    # the same fall, told without a second unit, stays agreed
    assert any(_pairs(a, b, "6 and 8 feet", "several feet onto the roof") for a, b in pairs), pairs


def _pairs(a: str, b: str, one: str, other: str) -> bool:
    return (one in a and other in b) or (one in b and other in a)


def test_the_readings_on_the_clusters_sentences():
    assert measured_apart(
        "The elevator doors opened suddenly — but the car was between 6 and 8 feet below the floor",
        "... landed on the elevator car, which was out of service eight stories below.",
    )
    # an ordinal floor is no measure; one unit written two ways is one
    assert not measured_apart("on the 23rd floor of 3415 Neptune Ave.", "a 23-story high-rise")
    assert not measured_apart("a 10-foot wall", "a wall 10 feet high")
    assert names_a_title("Mobb Deep – “Survival of the Fittest” (Wonderboy Remix)")
    assert names_a_title('"Survival of the Fittest"')
    assert not names_a_title("“I am incredibly flattered,” he said in a statement.")
    assert not names_a_title("\"Not, as Mr. Turner's father said, '20 minutes of action.'\"")
    assert speakers_apart(
        "Coach Magwood has devoted countless hours to the youth in the community and we want to "
        "honor him during this difficult time.",
        "\"He's done so much for everyone in the community. Now is the time for us to do "
        'something for him," Eberhart said.',
    )
    # one remark, credited in one outlet and printed bare in another, is one voice
    assert not speakers_apart(
        "I was not a responsible leader, and as such do not feel myself guilty.",
        "“I was not a responsible leader, and as such do not feel myself guilty,” the German "
        "wrote.",
    )
