"""The thirty-seventh entities pass (journal/entities.md, "Entities, thirty-seventh pass"):
a twentieth reader's findings (fixtures/entity_reader37.json), scored with a blind sample of
two more clusters, and the general causes set right, each on real clusters: an animal named
in an aside, a portfolio after "Secretary of", a speech's name, a class of Roman numerals, a
kind of body in capitals, a first name read as a place before a couple's surname, and a
known place only ever opening a longer name."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters

READER37 = fixture("entity_reader37.json")
READER37_IDS = {index: cluster for cluster, index in READER37["index"].items()}
HENDERSON, TEXAS = "multi_news-val-393", "multi_news-val-2617"
LEFT: set[str] = set()
"""Findings no general rule was found for, or another section's (decisions.md says why).
2611's "Bauer", 'Hottest Pics "Jersey Shore', "PopScene" and "Weeks Hottest Pics" came from
AOL's gallery line, which cleaning removes since stop 33 (its seventeenth pass)."""


@pytest.fixture(scope="module")
def listed():
    others = {HENDERSON, TEXAS}
    return listed_on_clusters(others | set(READER37["index"]) | set(READER37["blind"]))


def test_entities_the_twentieth_readers_findings_score(listed):
    """Seventeen findings: one met on main (bef65b7; raw 160's "America" of "Pledge to
    America", judged a place), ten on this pass's branch, four more by cleaning (stop 33), one
    by the sixty-ninth pass (raw 203's "Golden Girl", a role), one by the seventy-sixth (raw
    19's "Stock Market", a phrase the text writes in lower case), one by the eighty-third
    (raw 81's "Lanvin", an organisation after "designed for"); none is left."""
    met = findings_met(READER37, listed)
    assert len(met) == 17
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 239, 206), main (bef65b7) and the branch alike (no rule
    of this pass fires there): 23 of 28 listed names right, 4 of a wrong label (two of
    Robinson's daughters, "Angelina" and "Sophia", places; "Claremont McKenna" a person;
    "the Columbia campus" an organisation), 1 broken ("Missouri" of "University of
    Missouri"); 31 of the 51 names a reader expects found."""
    assert_half_scores(listed, READER37, "blind", (0.82, 0.15, 0.60))


def test_entities_an_animal_named_in_an_aside_is_not_listed(listed):
    """ "Yumenosuke, a male mixed-blooded dog," and "Hulk, a 3-year-old golden retriever,"
    (organisations by the recognizer, 19 and 4 mentions); the dog's handler stays."""
    dogs = listed[READER37_IDS[245]]
    assert not {"Yumenosuke", "Hulk"} & dogs.keys()
    assert dogs["Hiroyuki Sano"].label == "person"


def test_entities_a_portfolio_after_secretary_of_is_not_listed(listed):
    """ "Secretary of State Hillary Clinton": "State" named no body."""
    assert "State" not in listed[READER37_IDS[81]]
    assert listed[READER37_IDS[81]]["Hillary Clinton"].label == "person"


def test_entities_a_speech_and_a_class_are_not_listed(listed):
    """ "his State of the Union address" (two outlets) and "Le Fort II and III pattern
    fractures" (a place)."""
    assert "State of the Union" not in listed[READER37_IDS[19]]
    assert "Le Fort II" not in listed[READER37_IDS[118]]


def test_entities_a_kind_of_body_in_capitals_is_not_listed(listed):
    """ "The puppy was adopted by the NPO": the non-profit Peace Winds Japan is listed by
    its name."""
    dogs = listed[READER37_IDS[245]]
    assert "NPO" not in dogs
    assert dogs["Peace Winds Japan"].label == "organisation"


def test_entities_a_first_name_read_as_a_place_joins_a_couples_surname(listed):
    """ "or Tatiana and Alexander Liberman": Tatiana Liberman, not a place "Tatiana"; a town
    or a state after "of" stays ("of Henderson and Roger Andersen", "of Texas and Rand
    Paul")."""
    tatiana = listed[READER37_IDS[81]]["Tatiana Liberman"]
    assert tatiana.label == "person" and "Tatiana" not in listed[READER37_IDS[81]]
    assert listed[HENDERSON]["Henderson"].label == "place"
    assert listed[TEXAS]["Texas"].label == "place"


def test_entities_a_known_place_only_opening_a_longer_name_is_not_listed(listed):
    """ "Asia" of "Asia & Japan Watch" (four mentions, all the outlet's)."""
    dogs = listed[READER37_IDS[245]]
    assert "Asia" not in dogs
    assert len(dogs["Asia & Japan Watch"].mentions) == 4
