"""The entities section's eighty-fourth pass (journal/entities.md, "Entities, eighty-fourth
pass"): a place the recognizer read out of a body's or a paper's own name. A mention
opening such a name ("the Hollywood Foreign Press Association", "The Hollywood Reporter")
is no mention of the place: a place only so written is not listed, and one written on its
own too is counted by those mentions alone. The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters

CANNES, NEVADA, KUSHNER = "multi_news-val-296", "multi_news-val-1779", "multi_news-val-3947"
"""Raw 51 (a prankster under America Ferrera's dress at Cannes: [2] "the ceremony run by the
Hollywood Foreign Press Association", "Outlets like the Post and the Hollywood Reporter",
[3] "when The Hollywood Reporter asked"), 193 (Brian Sandoval and the Supreme Court: "the
vacancy on the U.S. Supreme Court", "the state’s U.S. District Court") and 219 (Jared
Kushner under scrutiny: [1], [2] and [5] "The Washington Post", [4] "WASHINGTON—An
attorney", [5] "WASHINGTON (AP)")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({CANNES, NEVADA, KUSHNER}, speakers=True)


def test_entities_a_place_only_opening_a_bodys_name_is_not_listed(listed):
    assert "Hollywood" not in listed[CANNES]
    assert "U.S." not in listed[NEVADA]
    # the story's places written on their own stay
    assert (listed[CANNES]["Cannes"].label, listed[CANNES]["Cannes"].outlets) == ("place", 4)


def test_entities_a_place_also_written_alone_is_counted_by_those_mentions(listed):
    washington = listed[KUSHNER]["Washington"]
    assert (washington.label, washington.outlets, len(washington.mentions)) == ("place", 2, 2)
    assert listed[KUSHNER]["Washington Post"].label == "organisation"
