"""The entities section's seventy-ninth pass (journal/entities.md, "Entities, seventy-ninth
pass (stop 44)"): a full name written before ", Jr." (or " III") at every mention, with no
person of that generation listed, is listed with its generation, not as the bare name of the
father. The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters

SWIFT, CRASH, WHITAKER = "multi_news-val-3487", "multi_news-val-3340", "multi_news-val-1720"
"""Raw 201 (Taylor Swift and Conor Kennedy): [1] "Conor is the son of Robert F. Kennedy, Jr.
and the late Mary Kennedy", his only mention. Raw 8 (the Tolland crash): "driven by the shift
commander, Dana E. Barrow Jr., 60", then "Barrow told state police". Raw 126 (Matthew
Whitaker): "led by special counsel Robert S. Mueller III", then "the Mueller probe"."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({SWIFT, CRASH, WHITAKER}, speakers=True)


def test_entities_a_name_written_before_jr_is_listed_as_the_son(listed):
    assert "Robert F. Kennedy" not in listed[SWIFT]
    son = listed[SWIFT]["Robert F. Kennedy Jr."]
    assert son.label == "person"
    assert son.outlets == 1


def test_entities_a_generation_keeps_the_mentions_of_the_name(listed):
    """The shift commander's surname alone, and the special counsel's, stay his."""
    assert "Dana E. Barrow" not in listed[CRASH]
    barrow = listed[CRASH]["Dana E. Barrow Jr."]
    assert len(barrow.mentions) == 3
    assert "Robert S. Mueller" not in listed[WHITAKER]
    assert "Robert S. Mueller III" in listed[WHITAKER]


def test_entities_the_mother_named_beside_the_son_stays_herself(listed):
    """ "Mary Kennedy", written right after "Robert F. Kennedy, Jr. and the late", is hers."""
    assert "Mary Kennedy" in listed[SWIFT]
    assert "Conor Kennedy" in listed[SWIFT]
