"""The entities section's sixty-fifth pass (journal/entities.md, "Entities, sixty-fifth pass
(stop 39)"): reader 51's mislabelled and split names. A court case ("Brulotte v. Thys") is
no person, a festival read as a person ("Dark Mofo winter festival") and a people
("Aboriginal Tasmanians") are not listed, a committee of two fields is one name ("the
Homeland Security and Governmental Affairs Committee"), a company's short form is the
company ("Marvel" of "Marvel Entertainment"), and a channel's name ("France 2 television")
is no mention of the country.
The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

HEART, ARIZONA, HOBART = "multi_news-val-5619", "multi_news-val-1862", "multi_news-val-2053"
SPIDER_MAN = "multi_news-val-3200"
"""Raw 179 (Carmat's artificial heart: Reuters' "told France 2 television"), raw 182 (two
copies of one AP story: "the incoming chairman of the Homeland Security and Governmental
Affairs Committee", "Homeland Security Secretary Janet Napolitano"), raw 185 (Mike Parr
buried under a Hobart road "as part of Tasmania's Dark Mofo winter festival"; "did not
consult with Aboriginal Tasmanians") and raw 188 (Kimble v. Marvel: "the 1964 Supreme Court
decision Brulotte v. Thys", "Kimble v. Marvel Entertainment", "Kimble thus sued Marvel")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({HEART, ARIZONA, HOBART, SPIDER_MAN}, speakers=True)


def test_entities_a_court_case_is_no_person(listed):
    """Raw 188: "Brulotte v. Thys" was listed as a person; the parties of the case the
    story is about stay people."""
    spider_man = listed[SPIDER_MAN]
    assert not any(" v. " in name for name in spider_man)
    assert spider_man["Stephen Kimble"].label == "person"
    assert spider_man["Elena Kagan"].label == "person"


def test_entities_a_companys_short_form_is_the_company(listed):
    """Raw 188: "Marvel" (both outlets) and "Marvel Entertainment" (one) were two rows; the
    Verge-style article writes both ("against Marvel Entertainment", "Kimble thus sued
    Marvel")."""
    spider_man = listed[SPIDER_MAN]
    assert "Marvel" not in spider_man
    marvel = spider_man["Marvel Entertainment"]
    assert (marvel.label, marvel.outlets) == ("organisation", 2)
    assert spelled(marvel) == {"Marvel", "Marvel Entertainment"}


def test_entities_a_festival_and_a_people_are_not_listed(listed):
    """Raw 185: "Dark Mofo" (a person, 5 mentions) is the festival ("Tasmania's Dark Mofo
    winter festival", "Dark Mofo curator"); "Aboriginal Tasmanians" (an organisation) is a
    people. Hobart, written before "winter festival" too, stays the city, and the artist
    stays a person."""
    hobart = listed[HOBART]
    assert "Dark Mofo" not in hobart
    assert "Aboriginal Tasmanians" not in hobart
    assert hobart["Hobart"].label == "place"
    assert hobart["Tasmania"].label == "place"
    assert hobart["Mike Parr"].label == "person"


def test_entities_a_channels_name_is_no_mention_of_its_country(listed):
    """Raw 179: Reuters writes France four times, once in "told France 2 television";
    France is listed by the other three ("France's Carmat", "pride to France", "France's
    Health Minister")."""
    france = listed[HEART]["France"]
    assert france.label == "place"
    assert len(france.mentions) == 3
    assert not any(m.article.text.startswith(" 2 ", m.end) for m in france.mentions)


def test_entities_a_committee_of_two_fields_is_one_name(listed):
    """Raw 182: "the Homeland Security and Governmental Affairs Committee" (once a copy) was
    listed as "Homeland Security" and "Governmental Affairs Committee"; the department
    keeps the secretary's two mentions ("Homeland Security Secretary Janet Napolitano")."""
    arizona = listed[ARIZONA]
    committee = arizona["Homeland Security and Governmental Affairs Committee"]
    assert (committee.label, committee.outlets, len(committee.mentions)) == ("organisation", 2, 2)
    assert "Governmental Affairs Committee" not in arizona
    department = arizona["Homeland Security"]
    assert len(department.mentions) == 2
    assert all(m.article.text.startswith(" Secretary", m.end) for m in department.mentions)
