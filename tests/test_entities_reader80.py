"""The entities section's eightieth pass (journal/entities.md, "Entities, eightieth pass
(stop 45)"): readers 72 to 74's wrong kinds and split names. Initials defined after their
body's name ("U.N. Population Fund (UNFPA)") are that body; a place written right after
"University of" is the university's; a people written only in the plural beside its
singular ("no Klingons with whom to communicate", "the Klingon language") is no body; a name
spelled with two letters swapped ("Tolkein", "Tolkien") is one person. The expectations are
read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

KLINGON, ROMNEY, ARCHIVES, FUND, CARCINOGENS, PROTESTS, BLIZZARD = (
    "multi_news-val-333",
    "multi_news-val-2464",
    "multi_news-val-2031",
    "multi_news-val-4039",
    "multi_news-val-3658",
    "multi_news-val-3536",
    "multi_news-val-168",
)
"""Raw 40 (Paramount against Axanar: "there are no Klingons with whom to communicate" in [1]
and [3], "the Klingon language" throughout; the writer's "J.R.R. Tolkein", "the Tolkein
estate", "unpublished Tolkein works", the lawyer he quotes "Tolkien's languages", "the
Tolkien Estate", "J.R.R. Tolkien's integrity right", "Tolkien cannot hold"), 22 (Romney's
22 approvals: "a new paper released Friday by University of North Carolina journalism
professor Daniel Kreiss"), 105 (the San Francisco Mint: "retired to the National Archives
and Records Administration (NARA)", "under NARA's jurisdiction"), 132 (the UNFPA cut: [1] "The
U.N. Population Fund, known as UNFPA", [2] "ending U.S. funding for the United Nations
Population Fund", "the U.N. Population Fund (UNFPA)"; [3] a map notice naming UNFPA), 154
(carcinogens: "the International Agency for Research on Cancer (IARC)"), 206 (campus
protests: [1] "the president and chancellor at the University of Missouri", [2] "protests
that started at the University of Missouri") and 234 (the blizzard: "prompting the
University of Wisconsin at Madison to cancel Thursday's finals" beside twelve other
"Wisconsin", "parts of Iowa and Wisconsin hit with more than a foot of snow")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {KLINGON, ROMNEY, ARCHIVES, FUND, CARCINOGENS, PROTESTS, BLIZZARD}, speakers=True
    )


def test_entities_initials_defined_after_a_body_are_that_body(listed):
    fund = listed[FUND]["United Nations Population Fund"]
    assert fund.label == "organisation"
    assert spelled(fund) == {"United Nations Population Fund", "U.N. Population Fund", "UNFPA"}
    assert fund.outlets == 3
    assert "UNFPA" not in listed[FUND]
    archives = listed[ARCHIVES]["National Archives and Records Administration"]
    assert spelled(archives) == {"National Archives and Records Administration", "NARA"}
    assert "NARA" not in listed[ARCHIVES]
    cancer = listed[CARCINOGENS]["International Agency for Research on Cancer"]
    assert "IARC" in spelled(cancer)


def test_entities_the_fund_is_no_mention_of_the_united_nations(listed):
    """The U.N. keeps "the United Nations and its agencies", not the fund's "U.N.": of [1]'s
    twelve "U.N." and "United Nations", four open "U.N. Population Fund"; of [2]'s six, one."""
    nations = listed[FUND]["U.N."]
    assert len(nations.mentions) == 13
    assert nations.outlets == 2


def test_entities_a_place_after_university_of_is_the_university(listed):
    assert "North Carolina" not in listed[ROMNEY]
    assert listed[ROMNEY]["University of North Carolina"].label == "organisation"
    assert "Missouri" not in listed[PROTESTS]
    missouri = listed[PROTESTS]["University of Missouri"]
    assert (missouri.label, missouri.outlets) == ("organisation", 2)


def test_entities_the_state_keeps_its_own_mentions(listed):
    """Wisconsin keeps the twelve mentions not written after "University of"."""
    found = {
        name: (e.label, e.outlets, len(e.mentions))
        for name in ("Wisconsin", "University of Wisconsin")
        if (e := listed[BLIZZARD].get(name))
    }
    assert found == {
        "Wisconsin": ("place", 3, 12),
        "University of Wisconsin": ("organisation", 1, 1),
    }


def test_entities_a_people_in_the_plural_is_no_body(listed):
    assert "Klingons" not in listed[KLINGON]
    assert listed[KLINGON]["Paramount"].label == "organisation"


def test_entities_two_letters_swapped_are_one_person(listed):
    assert "Tolkein" not in listed[KLINGON]
    tolkien = listed[KLINGON]["Tolkien"]
    assert tolkien.label == "person"
    assert len(tolkien.mentions) == 7
