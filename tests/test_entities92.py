"""The entities section's ninety-second pass (journal/entities.md, "Entities, ninety-second
pass"): a name closing on a disease's word is not listed (raw 159's "Rocky Mountain Spotted
Fever", an organisation), nor a genus written between its kind's word and its species (raw
159's "the bacteria Rickettsia rickettsii", a place, and "the cayenne tick (Amblyomma
cajennense)", an organisation); and a dateline alone in its paragraph, its dash closing it,
is its place (raw 136's "MOUNT DORA, Fla. -", whose "DORA" was an organisation). The
expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

SPOTTED_FEVER = "multi_news-val-903"
"""Raw 159 ([1] "caused by the bacterium Rickettsia rickettsii"; [2] "Rocky Mountain Spotted
Tick Fever"; [3] the CDC's page, "the cayenne tick (Amblyomma cajennense)")."""
LOTTERY = "multi_news-val-1049"
"""Raw 136 ([1] a station's transcript, then "MOUNT DORA, Fla. -" in a paragraph of its own;
[2] "a Mount Dora taxi company")."""


def test_entities_a_disease_and_its_genera_are_not_listed():
    listed = listed_on_clusters({SPOTTED_FEVER}, speakers=True)[SPOTTED_FEVER]
    assert (
        not {
            "Rocky Mountain Spotted Fever",
            "Rocky Mountain Spotted Tick Fever",
            "Rickettsia",
            "Amblyomma",
        }
        & listed.keys()
    )
    # the places and bodies beside them stay
    assert listed["Oklahoma City"].label == "place"
    assert listed["CDC"].label == "organisation"


def test_entities_a_dateline_closing_on_its_dash_is_its_place():
    listed = listed_on_clusters({LOTTERY}, speakers=True)[LOTTERY]
    assert "DORA" not in listed
    mount_dora = listed["Mount Dora"]
    # the dateline's outlet and the newspaper's "Mount Dora taxi company"
    assert (mount_dora.label, mount_dora.outlets) == ("place", 2)
