"""The entities section's ninetieth pass (journal/entities.md, "Entities, ninetieth pass"):
a name the text marks "™" is a product's and one closing on "-Man" a character's, neither
listed (raw 142's "PurePulse™ technology" and "Fitbit Charge HR™", raw 188's Spider-Man); a
place only written after a capitalised word mid-sentence closes a longer name, a handle's
(raw 92's "the Cernovich vs. Baked Alaska saga"); and a place whose possessive "and" pairs
with a person's is a person (raw 101's 'Hurley's every "Dude" and Sawyer's every
nickname'). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_in_lists import paired_with_a_person
from chorus.analyze.entity_pieces import after_a_capitalised_word
from tests.entity_gold import listed_on_clusters

FITBIT = "multi_news-val-1487"
"""Raw 142 (the Fitbit heart-rate suit: "the PurePulse™ technology, the Fitbit Blaze™,
Fitbit Charge HR™ and the Fitbit Surge™")."""
SPIDER_MAN = "multi_news-val-3200"
"""Raw 188 (Kimble v. Marvel: "a toy that shoots out fake webs, à la Spider-Man")."""
DOXXED = "multi_news-val-2115"
"""Raw 92 (Mike Enoch unmasked: "Part 6 of the Cernovich vs. Baked Alaska saga.")."""
LOST = "multi_news-val-4288"
"""Raw 101 (Lost's shirtless montage: 'You've seen Hurley's every "Dude" and Sawyer's every
nickname')."""


def test_entities_products_and_characters_are_not_listed():
    listed = listed_on_clusters({FITBIT, SPIDER_MAN}, speakers=True)
    fitbit, marvel = listed[FITBIT], listed[SPIDER_MAN]
    assert not {"PurePulse", "Fitbit Charge HR"} & fitbit.keys()
    assert "Spider-Man" not in marvel
    # the maker ("Fitbit®" too) and the people around them stay
    kept = {"Fitbit": "organisation", "Edward Jo": "person"}
    assert {name: fitbit[name].label for name in kept} == kept
    kept = {"Stephen Kimble": "person", "Marvel Entertainment": "organisation"}
    assert {name: marvel[name].label for name in kept} == kept


def test_entities_a_place_closing_a_handle_is_none():
    listed = listed_on_clusters({DOXXED}, speakers=True)[DOXXED]
    assert "Alaska" not in listed
    assert listed["Tennessee"].label == "place"
    assert listed["Mike Cernovich"].label == "person"


def test_entities_a_capitalised_word_before_a_place_by_its_shape():
    text = "the Cernovich vs. Baked Alaska saga. In Alaska, Northern Alaska and a Scandale Paris"
    at = text.index
    assert after_a_capitalised_word(text, at("Alaska"), set())
    # a sentence's first word, a part of a place, a read name: the place
    assert not after_a_capitalised_word(text, at("Alaska,"), set())
    assert not after_a_capitalised_word(text, at("Alaska and"), set())
    assert after_a_capitalised_word(text, at("Paris"), set())
    assert not after_a_capitalised_word(text, at("Paris"), {"Scandale"})
    dateline = "WASHINGTON (AP) _ The United States and others"
    assert not after_a_capitalised_word(dateline, dateline.index("United"), set())


def test_entities_a_possessive_paired_with_a_persons_is_a_person():
    listed = listed_on_clusters({LOST})[LOST]
    assert listed["Hurley"].label == "person"
    assert listed["Sawyer"].label == "person"
    text = "what he called Crimea’s “illegal” referendum and Russia’s move"
    labels = {"Crimea": "place", "Russia": "place"}
    forms = {"Crimea": "Crimea", "Russia": "Russia"}
    assert paired_with_a_person(text, text.index("’s"), forms, labels) is None
    labels["Russia"] = "person"
    assert paired_with_a_person(text, text.index("’s"), forms, labels) == "person"
