"""The entities section's seventieth pass (journal/entities.md, "Entities, seventieth pass
(stop 41)"): readers 55-58's names no window read. A full name shaped as a common first name
and a surname ("Jimmy Carter"), or any given name after "Sen." ("Sen. Cindy Hyde-Smith"),
is listed as the quotes' speakers are, in the room the rest leave under the cap; a shop
named "<name> by <owner>" is one organisation. The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

(BRANDS, BUNDY, OBAMA_HISTORY, PROOF_OF_HEAVEN, MERCERS, WENDY_DAVIS, SWEET_CAKES, SINEMA, ANC) = (
    "multi_news-val-1109",
    "multi_news-val-4378",
    "multi_news-val-4896",
    "multi_news-val-3880",
    "multi_news-val-4890",
    "multi_news-val-4960",
    "multi_news-val-2654",
    "multi_news-val-1144",
    "d31001t",
)
"""Raw 85 (food labelling: "big-supermarket brands: Kraft, Heinz, Sara Lee, Pepsico"), 151
(Cliven Bundy: "Sen. Rand Paul", "Paul said", "Rep Paul Ryan (Wis.)", "Jim Crow laws"), 221
(Chait on health care: "Democratic presidents ... are Jimmy Carter, a failure, and Bill
Clinton"), 212 (Eben Alexander: "I sought the opinion of Mark Cohen, a pioneer in the field
of neuroimaging"), 227 (the Mercers, at the 40-row cap), 230 (Wendy Davis: "Republican Ted
Cruz’s recent ... reading", "Sarah Palin was always dripping with kids"), 242 (the Oregon
bakery: "co-owner of the shuttered Sweet Cakes by Melissa", "his wife, Melissa, own Sweet
Cakes by Melissa") and 248 (Sinema and McSally: "vying to replace Republican Sen. Jeff
Flake", "Republican Sen. Cindy Hyde-Smith and Democrat Mike Espy"); DUC d31001t (South
Africa's truth commission: the ANC, which one outlet writes "A.N.C.")."""


@pytest.fixture(scope="module")
def listed():
    wanted = {
        BRANDS,
        BUNDY,
        OBAMA_HISTORY,
        PROOF_OF_HEAVEN,
        MERCERS,
        WENDY_DAVIS,
        SWEET_CAKES,
        SINEMA,
        ANC,
    }
    return listed_on_clusters(wanted, speakers=True)


@pytest.mark.parametrize(
    ("cluster", "name"),
    [
        (OBAMA_HISTORY, "Jimmy Carter"),
        (PROOF_OF_HEAVEN, "Mark Cohen"),
        (WENDY_DAVIS, "Ted Cruz"),
        (WENDY_DAVIS, "Sarah Palin"),
        (SINEMA, "Jeff Flake"),
        (SINEMA, "Cindy Hyde-Smith"),
        (SINEMA, "Mike Espy"),
    ],
)
def test_entities_a_full_name_by_its_first_name_is_a_person(listed, cluster, name):
    """People named in passing, no window read and no one quotes: each a person, its full
    name shown without the party or title before it."""
    assert listed[cluster][name].label == "person"
    assert not any(other.endswith(f" {name}") for other in listed[cluster])


def test_entities_a_lawmakers_title_opens_any_given_name(listed):
    """ "Cindy" is in no list of first names: after "Sen." she is a person all the same,
    both her mentions counted."""
    assert len(listed[SINEMA]["Cindy Hyde-Smith"].mentions) == 2


def test_entities_a_things_name_is_not_listed_by_its_first_name(listed):
    """ "Jim Crow laws" names laws and "Kraft, Heinz, Sara Lee, Pepsico" companies."""
    assert "Jim Crow" not in listed[BUNDY]
    assert "Sara Lee" not in listed[BRANDS]


def test_entities_a_first_name_that_is_a_listed_surname_is_left(listed):
    """Listing "Paul Ryan" would make "Paul said" no one's: Rand Paul keeps his four."""
    assert "Paul Ryan" not in listed[BUNDY]
    rand = listed[BUNDY]["Rand Paul"]
    assert len(rand.mentions) == 6 and "Paul" in spelled(rand)


def test_entities_people_by_their_first_names_take_no_listed_rows_place(listed):
    """Raw 227 is at the cap: its quoted and read names stay (Tom Fitton, quoted; New York
    until entities72 gave its room to Richard Painter, quoted in four rows), and no one is
    listed by a first name alone (David Koch, Peter Brown stay out)."""
    found = listed[MERCERS]
    assert len(found) == 40
    assert {"Tom Fitton", "Richard Painter", "Rebekah Mercer"} <= found.keys()
    assert not {"David Koch", "Peter Brown"} & found.keys()


def test_entities_a_shop_named_for_its_owner_is_one_organisation(listed):
    """ "Sweet Cakes" was listed as a person, cut from the bakery's name; Melissa Klein
    keeps only her own two mentions ("Aaron and Melissa Klein", "his wife, Melissa"),
    listed by her full name since the seventy-first pass."""
    found = listed[SWEET_CAKES]
    assert "Sweet Cakes" not in found
    bakery = found["Sweet Cakes by Melissa"]
    assert bakery.label == "organisation" and bakery.outlets == 2
    assert len(found["Melissa Klein"].mentions) == 2


def test_entities_initials_written_with_stops_are_the_names(listed):
    """Raw 227's New Yorker writes "the I.R.S.", the other outlet "the IRS" (read as the
    Internal Revenue Service): one row of two outlets, as DUC d31001t's "A.N.C." is the
    ANC's."""
    irs = listed[MERCERS]["Internal Revenue Service"]
    assert {"IRS", "I.R.S."} <= spelled(irs) and irs.outlets == 2
    assert "A.N.C." in spelled(listed[ANC]["African National Congress"])
    assert not {"I.R.S.", "A.N.C."} & (listed[MERCERS].keys() | listed[ANC].keys())
