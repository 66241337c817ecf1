"""The entities section's seventy-fifth pass (journal/entities.md, "Entities, seventy-fifth
pass (stop 43)"): one person under a short form of his given name and under the name in
full is one row, named as Who said what names him (raw 116, multi_news-val-599: Lois
Lerner's lawyer, "Bill Taylor" in [3], "William W. Taylor III" in [1]); two short forms of
one given name stay two people (raw 208, multi_news-val-4113: Rep. Bob Goodlatte and his son
Bobby). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

LERNER, GOODLATTE = "multi_news-val-599", "multi_news-val-4113"


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({LERNER, GOODLATTE}, speakers=True)


def test_a_short_given_name_is_the_row_of_the_name_in_full(listed):
    found = listed[LERNER]
    # [1] "said the lawyer, William W. Taylor III", "Taylor and Democrats on the oversight
    # committee"; [2] "Lerner’s lawyer William Taylor III said", "Taylor, a partner of
    # Zuckerman Spaeder LLP"; [3] "Lerner’s attorney, Bill Taylor of Zuckerman Spaeder",
    # "Taylor said in a statement": one lawyer, written six times
    assert "Bill Taylor" not in found
    taylor = found["William W. Taylor III"]
    assert taylor.label == "person"
    assert taylor.outlets == 3
    assert len(taylor.mentions) == 6
    assert {"William W. Taylor III", "Bill Taylor", "Taylor"} <= spelled(taylor)
    # [3]'s "Rep. Sandy Levin (Mich.), the panel’s top Democrat" is [1]'s "Rep. Sander Levin
    # of Michigan": one row, in the three outlets
    assert "Sandy Levin" not in found
    assert found["Sander Levin"].outlets == 3


def test_two_short_forms_of_one_given_name_stay_two_rows(listed):
    # "Bobby Goodlatte, the son of Rep. Bob Goodlatte": both short for Robert
    found = listed[GOODLATTE]
    assert found["Bob Goodlatte"].label == found["Bobby Goodlatte"].label == "person"
    assert "Bobby Goodlatte" in spelled(found["Bobby Goodlatte"])
    assert "Bobby Goodlatte" not in spelled(found["Bob Goodlatte"])
