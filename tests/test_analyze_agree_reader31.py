"""The thirty-first agreement pass (fixtures/agreement_reader31.json): a twenty-sixth
reader's findings. Distances from two named places, a top number against a sentence
ranking nothing and a record said not to mention a thing support nothing."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_readings import located_apart, rank_unsupported, unmentioned
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader31")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (f2ab78bf): all 7 wrong pairs shown, 4 of 5 right; now 153's Freedom Bridge, 0's
    # "top 20" / "doesn't measure" and 34's "did not ... refer to the restraining order" go.
    # Left: 23's rejection letter, 0's mission statement, 34's $130,000 and arbitration
    # clause; 6's abstract / news story finding is still missed. The thirty-second pass:
    # 34's $130,000 goes (its "campaign" is in a dashed aside on Cohen). agree77: 34's
    # "bogus arbitration proceeding ... on Feb. 27" row, right but a second telling of the
    # first row's fact, is cut by MAX_FACTS for the $130,000 payment four outlets tell
    assert tally["pair", "wrong", True] <= 3, tally
    assert tally["pair", "right", True] == 3, tally


def test_the_blind_clusters_agree_on_nothing(analyses):
    # two unrelated texts each (scored once, main and the branch alike)
    for case in GOLD:
        if case["half"] == "blind":
            assert analyses[case["id"]][0].agreed == (), case["index"]


FOUND = (
    "They noted the bodies were found about 12:15 p.m. about a half to three-quarters of a "
    "mile upstream from Monon High Bridge, which is part of the Delphi Historic Trails."
)


def test_distances_from_two_named_places_support_nothing():
    # raw 153: two bridges, [3] names both
    assert located_apart(
        FOUND,
        "The two bodies were found near Deer Creek about a mile east of the Freedom Bridge, "
        "east of town.",
    )
    # the railroad bridge is Monon High Bridge, named by no name: it stays
    assert not located_apart(
        FOUND,
        "On Tuesday, police announced they found two bodies in Delphi, along Deer Creek, about "
        "a half mile from the railroad bridge where the girls had last been seen.",
    )


def test_a_top_number_against_no_rank_supports_nothing():
    # raw 0
    top = (
        "The United States of America may be the land of the free and the home of the brave, "
        "but it’s not even in the world’s top 20 countries, according to the latest version of "
        "the Good Country Index."
    )
    assert rank_unsupported(
        top, "The Good Country Index doesn’t measure what countries do at home."
    )
    assert not rank_unsupported(
        top,
        "The latest edition of the Good Country Index has crowned Sweden as the world’s best "
        "country while the United States languishes down in 21st place.",
    )


def test_a_record_said_not_to_mention_it_supports_nothing():
    # raw 34
    order = (
        "An arbitrator in California issued a temporary restraining order last week that barred "
        "Clifford from disclosing any confidential information tied to the nondisclosure "
        "agreement or details about the arbitration hearing, according to a copy of the order "
        "that was obtained by NBC News."
    )
    assert unmentioned(
        order,
        "The lawsuit was filed a week after Mr. Cohen initiated arbitration proceedings, but "
        "the court papers did not say what was at issue or refer to the restraining order.",
    )
    assert not unmentioned(
        order,
        "On that day, Cohen obtained a temporary restraining order against Clifford from the "
        'private arbitrator, a retired judge, which bars her from disclosing "confidential '
        'information" related to the nondisclosure agreement signed in October 2016, according '
        "to a copy of the order obtained by NBC News.",
    )
