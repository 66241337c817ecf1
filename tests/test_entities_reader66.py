"""The entities section's sixty-sixth pass (journal/entities.md, "Entities, sixty-sixth pass
(stop 39)"): reader 53's titles and scraps. A town council's title ("First Selectman",
"Councilman") is no part of the name after it, in the listing or as a speaker; a date's era
and the words after it ("424 BC at Delium") are no name; a name after "fort at" is a
place's ("a Roman fort at Dura-Europos"); and a name closing a book's title of several
words in quotation marks ("“Greek Fire, Poison, Arrows and Scorpion Bombs.”") is the
title's.
The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters
from tests.gold import briefed_quotes, speakers_of

NEWTOWN, FIRE_GAS, CLERK = "multi_news-val-584", "multi_news-val-2298", "multi_news-val-3515"
"""Raw 191 (Newtown's statement "said Newtown's highest elected official, First Selectman
Patricia Llodra, and Superintendent of Schools Joseph Erardi"), raw 194 (Adrienne Mayor on
ancient chemical weapons: "in 424 BC at Delium", "her 2003 book “Greek Fire, Poison, Arrows
and Scorpion Bombs.”") and raw 124 ("“...,” said Councilman Jack Weir")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({NEWTOWN, FIRE_GAS, CLERK}, speakers=True)


def test_entities_a_council_title_is_no_part_of_the_name(listed):
    """Raw 191 listed "Selectman Patricia Llodra", raw 124 "Councilman Jack Weir": the
    people are Patricia Llodra and Jack Weir."""
    assert listed[NEWTOWN]["Patricia Llodra"].label == "person"
    assert not any(name.startswith(("Selectman", "First Selectman")) for name in listed[NEWTOWN])
    assert listed[CLERK]["Jack Weir"].label == "person"
    assert "Councilman Jack Weir" not in listed[CLERK]


def test_quotes_a_council_title_is_no_part_of_the_speaker():
    """Raw 191 gave Newtown's statement to "First Selectman Patricia Llodra"; since the
    sixty-fifth quotes pass it is hers and Joseph Erardi's, who signed it with her."""
    found = briefed_quotes({NEWTOWN})[NEWTOWN]
    assert speakers_of(found, "will be recognized in personal reflection") == [
        "Patricia Llodra and Joseph Erardi"
    ]


def test_entities_an_era_and_the_words_after_it_are_no_name(listed):
    """Raw 194 listed "BC at Delium" as an organisation; the people of the story stay."""
    fire_gas = listed[FIRE_GAS]
    assert not any(name.startswith("BC ") for name in fire_gas)
    assert fire_gas["Adrienne Mayor"].label == "person"
    assert fire_gas["Simon James"].label == "person"


def test_entities_a_name_after_a_fort_at_is_a_place(listed):
    """Raw 194 listed Dura-Europos ("a Roman fort at Dura-Europos") as an organisation."""
    assert listed[FIRE_GAS]["Dura-Europos"].label == "place"


def test_entities_a_name_closing_a_books_title_is_the_titles(listed):
    """Raw 194 listed "Scorpion Bombs" (an organisation), the end of Mayor's book's title;
    the places the article writes alone stay."""
    fire_gas = listed[FIRE_GAS]
    assert "Scorpion Bombs" not in fire_gas
    assert fire_gas["Sparta"].label == "place"
    assert fire_gas["Pakistan"].label == "place"
