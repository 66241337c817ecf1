"""The entities section's seventy-third pass (journal/entities.md, "Entities, seventy-third
pass (stop 42)"): readers 64 and 65's entity items. Makes in the plural are no people (raw
144's "Kias and Hyundais"), a newsletter's heading in capitals before a dash is no part of
the name after it, nor a side's word after a name ("Unfazed Hill Republicans"), a fashion
house after "houses like" is an organisation (raw 15's Gucci), a real name is its person's
(raw 111's "Lima (real name Harold Lima)", raw 34's "Stormy Daniels, whose real name is
Stephanie Clifford"), and a full name after a post is listed in the room left (raw 120's
"Prime Minister Benjamin Netanyahu"). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

BANKS, SHOES, LFO, DANIELS, POLAND, WAYNE = (
    "multi_news-val-555",
    "multi_news-val-4826",
    "sample-validation-111",
    "multi_news-val-2986",
    "multi_news-val-765",
    "multi_news-val-3544",
)
"""Raw 144 (Politico's newsletter and ABC's interview: "If Americans can buy Kias and
Hyundais, we should see South Koreans driving Chevys and Chryslers", "I don't mind Kias and
Hyundais sold here"; "EXCLUSIVE: ABA’S KEATING RIPS OBAMA - American Bankers Association
President Frank Keating"; "... Unfazed Hill Republicans responded"), 15 (Michael Kors buys
Jimmy Choo: "luxury houses like Gucci", "brands including Gucci, Yves Saint Laurent"), 111
(LFO's Devin Lima: "Lima (real name Harold Lima) had been diagnosed"), 34 (Stormy Daniels,
whose real name is Stephanie Clifford), 120 (Poland's Holocaust law: "Prime Minister
Benjamin Netanyahu has not been disturbed") and 50 ("DETROIT - A Wayne State University
...")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({BANKS, SHOES, LFO, DANIELS, POLAND, WAYNE}, speakers=True)


def test_entities_makes_in_the_plural_are_no_people(listed):
    found = listed[BANKS]
    assert not {"Kias", "Chevys", "Hyundais", "Chryslers"} & found.keys()
    assert found["Korea"].label == "place"


def test_entities_a_heading_before_a_dash_is_no_part_of_a_name(listed):
    found = listed[BANKS]
    assert not [name for name in found if " - " in name]
    bankers = found["American Bankers Association"]
    assert bankers.label == "organisation"
    assert spelled(bankers) == {"American Bankers Association", "ABA"}
    assert found["Frank Keating"].label == "person"
    # a dateline's town and the story's article are no part of the university's name
    university = listed[WAYNE]["Wayne State University"]
    assert university.label == "organisation" and university.outlets == 3
    assert not [name for name in listed[WAYNE] if name.startswith(("DETROIT", "A "))]


def test_entities_a_name_before_a_sides_word_is_no_person(listed):
    """ "Unfazed Hill Republicans": "Unfazed" opens a sentence and "Hill" is Capitol Hill;
    its "the Hill" is no surname."""
    found = listed[BANKS]
    assert not [name for name in found if "Hill" in name]


def test_entities_a_fashion_house_after_houses_like_is_an_organisation(listed):
    found = listed[SHOES]
    assert found["Gucci"].label == "organisation"
    assert found["Zuzanna Pusz"].label == "person"


def test_entities_a_real_name_is_its_persons(listed):
    found = listed[LFO]
    assert "Harold Lima" not in found
    lima = found["Devin Lima"]
    assert {"Devin Lima", "Harold Lima", "Lima"} <= spelled(lima)
    daniels = listed[DANIELS]
    assert "Stormy Daniels" not in daniels
    clifford = daniels["Stephanie Clifford"]
    assert {"Stormy Daniels", "Stephanie Clifford", "Clifford"} <= spelled(clifford)
    assert clifford.label == "person"


def test_entities_a_full_name_after_a_post_is_listed_in_the_room_left(listed):
    found = listed[POLAND]
    assert found["Benjamin Netanyahu"].label == "person"
    assert found["Andrzej Duda"].label == "person"
