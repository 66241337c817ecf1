"""The entities section's sixty-ninth pass (journal/entities.md, "Entities, sixty-ninth pass
(stop 40)"): readers 54's and 55's names entities67 and entities68 left. A role's nickname
("everyone's favorite Golden Girl") and a word for God written alone ("the Divine itself")
are not listed; a full name after "the late" is a person's ("the late Terence McKenna"); a
speaker whose surname the recognizer read as a city, and whom the text has speak by that
surname alone ("Houston said"), is listed by the full name the credits give ("Angus
Houston"). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

(BETTY_WHITE, PROOF_OF_HEAVEN, OIL_SLICK) = (
    "multi_news-val-2611",
    "multi_news-val-3880",
    "multi_news-val-1557",
)
"""Raw 203 (Betty White asked onto 'Dancing With the Stars': "bring everyone's favorite
Golden Girl back to primetime"), raw 212 (Eben Alexander's Newsweek essay and Sam Harris's
reply: "the home of the Divine itself", "that Divine presence", "Here is how the late
Terence McKenna described the prototypical DMT trance") and raw 218 (the MH370 search: "said
Air Chief Marshal Angus Houston", "Search chief Angus Houston said", "Houston said")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({BETTY_WHITE, PROOF_OF_HEAVEN, OIL_SLICK}, speakers=True)


def test_entities_a_roles_nickname_is_not_listed(listed):
    """Raw 203 listed "Golden Girl" as a place: Betty White's part. She stays a person."""
    found = listed[BETTY_WHITE]
    assert "Golden Girl" not in found
    assert found["Betty White"].label == "person"


def test_entities_a_word_for_god_is_not_listed(listed):
    """Raw 212 listed "Divine" as an organisation, in both articles; Eben Alexander and
    Jesus stay people."""
    found = listed[PROOF_OF_HEAVEN]
    assert "Divine" not in found
    assert {found[name].label for name in ("Eben Alexander", "Jesus")} == {"person"}


def test_entities_a_name_after_the_late_is_a_person(listed):
    """Raw 212's Terence McKenna, quoted on DMT by [2] and cited after the quote, was an
    organisation."""
    mckenna = listed[PROOF_OF_HEAVEN]["Terence McKenna"]
    assert mckenna.label == "person"
    assert mckenna.outlets == 1


def test_entities_a_speaker_whose_surname_is_a_city_is_listed_by_full_name(listed):
    """Raw 218 listed "Houston (person)" while all three articles name Angus Houston: his
    row is now his full name, with the mentions of his surname alone, and "Air Chief Marshal
    Angus" (the recognizer's cut before his surname) is not listed."""
    found = listed[OIL_SLICK]
    assert "Houston" not in found
    assert not any(name.startswith("Air Chief Marshal") for name in found)
    houston = found["Angus Houston"]
    assert houston.label == "person"
    assert houston.outlets == 3
    assert spelled(houston) == {"Angus Houston", "Houston"}
