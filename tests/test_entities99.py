"""The entities section's ninety-ninth pass (journal/entities.md, "Entities, ninety-ninth
pass"): a quoted speaker the text writes before a company's legal suffix is the company, and
a name closing on "Kaisha" a company's (raw 244's "Nippon Yusen K.K.", "Nippon Yusen
Kabushiki Kaisha"); a name every mention of which runs on into a numbered item's label is
no name of the story (raw 165's "Blagojevich Home Phone Call # 149"); a place written before
its land's kind word is the place the text writes alone (raw 216's "Dakhleh Oasis" and
"ancient Dakhleh"). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_firms import firms
from tests.entity_gold import listed_on_clusters

FITZGERALD = "multi_news-val-324"
"""Raw 244 (the USS Fitzgerald's collision: [1] "the Japanese shipping company Nippon Yusen
K.K.", "Nippon Yusen said all of the ACX Crystal's 20-member Filipino crew members were
safe"; [2] "Japanese shipping company Nippon Yusen Kabushiki Kaisha (NYK)")."""
BLAGOJEVICH = "multi_news-val-2145"
"""Raw 165 (the Blagojevich complaint's redacted names: both outlets "(Blagojevich Home
Phone Call # 149)")."""
DAKHLEH = "multi_news-val-2526"
"""Raw 216 (cancer in ancient Egypt: "buried long ago in the Dakhleh Oasis", "in ancient
Dakhleh", "the people who lived near the Dakhleh Oasis")."""


def test_entities_a_speaker_written_before_a_legal_suffix_is_an_organisation():
    listed = listed_on_clusters({FITZGERALD}, speakers=True)[FITZGERALD]
    assert listed["Nippon Yusen"].label == "organisation"
    assert listed["Nippon Yusen"].outlets == 2
    assert "Yusen Kabushiki Kaisha" not in listed
    # the people the story quotes stay people
    assert listed["Masayuki Obara"].label == "person"
    assert listed["Carl Schuster"].label == "person"


def test_entities_a_legal_suffix_follows_the_name_whole():
    text = "run by Nippon Yusen K.K. and Fitbit, Inc., in Kildare Co schools; Boeing Cohen said"
    assert firms({"Nippon Yusen", "Fitbit", "Kildare", "Boeing"}, text) == {
        "Nippon Yusen",
        "Fitbit",
    }


def test_entities_a_numbered_items_label_is_not_listed():
    listed = listed_on_clusters({BLAGOJEVICH})[BLAGOJEVICH]
    assert "Blagojevich Home Phone" not in listed
    assert listed["Rod Blagojevich"].label == "person"


def test_entities_a_place_before_its_lands_kind_word_is_the_place():
    listed = listed_on_clusters({DAKHLEH})[DAKHLEH]
    assert "Dakhleh Oasis" not in listed
    # "Dakhleh" alone (9 mentions) and "Dakhleh Oasis" (5): one place
    assert listed["Dakhleh"].label == "place"
    assert len(listed["Dakhleh"].mentions) == 14
    assert listed["Egypt"].label == "place"
