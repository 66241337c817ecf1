"""The entities section's seventy-sixth pass (journal/entities.md, "Entities,
seventy-sixth pass (stop 44)"): readers 62 to 70's wrong kinds. A stock index written short
is no organisation (raw 19's "Dow" of "the Dow Jones Industrial Average"), nor a coffee a
place (raw 61's "Jamaican Blue Mountain coffee"), a phrase the text
writes in lower case far more often is no name (raw 19's "Stock Market" of Trump's tweets,
DUC d31050t's "Human Rights" cut from two rights groups' names), a housing project after "a
fellow" and before "resident" is a place (raw 21's Queensbridge), initials in parentheses
after the report they spell are no place (raw 154's "RoC"), a surname no window read
after an elected office is a person (raw 128's "President Obama"), and a body one article
writes that another's longer run opens is read past the budget (raw 29's Stanford
University). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters

MARKETS, PRODIGY, JET_LAG, KEURIG, AIR_FORCE, EMBASSY, BANKS, ADS, DISSIDENTS, HURRICANE = (
    "multi_news-val-5041",
    "multi_news-val-410",
    "multi_news-val-4513",
    "multi_news-val-4775",
    "multi_news-val-4945",
    "multi_news-val-230",
    "multi_news-val-555",
    "multi_news-val-3658",
    "d31050t",
    "d31028t",
)
"""Raw 19 (the Dow's 1,175-point drop: "with the Dow Jones Industrial Average falling as
much as 1,500 points", "the Dow close down just under 666 points"; Trump's "Record Stock
Market, Strong on Military" beside "the stock market" eighteen times), 21 (Prodigy's death:
"He met Havoc, a fellow Queensbridge resident", "his Queensbridge Houses home"), 29
(light flashes against jet lag: [1] "a new study by Stanford University researchers", [2]
"researchers at the Stanford University School of Medicine"), 61
(Keurig's brewer: [3] "I bought him Jamaican Blue Mountain coffee which you do not
carry"), 104 (an
air exercise in Korea: "the U.S. Air Force, the South Korean air force"), 128 (a fake U.S.
embassy in Accra: [2] "hung a photo of President Obama", [3] "a photo of President
Obama."), 144 (Politico's
Playbook: "the main Korea Composite Stock Price Index", "the South Korea, Columbia and
Panama trade deals", "the Korea agreement"), 154 (an alcohol advertisement study: "The NTP
updates its Report on Carcinogens (RoC) every few years", "the RoC does not list
substances") and DUC d31050t (China's dissidents: "the Information Center of Human Rights
and Democratic Movement in China", "Human Rights in China", "human rights" in lower case)
and d31028t (Puerto Rico after a hurricane: "Hillary Rodham Clinton", "Mrs. Clinton" and
"going back to President Clinton", two people)."""


@pytest.fixture(scope="module")
def listed():
    wanted = {MARKETS, PRODIGY, JET_LAG, KEURIG, AIR_FORCE, EMBASSY, BANKS, ADS, DISSIDENTS}
    wanted.add(HURRICANE)
    return listed_on_clusters(wanted, speakers=True)


@pytest.mark.parametrize(
    ("cluster", "name"),
    [
        # the index written short, "the Dow closed at 18,589.69"
        (MARKETS, "Dow"),
        # a coffee named for the mountains
        (KEURIG, "Blue Mountain"),
        # a common phrase given capitals in a tweet
        (MARKETS, "Stock Market"),
        # a piece of two bodies' names the text writes in lower case thirteen times
        (DISSIDENTS, "Human Rights"),
        # the report's initials
        (ADS, "RoC"),
    ],
)
def test_entities_a_thing_written_as_a_name_is_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


def test_entities_the_story_around_those_things_stays(listed):
    markets = listed[MARKETS]
    assert markets["Donald Trump"].label == "person"
    assert markets["White House"].label == "organisation"
    ads = listed[ADS]
    # the body that publishes the report stays, under its name; the agency its initials
    # define ("the International Agency for Research on Cancer (IARC)", entities80)
    assert ads["National Toxicology Program"].label == "organisation"
    assert ads["International Agency for Research on Cancer"].label == "organisation"
    assert listed[KEURIG]["Keurig"].label == "organisation"


def test_entities_a_fellow_residents_home_is_a_place(listed):
    assert listed[PRODIGY]["Queensbridge"].label == "place"


def test_entities_a_country_opening_an_index_stays_a_place(listed):
    # "the main Korea Composite Stock Price Index" is no reason to drop Korea
    korea = listed[BANKS]["Korea"]
    assert korea.label == "place"
    assert korea.outlets == 2


def test_entities_a_body_also_written_in_lower_case_stays(listed):
    # four "Air Force" and six "air force" (the South Korean one): under three to one
    air_force = listed[AIR_FORCE]["Air Force"]
    assert air_force.label == "organisation"
    assert air_force.outlets == 2


def test_entities_a_surname_after_an_office_is_a_person(listed):
    obama = listed[EMBASSY]["Obama"]
    assert obama.label == "person"
    assert obama.outlets == 2


def test_entities_a_surname_two_people_share_is_left(listed):
    # the president and the first lady: "Clinton" alone is no one row
    assert "Clinton" not in listed[HURRICANE]


def test_entities_a_body_another_article_writes_longer_is_read(listed):
    stanford = listed[JET_LAG]["Stanford University"]
    assert stanford.label == "organisation"
    assert stanford.outlets == 2
    # the background paper's initials stay unlisted
    assert not {"NIF", "SCN", "ISI"} & listed[JET_LAG].keys()
