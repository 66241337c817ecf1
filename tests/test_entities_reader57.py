"""The entities section's fifty-seventh pass (journal/entities.md, "Entities, fifty-seventh pass
(stop 36)"): the items entities56 left and readers 36 and 37 named
(fixtures/entity_reader57.json), and the general cause set right on real clusters: a
one-word body beside the one read name that closes on it after a place ("Spirit",
"Washington Spirit") is that name, not when another read name holds the word."""

from __future__ import annotations

import pytest

from tests.entity_gold import findings_met, fixture, listed_on_clusters

READER57 = fixture("entity_reader57.json")
IDS = {index: cluster for cluster, index in READER57["index"].items()}
LEFT = {
    "multi_news-val-2642 Bill Randa found",
    "multi_news-val-2642 Toby Kebbell found",
    "multi_news-val-2642 Warner Brothers found",
}
"""Findings no general rule was found for (the journal's entry says why); Wilmington's label
and Richard Nixon met since entities58."""
COLBERT, SOCCER, COMEY = IDS[36], IDS[37], IDS[9]
RECOUNT, STATE_SENATE = "multi_news-val-5141", "multi_news-val-4960"
"""Raw multi_news-val-5141 (Florida's recount: "the Senate race" beside "U.S. Senate") and
-4960 ("Senate" beside "State Senate")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({*READER57["index"], RECOUNT, STATE_SENATE}, speakers=True)


def test_entities_reader57s_items_score(listed):
    """Eight findings: none met on main (b9f99fb6), three on the branch."""
    met = findings_met(READER57, listed)
    assert len(met) == 8
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_a_body_written_without_its_place_is_one_row(listed):
    """Raw 37: "the Spirit" ×25 beside "the Washington Spirit" ×3; raw 36's "leaving the
    Senate" beside "U.S. Senate"; raw 5141's "the Senate race" beside "U.S. Senate"."""
    assert len(listed[SOCCER]["Washington Spirit"].mentions) == 28
    assert len(listed[COLBERT]["U.S. Senate"].mentions) == 6
    assert "Senate" not in listed[RECOUNT]
    assert len(listed[RECOUNT]["U.S. Senate"].mentions) == 9


def test_entities_a_short_form_two_names_share_or_after_no_place_stays_apart(listed):
    """Raw 4960's "Senate" beside "State Senate" (no place first: which Senate is not told);
    raw 9's "House" beside "White House" and "House Oversight Committee"."""
    assert {"Senate", "State Senate"} <= listed[STATE_SENATE].keys()
    assert {"House", "White House"} <= listed[COMEY].keys()
