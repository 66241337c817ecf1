"""The entities section's hundredth pass (journal/entities.md, "Entities, hundredth pass"):
a full name read as an organisation before "and" and a read person is a person (raw 117's
"Ally Brooke and Dinah Jane", DUC d30056t's "Darren Eamonn Hickey, and Rudolf Franz-Joseph
Petschi"); a two-word organisation opening on a given name of one sex whose surname alone
a pronoun of that sex follows is a person (raw 247's Stephanie Meyer, "Meyer has insisted
that she"); a word always written after a legal suffix's stop opens a sentence, no name (raw
71's "The Onion, Inc. Exemplary reportage"); a place always written after one listed word
always written before it is a piece of a brand with it (raw 199's "Scandale Paris"). The
expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_in_lists import people_opening_a_pair
from chorus.analyze.entity_pronoun_surnames import full_names_a_pronoun_follows
from chorus.clean import clean
from chorus.model import Article
from chorus.sentences import split
from tests.entity_gold import listed_on_clusters, spelled

AWARDS = "multi_news-val-1717"
"""Raw 117 (the VMAs: "Ally Brooke and Dinah Jane of the group were in tears")."""
CHECHNYA = "d30056t"
"""DUC 15 (Britons kidnapped in Chechnya: "Britons Peter William Kennedy, Darren Eamonn
Hickey, and Rudolf Franz-Joseph Petschi", elsewhere "Darren Hickey" and "Hickey")."""
MCDONALDS = "multi_news-val-3211"
"""Raw 57 ("The Big Mac and Quarter Pounder don’t change.")."""
TWILIGHT = "multi_news-val-3194"
"""Raw 247 (New Moon reviewed: "adapted from Stephanie Meyer’s popular books", "Meyer has
insisted that she sees Bella as a feminist character")."""
WAYNE = "multi_news-val-3544"
"""Raw 50 (Wayne State University; "a graduate of Ferris State University and was one credit
short of completing his")."""
ONION = "multi_news-val-3680"
"""Raw 71 (the People's Daily and The Onion: "a proud Communist subsidiary of The Onion,
Inc. Exemplary reportage, comrades.")."""
CELEBRITIES = "multi_news-val-1297"
"""Raw 199 (celebrities' brands: "Halle Berry, Scandale Paris", "but first, Scandale Paris
lingerie will be sold in more international stores")."""


def test_entities_a_full_name_before_and_a_read_person_is_a_person():
    listed = listed_on_clusters({AWARDS, CHECHNYA, MCDONALDS}, speakers=True)
    awards = listed[AWARDS]
    assert awards["Ally Brooke"].label == "person"
    assert awards["Dinah Jane"].label == "person"
    assert awards["Fifth Harmony"].label == "organisation"
    chechnya = listed[CHECHNYA]
    # his full name with his middle name is one of Darren Hickey's mentions, no body
    assert "Darren Eamonn Hickey" not in chechnya
    assert chechnya["Darren Hickey"].label == "person"
    assert "Darren Eamonn Hickey" in spelled(chechnya["Darren Hickey"])
    # 8 mentions in 5 outlets on main; the DUC story's sixth outlet is the one naming him so
    assert len(chechnya["Darren Hickey"].mentions) == 9
    assert chechnya["Darren Hickey"].outlets == 6
    # a thing after "the" is left as read
    assert listed[MCDONALDS]["Big Mac"].label == "organisation"


def test_entities_a_pair_opened_by_a_full_name_is_of_people():
    labels = {
        "Ally Brooke": "organisation",
        "Dinah Jane": "person",
        "Big Mac": "organisation",
        "Quarter Pounder": "person",
        "Goldman Sachs": "organisation",
        "Lloyd Blankfein": "person",
        "Union Station": "organisation",
    }
    text = (
        "Ally Brooke and Dinah Jane of the group wept.\nThe Big Mac and Quarter Pounder stay."
        "\nGoldman Sachs and its Lloyd Blankfein.\nUnion Station and Dinah Jane."
    )
    # "Union Station" ends on a place's word; "Goldman Sachs" is followed by "its"
    assert people_opening_a_pair(labels, text) == ["Ally Brooke"]
    assert people_opening_a_pair({"Ally Brooke": "organisation"}, text) == []


def test_entities_a_surname_a_pronoun_of_its_sex_follows_is_a_persons():
    listed = listed_on_clusters({TWILIGHT, WAYNE}, speakers=True)
    meyer = listed[TWILIGHT]["Stephanie Meyer"]
    assert meyer.label == "person"
    assert spelled(meyer) == {"Stephanie Meyer", "Meyer"}
    assert len(meyer.mentions) == 6
    # "State" inside "Ferris State University" is no surname written alone
    assert listed[WAYNE]["Wayne State University"].label == "organisation"


def test_entities_a_pronoun_tells_a_founders_brand_from_a_person():
    text = (
        "Stephanie Meyer wrote it. Michael Kors bought it. Meyer said she was glad. "
        "Kors said its sales fell. Ferris State University said he had left."
    )
    sentences = split(clean(Article("a", text, "a")))
    labels = {
        "Stephanie Meyer": "organisation",
        "Michael Kors": "organisation",
        "Wayne State": "organisation",
    }
    assert full_names_a_pronoun_follows(labels, sentences) == ["Stephanie Meyer"]


def test_entities_a_word_after_a_legal_suffixs_stop_is_no_name():
    onion = listed_on_clusters({ONION}, speakers=True)[ONION]
    assert "Exemplary" not in onion
    assert onion["Onion"].label == "organisation"
    assert onion["Kim Jong-un"].label == "person"


def test_entities_a_place_cut_from_a_brands_name_is_not_listed():
    celebrities = listed_on_clusters({CELEBRITIES}, speakers=True)[CELEBRITIES]
    assert "Paris" not in celebrities
    assert "Scandale" not in celebrities
    assert celebrities["Halle Berry"].label == "person"
    assert celebrities["Target"].label == "organisation"
