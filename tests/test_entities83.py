"""The entities section's eighty-third pass (journal/entities.md, "Entities, eighty-third
pass"): a house of fashion read as a person, a field of study read as a body, a role read as
a body. A name after "designed for" is the house, not its founder; a name after "degree in"
is a subject, not listed; a name before its actor's in brackets is a person of the story.
The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters

DESIGNER, PAGEANT, GOODLATTE = "multi_news-val-2313", "multi_news-val-2486", "multi_news-val-4113"
"""Raw 81 (Oscar de la Renta's death: [1] "in Paris, at Lanvin under Antonio Castillo", [2]
"the designer studied under Balenciaga and designed for Lanvin"; [1] "the dress and veil he
designed for Elizabeth Shaffer"), 16 (Miss Delaware stripped of her title: "her master's
degree in Social Work") and 208 (Bob Goodlatte retires: "His son Bobby Goodlatte was an early
designer at Facebook")."""
NEW_MOON, MOBB_DEEP = "multi_news-val-3194", "multi_news-val-410"
"""Raw 247 (a review of New Moon: "the characters of Bella (Kristen Stewart) and Edward
(Robert Pattinson)", "pale-faced vampire Edward") and 21 (Prodigy's death: "alongside
partner Havoc (Kejuan Muchita)")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({DESIGNER, PAGEANT, GOODLATTE, NEW_MOON, MOBB_DEEP}, speakers=True)


def test_entities_a_house_designed_for_is_an_organisation(listed):
    lanvin = listed[DESIGNER]["Lanvin"]
    assert (lanvin.label, lanvin.outlets) == ("organisation", 2)
    # a full name keeps its label after the same words: the bride a dress was made for
    assert listed[DESIGNER]["Elizabeth Shaffer"].label == "person"
    assert listed[DESIGNER]["Cristóbal Balenciaga"].label == "person"
    assert listed[GOODLATTE]["Facebook"].label == "organisation"


def test_entities_a_field_of_study_is_not_listed(listed):
    assert "Social Work" not in listed[PAGEANT]
    # the story's names stay
    assert listed[PAGEANT]["Amanda Longacre"].label == "person"
    assert listed[PAGEANT]["University of Pennsylvania"].label == "organisation"


def test_entities_a_role_before_its_actor_in_brackets_is_a_person(listed):
    edward = listed[NEW_MOON]["Edward"]
    assert (edward.label, len(edward.mentions)) == ("person", 12)
    assert listed[NEW_MOON]["Bella"].label == "person"
    # a stage name before the name behind it stays the person
    assert listed[MOBB_DEEP]["Havoc"].label == "person"
