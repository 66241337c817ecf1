"""The entities section's eighty-second pass (journal/entities.md, "Entities, eighty-second
pass"): names the recognizer's windows gave no label, or cut in two. A name no window
labelled written after "the city of" is a place; two read names of one kind written only
overlapping are one; a given name in brackets before a surname makes the full name. The
expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters

ROBBERIES, JOGGING, TSA = "multi_news-val-5012", "multi_news-val-5067", "multi_news-val-4412"
"""Raw 60 (four Walgreens robbed: [1] "he hit a Walgreens in the city of Plantation on June
11th", [2] "robbing a Walgreens in Plantation on June 11"), 74 (jogging and death: both
outlets cite the "Journal of the American College of Cardiology"; [1] quotes "D.C.
(Duck-chul) Lee, an assistant professor of kinesiology at Iowa State University" as "Lee
said") and 24 (pocketknives on planes: [1] quotes "[Homeland Security] Secretary [Janet]
Napolitano")."""
HIROSHIMA, LOS_ANGELES, CRIMEA = "multi_news-val-5480", "multi_news-val-5484", "multi_news-val-501"
"""Raw 245 ("the Yagi district of Hiroshima's Asa-Minami Ward"), 161 ("Los Angeles County"
beside "Los Angeles" six times) and 249 ("the key Crimean city of Sevastopol")."""
TIMOR = "d30034t"
"""DUC: "we'll pursue the (East) Timor issue"."""
EARNERS, SHOOTING = "multi_news-val-1115", "multi_news-val-576"
"""Raw 5 (TV's top-paid actresses: "the two women who tie for first place on our list: Tina
Fey and Eva Longoria.", "Longoria leads the pack") and 32 ("in the direction of Sophie
Wright and Felicity Street,")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {ROBBERIES, JOGGING, TSA, HIROSHIMA, LOS_ANGELES, CRIMEA, TIMOR, EARNERS, SHOOTING},
        speakers=True,
    )


def _row(listed, cluster, name):
    entity = listed[cluster].get(name)
    return entity and (entity.label, entity.outlets, len(entity.mentions))


def test_entities_a_name_after_the_city_of_is_a_place(listed):
    assert _row(listed, ROBBERIES, "Plantation") == ("place", 2, 2)
    assert _row(listed, CRIMEA, "Sevastopol") == ("place", 2, 7)
    # two names a possessive joins are left to the rule reading them apart
    assert "Hiroshima's Asa-Minami Ward" not in listed[HIROSHIMA]
    assert _row(listed, HIROSHIMA, "Hiroshima") == ("place", 2, 3)


def test_entities_two_names_written_only_overlapping_are_one(listed):
    assert _row(listed, JOGGING, "Journal of the American College of Cardiology") == (
        "organisation",
        2,
        3,
    )
    assert not {"Journal of the American College", "American College of Cardiology"} & set(
        listed[JOGGING]
    )
    # the city is written alone too: its county is no one name with it
    assert "Los Angeles County" not in listed[LOS_ANGELES]
    assert listed[LOS_ANGELES]["Los Angeles"].label == "place"


def test_entities_a_given_name_in_brackets_makes_the_full_name(listed):
    assert _row(listed, JOGGING, "Duck-chul Lee") == ("person", 1, 7)
    assert "Lee" not in listed[JOGGING]
    assert _row(listed, TSA, "Janet Napolitano") == ("person", 1, 1)
    # a place's word in brackets is no given name
    assert listed[TIMOR]["East Timor"].label == "place"


def test_entities_a_full_name_closing_a_pair_after_a_person_is_a_person(listed):
    assert _row(listed, EARNERS, "Eva Longoria") == ("person", 1, 2)
    # a street's name so written is no person
    assert "Felicity Street" not in listed[SHOOTING]
