"""The entities section's thirty-ninth pass (journal/entities.md, "Entities, thirty-ninth pass"): a
twenty-first reader's findings (fixtures/entity_reader39.json), scored with a blind sample of
two more clusters, and the general causes set right, each on real clusters: one name spelt
two ways by two outlets, a surname that is another person's first name, a first name before
a family's surname, a first name inside a quoted title, a page's call to follow it on a site,
a headline's words, a menu's names run on, a monarch's name and a place's after a prefix."""

from __future__ import annotations

import pytest

from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER39 = fixture("entity_reader39.json")
READER39_IDS = {index: cluster for cluster, index in READER39["index"].items()}
HARDING, MUSEUM, GRUNBERG, STERN, DISSIDENTS = (
    "multi_news-val-3044",
    "multi_news-val-794",
    "multi_news-val-4810",
    "multi_news-val-3200",
    "d31050t",
)
LEFT = {
    # "multi_news-val-325 John" met by the eighty-eighth pass ("his father John" is John Ramsey's)
    "multi_news-val-325 Phil",
    # "multi_news-val-5397 Reuters outlets" met once cleaning's eighteenth pass removed the
    # caption's "[Reuters]" credit (1 outlet); "multi_news-val-4896 Air Force One" (a plane's
    # call sign) and "... Nancy Pelosi found" ("Speaker Nancy Pelosi") by the sixty-eighth.
    "multi_news-val-5397 David Cameron found",
    "multi_news-val-5397 Hillary Clinton found",
    # "multi_news-val-290 Kofi Annan found" met by entities106 ("Mr Annan" vouches his name)
}
"""Findings no general rule was found for (decisions.md says why)."""


@pytest.fixture(scope="module")
def listed():
    others = {HARDING, MUSEUM, GRUNBERG, STERN, DISSIDENTS}
    return listed_on_clusters(others | set(READER39["index"]) | set(READER39["blind"]))


def test_entities_a_twenty_first_readers_findings_score(listed):
    """Twenty-two findings: three met before this pass (27c9a12: 28's "Barack" a person,
    "Kris" Kris Humphries's, 69's Burke Ramsey in two outlets), thirteen on its branch; the
    nine left are LEFT (eight since cleaning's eighteenth pass, six since the sixty-eighth
    entities pass, five since the seventieth: Jimmy Carter, by his first name's shape; four
    since the eighty-eighth: raw 69's John; three since entities106: Kofi Annan)."""
    met = findings_met(READER39, listed)
    assert len(met) == 22
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 177, 191), before and after this pass alike (no rule of it
    fires there): 31 of 35 listed names right, 2 of a wrong label (Sandy Hook a person, the
    rifle "Bushmaster AR-15" an organisation), 2 broken ("Bieder" of "Koskoff, Koskoff and
    Bieder", "America" of a group's name); 37 of the 93 names a reader expects found (191's
    victims, Karen Hinton and most groups missed)."""
    assert_half_scores(listed, READER39, "blind", (0.88, 0.06, 0.39))


def test_entities_one_name_spelt_two_ways_by_two_outlets_is_one(listed):
    """ "Muammar Gaddafi" (Al Jazeera) and "Moammar Gadhafi" (msnbc.com): one man, each
    spelling in one outlet, so each was listed below Malta. Accents are not what joins them:
    "Kira Grünberg" keeps its spellings with and without."""
    gadhafi = listed[READER39_IDS[176]]["Moammar Gadhafi"]
    assert gadhafi.outlets == 2 and len(gadhafi.mentions) >= 41
    assert {"Gaddafi", "Gadhafi", "Muammar Gaddafi"} <= spelled(gadhafi)
    assert "Muammar Gaddafi" not in listed[READER39_IDS[176]]
    grunberg = listed[GRUNBERG]["Kira Grünberg"]
    assert {"Grünberg", "Grunberg"} <= spelled(grunberg)


def test_entities_a_surname_that_is_another_persons_first_name_is_no_ones_alone(listed):
    """69's "Burke" (Burke Ramsey's first name, 20 times) went to Stan Burke, named once.
    A family is no first name: raw 3's "Harding" stays Mona Lisa Harding's beside "The
    Harding Family's Method"; a name written surname first keeps it ("Wang" of Wang Youcai)."""
    ramseys = listed[READER39_IDS[69]]
    assert spelled(ramseys["Stan Burke"]) == {"Stan Burke"}
    assert "Harding" in spelled(listed[HARDING]["Mona Lisa Harding"])
    assert "Wang" in spelled(listed[DISSIDENTS]["Wang Youcai"])


def test_entities_a_first_name_before_a_familys_surname_takes_it(listed):
    """ "John and Patsy Ramsey", "John Ramsey's decision": John Ramsey, whom the recognizer
    read only as "John"; Ramsey is three read people's surname, so written alone it is no
    one's and the full name takes nothing from them."""
    john = listed[READER39_IDS[69]]["John Ramsey"]
    assert john.label == "person" and john.outlets == 2 and len(john.mentions) >= 7
    assert listed[READER39_IDS[69]]["Patsy Ramsey"].outlets == 2


def test_entities_a_first_name_inside_a_quoted_title_is_still_the_full_names(listed):
    """28's "Kim" (24 mentions) apart from Kim Kardashian: "“Kourtney & Kim Take New York”"
    ran "Kim" into another capitalised word, which is a title's, not another Kim's. Two "the
    Kardashian clan" are the family's since the seventy-seventh pass."""
    kardashians = listed[READER39_IDS[28]]
    assert "Kim" in spelled(kardashians["Kim Kardashian"])
    assert len(kardashians["Kim Kardashian"].mentions) >= 34


def test_entities_a_pages_call_to_follow_it_names_no_site(listed):
    """ "Follow us on Twitter for even more live coverage" (28), "Become a fan of the Museum
    on Facebook at ..., follow us on Twitter at @AMNH, on Instagram ... and on Tumblr" (33):
    furniture. A site the story names stays (191's Twitter biography)."""
    assert "Twitter" not in listed[READER39_IDS[28]]
    assert not {"Facebook", "Instagram", "Tumblr", "Twitter"} & listed[MUSEUM].keys()
    assert listed["multi_news-val-584"]["Twitter"].label == "organisation"


def test_entities_a_headlines_words_and_a_menus_names_are_none(listed):
    """139's video title "South Slammed Again with Arctic Mix" (a person); 214's "Donald
    Trump Donald" and 188's "Mark Joseph Stern Mark", a menu's or a byline's names run on."""
    assert "South Slammed Again" not in listed[READER39_IDS[139]]
    assert "Donald Trump Donald" not in listed[READER39_IDS[214]]
    assert "Mark Joseph Stern Mark" not in listed[STERN]
    # Since cleaning's thirty-second pass the byline's bio line is removed whole (a credit):
    # the writer is no name of the story.
    assert not any("Stern" in name for name in listed[STERN])


def test_entities_a_monarchs_name_and_a_places_after_a_prefix(listed):
    """221's "the real Napoleon" (an organisation) beside "Napoleon III"; 139's "the
    Antarctic and Sub-Antarctic birds" (an organisation), an adjective."""
    assert listed[READER39_IDS[221]]["Napoleon"].label == "person"
    assert "Sub-Antarctic" not in listed[READER39_IDS[139]]
    assert listed[READER39_IDS[139]]["Antarctic"].label == "place"
