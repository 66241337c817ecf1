"""The entities section's thirty-fifth pass (journal/entities.md, "Entities, thirty-fifth pass"): an
eighteenth reader's findings (fixtures/entity_reader35.json), scored with a blind sample of
two more clusters, and the general causes set right, each on real clusters: a known place's
possessive inside a run is its mention, a company's first word alone and a two-word first
name are one name with the full one, a full name closing a title after "The" and one of a
people ("Frenchman") are not listed, and a list after an organisation is of organisations."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters, spelled

READER35 = fixture("entity_reader35.json")
READER35_IDS = {index: cluster for cluster, index in READER35["index"].items()}
NORSE, ACHIEVE, TESLA, OBJECTS, HANNITY = (
    "multi_news-val-80",
    "multi_news-val-1745",
    "multi_news-val-4328",
    "multi_news-val-5309",
    "multi_news-val-4378",
)


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {NORSE, ACHIEVE, TESLA, OBJECTS, HANNITY} | set(READER35["index"]) | set(READER35["blind"])
    )


def test_entities_the_eighteenth_readers_findings_score(listed):
    """Thirteen findings, none met on main (f51550f), all on this pass's branch."""
    met = findings_met(READER35, listed)
    assert len(met) == 13
    assert all(met.values()), sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 137, 106), main (f51550f) and the branch alike (no rule
    of this pass fires there): 25 of 30 listed names right, 2 of a wrong label ("Trump" an
    organisation; a church's "USA National Conference", a meeting), 3 broken ("Natalia" cut
    from Natalia Veselnitskaya, "Church", "Young's LDS Church"); 21 of the 47 names a
    reader expects found (106's Wikipedia page was judged only where listed)."""
    assert_half_scores(listed, READER35, "blind", (0.8, 0.07, 0.44))


def test_entities_a_known_places_possessive_inside_a_run_is_its_mention(listed):
    """ "Chicago's Soldier Field" (raw 44's third outlet) and "Thailand's Geo-Informatics and
    Space Technology Development Agency" count the place, as a run of their own would."""
    assert listed[READER35_IDS[44]]["Chicago"].outlets == 2
    assert listed[OBJECTS]["Thailand"].outlets == 2


def test_entities_a_company_and_a_first_name_written_short_are_one(listed):
    """ "Etihad" (unread, in three outlets) is Etihad Airways', "SynCardia Systems" is
    SynCardia's and "Tesla Motors" Tesla's (the first word, read as an organisation, is
    shown); "Mona Lisa", never written with "Lisa" alone, is Mona Lisa Harding ("The Harding
    kids" the family's since the seventy-seventh pass, "Mona Lisa and Kip Harding" her
    husband's since the seventy-eighth: her ten mentions by name and "growing up Harding")."""
    assert listed[READER35_IDS[217]]["Etihad Airways"].outlets == 3
    assert {"SynCardia", "SynCardia Systems"} <= spelled(listed[READER35_IDS[179]]["SynCardia"])
    assert "Tesla Motors" in spelled(listed[TESLA]["Tesla"]) and "Tesla Motors" not in listed[TESLA]
    harding = listed[READER35_IDS[3]]["Mona Lisa Harding"]
    assert "Mona Lisa" in spelled(harding) and len(harding.mentions) >= 11


def test_entities_titles_and_peoples_are_not_listed(listed):
    """A full name closing a title after "The" (Donne's poem "The Broken Heart", whose
    "Heart" took a sentence's "Heart failure"; the book's "The Harding Family's Method"),
    but not a person inside a longer title ("The Sean Hannity Show"); "a 75-year-old
    Frenchman" beside "French" and "the Norsemen" beside "Norse" are no body or place."""
    assert not {"Broken Heart", "Frenchman"} & listed[READER35_IDS[179]].keys()
    assert "Harding Family" not in listed[READER35_IDS[3]]
    assert listed[HANNITY]["Sean Hannity"].label == "person"
    assert "Norsemen" not in listed[NORSE]


def test_entities_a_list_after_an_organisation_is_of_organisations(listed):
    """Raw 217's "Etihad Airways, and Emirates" and "LATAM, and Italy’s Meridiana", raw
    179's "SynCardia Systems and Abiomed", raw 68's "the National Research Council and
    Achieve, a nonprofit education group" (a person by the recognizer)."""
    airlines = listed[READER35_IDS[217]]
    assert airlines["Emirates"].label == airlines["Meridiana"].label == "organisation"
    assert listed[READER35_IDS[179]]["Abiomed"].label == "organisation"
    assert listed[ACHIEVE]["Achieve"].label == "organisation"
