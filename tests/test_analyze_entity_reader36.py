"""The entities section's thirty-sixth pass (journal/entities.md, "Entities, thirty-sixth pass"): a
nineteenth reader's findings (fixtures/entity_reader36.json), scored with a blind sample of
two more clusters, and the general causes set right, each on real clusters: a brand's
capitals, a band's later name after the band's, a minister's portfolio, a name closing on
"Jr.", a full name opening a sentence, a person's initials and a firm cut at its head."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters, spelled

READER36 = fixture("entity_reader36.json")
READER36_IDS = {index: cluster for cluster, index in READER36["index"].items()}
UCONN, PLOS, KUNZ, INTERIOR, NAPOLITANO, TRUMP_JR, BEDEREV, ASIA_JAPAN = (
    "multi_news-val-3340",
    "multi_news-val-3184",
    "multi_news-val-5590",
    "multi_news-val-167",
    "multi_news-val-1862",
    "multi_news-val-33",
    "multi_news-val-764",
    "multi_news-val-5480",
)
LEFT = {
    "multi_news-val-1942 Allahuakbar",
    "multi_news-val-1942 Sochi found",
    "multi_news-val-1942 Sochi outlets",
    "multi_news-val-4873 Band of Brothers",
    "multi_news-val-4873 Breaking Bad",
}
"""Findings no general rule was found for (decisions.md says why)."""


@pytest.fixture(scope="module")
def listed():
    others = {UCONN, PLOS, KUNZ, INTERIOR, NAPOLITANO, TRUMP_JR, BEDEREV, ASIA_JAPAN}
    return listed_on_clusters(others | set(READER36["index"]) | set(READER36["blind"]))


def test_entities_the_nineteenth_readers_findings_score(listed):
    """Sixteen findings: one met on main (822389b; "Lane" covers "Mark Lane" as a surname),
    eleven on this pass's branch; the five left are LEFT."""
    met = findings_met(READER36, listed)
    assert len(met) == 16
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 159, 164), main (822389b) and the branch alike (no rule
    of this pass fires there): 26 of 34 listed names right, 6 of a wrong label (the fever
    in two spellings, its bacterium "Rickettsia" and tick "Amblyomma" listed; "Steep Hill"
    a person, "Crane" of "Crane and Steep Hill beaches" an organisation), 2
    broken ("Petty Officer", "Trustees of Reservations Crane Beach"); 31 of the 72 names a
    reader expects found."""
    assert_half_scores(listed, READER36, "blind", (0.76, 0.18, 0.43))


def test_entities_a_brands_capitals_make_it_an_organisation(listed):
    """Two capitals, then lower case: a social network (raw 184's "VKontakte", a person by
    the recognizer), a university (raw 8's "UConn") and a journal (raw 41's "PLoS"), places
    before."""
    assert listed[READER36_IDS[184]]["VKontakte"].label == "organisation"
    assert listed[UCONN]["UConn"].label == listed[PLOS]["PLoS"].label == "organisation"


def test_entities_a_bands_later_name_after_the_band_is_a_group(listed):
    """ "former manager of both Jefferson Airplane and Jefferson Starship": read as a person,
    in three outlets."""
    balin = listed[READER36_IDS[229]]
    assert balin["Jefferson Starship"].label == balin["Jefferson Airplane"].label
    assert balin["Jefferson Starship"].label == "organisation"
    assert balin["Marty Balin"].label == "person"


def test_entities_a_ministers_portfolio_is_not_listed(listed):
    """ "US Defense Secretary Chuck Hagel" and "Interior Minister Bernard Cazeneuve" name
    the people and no body; "Homeland Security Secretary Janet Napolitano" names the
    department, two words, and stays."""
    assert "Defense" not in listed[READER36_IDS[184]]
    assert "Chuck Hagel" in listed[READER36_IDS[184]]
    assert "Interior" not in listed[INTERIOR]
    assert listed[NAPOLITANO]["Homeland Security"].label == "organisation"


def test_entities_a_name_closing_on_a_generation_has_its_mentions(listed):
    """ "Martin Luther King Jr." was read but never matched (a full stop before a space is
    no word's end): now in both of raw 96's outlets; Donald Trump Jr. (raw 137) is no
    longer "Trump"'s, and DeOrr Kunz Jr. and Sr. (raw 62) are two people."""
    king = listed[READER36_IDS[96]]["Martin Luther King Jr."]
    assert (king.label, king.outlets) == ("person", 2)
    assert listed[TRUMP_JR]["Donald Trump Jr."].label == "person"
    assert {"DeOrr Kunz Jr.", "DeOrr Kunz Sr."} <= listed[KUNZ].keys()


def test_entities_a_surnames_full_name_may_open_a_sentence(listed):
    """ "Mark Lane, the defense lawyer, ..." and "Stanislav Bederev, who is denying ...":
    the surname read alone ("Lane", 17 mentions) is shown by the full name."""
    lane = listed[READER36_IDS[96]]["Mark Lane"]
    assert {"Mark Lane", "Lane"} <= spelled(lane) and lane.outlets == 2
    assert "Lane" not in listed[READER36_IDS[96]]
    assert {"Stanislav Bederev", "Bederev"} <= spelled(listed[BEDEREV]["Stanislav Bederev"])


def test_entities_a_persons_initials_are_their_full_names(listed):
    """ "JFK" (read as a person, one outlet) is John F. Kennedy's."""
    kennedy = listed[READER36_IDS[96]]["John F. Kennedy"]
    assert {"JFK", "John F. Kennedy"} <= spelled(kennedy)
    assert "JFK" not in listed[READER36_IDS[96]]


def test_entities_a_firm_cut_at_its_head_is_whole(listed):
    """ "The firm of Pomerantz Grossman Hufford Dahlstrom & Gross" (the window opened on
    "Pomerantz", which the recognizer left out) and "Pomerantz seeks to ...": one firm; a
    heading's opening "From" is no partner ("From Asia & Japan Watch", raw 245)."""
    firm = listed[READER36_IDS[143]]["Pomerantz Grossman Hufford Dahlstrom & Gross"]
    assert "Pomerantz" in spelled(firm) and len(firm.mentions) == 3
    assert "Asia & Japan Watch" in listed[ASIA_JAPAN]
