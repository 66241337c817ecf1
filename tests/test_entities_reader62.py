"""The entities section's sixty-second pass (journal/entities.md, "Entities, sixty-second pass
(stop 38)"): reader 46's missing central names and wrong kinds. The company a cluster is
about, read as a nationality in its first window, is read again at its possessive
("Fitbit"); a campus's town inside a university's name is no person ("Pomona"); a state's
abbreviation after a town is a mention of the state the text names in full ("Neb."); two
bodies closing on one word are two names ("Senate Intelligence Committee" beside "House
Intelligence Committee"). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

FITBIT, BERM, SPYING, COMEY, CHURCH, TUSKEGEE = (
    "multi_news-val-1487",
    "multi_news-val-1432",
    "multi_news-val-5261",
    "multi_news-val-4035",
    "multi_news-val-351",
    "multi_news-val-3044",
)
"""Raw 142 (the class action against Fitbit over its heart-rate monitors: CNN and the
plaintiffs' Business Wire release, both citing the Cal Poly Pomona study), raw 147 (the
Fort Calhoun berm: AP writes "Nebraska", ABC "Fort Calhoun, Neb." and "Minot, N.D."), raw 149
(spying on allied leaders: Feinstein chairs the Senate Intelligence Committee, in AP and the
WSJ; AP also names the House Intelligence Committee), raw 9 (Comey's firing: the Senate
Judiciary Committee in two outlets), raw 106 (the Community of Christ, "Independence, Mo.",
beside A1's "Missouri") and raw 3 ("Montgomery, Ala.", the Harding family's home town;
Alabama never written in full)."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({FITBIT, BERM, SPYING, COMEY, CHURCH, TUSKEGEE}, speakers=True)


def test_entities_the_company_read_as_a_nationality_is_listed(listed):
    """Raw 142: Fitbit, the defendant, written 36 times by both outlets, was not listed: the
    recognizer reads "the Fitbit trackers" and "a claim Fitbit denies" as a nationality, and
    "Fitbit's research team" as a company."""
    fitbit = listed[FITBIT]["Fitbit"]
    assert (fitbit.label, fitbit.outlets) == ("organisation", 2)
    assert len(fitbit.mentions) == max(len(e.mentions) for e in listed[FITBIT].values())


def test_entities_a_campus_town_inside_a_university_is_no_person(listed):
    """Raw 142: "Pomona" of "California State Polytechnic University, Pomona" and "Cal Poly
    Pomona" was listed as a person; the campus is the university, in both outlets."""
    found = listed[FITBIT]
    assert "Pomona" not in found
    campus = found["California State Polytechnic University, Pomona"]
    assert (campus.label, campus.outlets) == ("organisation", 2)


def test_entities_a_states_abbreviation_after_a_town_is_the_state(listed):
    """Raw 147: ABC's "Fort Calhoun, Neb." and "Minot, N.D." name Nebraska and North Dakota,
    which AP writes in full: Nebraska is in both outlets. Raw 106: "Independence, Mo." in
    A0 and A1's "Missouri"."""
    nebraska = listed[BERM]["Nebraska"]
    assert spelled(nebraska) == {"Nebraska", "Neb."}
    assert (nebraska.label, nebraska.outlets) == ("place", 2)
    assert "N.D." in spelled(listed[BERM]["North Dakota"])
    assert listed[CHURCH]["Missouri"].outlets == 2


def test_entities_a_state_written_only_after_its_town_is_no_row(listed):
    """Raw 3: "Montgomery, Ala." is the town's address; Alabama is never written in full,
    and is not listed on its own."""
    assert "Montgomery" in listed[TUSKEGEE]
    assert "Alabama" not in listed[TUSKEGEE]


def test_entities_two_bodies_closing_on_one_word_are_two_names(listed):
    """Raw 149: the Senate Intelligence Committee (AP: Feinstein its chairwoman; the WSJ:
    "The chairman of the Senate Intelligence Committee") was one name with the House
    Intelligence Committee to the window budget, which read only the House's. Raw 9: the
    Senate Judiciary Committee, written in two outlets."""
    senate = listed[SPYING]["Senate Intelligence Committee"]
    assert (senate.label, senate.outlets) == ("organisation", 2)
    assert listed[SPYING]["House Intelligence Committee"].outlets == 1
    judiciary = listed[COMEY]["Senate Judiciary Committee"]
    assert (judiciary.label, judiciary.outlets) == ("organisation", 2)
