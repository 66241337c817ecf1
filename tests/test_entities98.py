"""The entities section's ninety-eighth pass (journal/entities.md, "Entities, ninety-eighth
pass"): a possessive before a body's name the text also writes alone is no part of it (raw
106's "Young's LDS Church"); a place opening two bodies that share a head word in the plural
is no mention of the place (raw 96's "the Tennessee and Federal Bureaus of Investigation");
an organisation only written after a model's year is the model (raw 62's "white 2003 Nissan
Maxima", raw 57's "the popular 1955 Burger"); a place only written in a dateline of several
bureaus is none of the story's (raw 87's "SINGAPORE/BEIJING"); "Church" alone is a body's
kind, no name (raw 106, raw 77). The expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

COMMUNITY = "multi_news-val-351"
"""Raw 106 (the Community of Christ's vote: [3], an encyclopedia's page, writes "Young's
LDS Church in Utah", "the LDS Church" 40 times, "President of the Church", "Brigham
Young")."""
LANE = "multi_news-val-696"
"""Raw 96 (Mark Lane's obituary: [3] "accusing the Tennessee and Federal Bureaus of
Investigation of suppressing evidence", its only "Tennessee")."""
KUNZ = "multi_news-val-5590"
"""Raw 62 (a missing Idaho toddler: [1] "authorities found Alexis Murphy's white 2003
Nissan Maxima", its only "Nissan")."""
BURGER = "multi_news-val-3211"
"""Raw 57 (McDonald's McRibster in Austria: "the return of the popular 1955 Burger",
its only "Burger")."""
RODMAN = "multi_news-val-3382"
"""Raw 87 (Rodman in North Korea: [1] opens "SINGAPORE/BEIJING Flamboyant former basketball
star Dennis Rodman", its only "SINGAPORE"; "before he left Beijing for Pyongyang")."""
NEVADA = "multi_news-val-932"
"""Raw 77 (Nevada's marijuana sales: a page's stray line "the history of the Church.")."""


def test_entities_a_possessive_before_a_body_written_alone_is_no_part_of_it():
    listed = listed_on_clusters({COMMUNITY}, speakers=True)[COMMUNITY]
    assert "Young's LDS Church" not in listed
    # the possessive is Brigham Young's: his mention
    assert len(listed["Brigham Young"].mentions) == 7
    # "Church" alone is the body's kind, as "the University" is
    assert "Church" not in listed
    assert listed["Community of Christ"].outlets == 3


def test_entities_a_place_opening_two_bodies_of_one_head_is_not_listed():
    listed = listed_on_clusters({LANE})[LANE]
    assert "Tennessee" not in listed
    assert listed["Virginia"].label == "place"


def test_entities_an_organisation_only_after_a_models_year_is_not_listed():
    listed = listed_on_clusters({KUNZ, BURGER})
    assert "Nissan" not in listed[KUNZ]
    assert "Burger" not in listed[BURGER]
    # the car's owner and where it was found stay
    assert listed[KUNZ]["Alexis Murphy"].label == "person"
    assert listed[KUNZ]["Albemarle County"].label == "place"


def test_entities_a_place_only_in_a_dateline_of_bureaus_is_not_listed():
    listed = listed_on_clusters({RODMAN, NEVADA})
    assert "SINGAPORE" not in listed[RODMAN]
    assert "Singapore" not in listed[RODMAN]
    # the other bureau the story names again stays
    assert listed[RODMAN]["Beijing"].label == "place"
    assert "Church" not in listed[NEVADA]
