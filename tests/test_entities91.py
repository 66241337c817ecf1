"""The entities section's ninety-first pass (journal/entities.md, "Entities, ninety-first
pass"): a region a compass adjective names before a listed land, and a university's school or
medical centre after its listed name, are listed once under the shorter name with both
mentions counted (raw 190's "Western North Carolina" and "Duke University Medical Center",
raw 105's "Northern California", raw 189's "UC Berkeley Haas School of Business"); a film
industry's word coined on "Hollywood" is not listed (raw 192's "Bollywood"); and a name only
written inside a quoted title with its lower-case function words is the title's (raw 108's
"Dorothy Day: Who Cares About the Saints?"). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_forms import IN_TITLE, how_it_stands
from tests.entity_gold import listed_on_clusters

BULLYING = "multi_news-val-2850"
"""Raw 190 (the Duke bullying study: [1] "1,420 children from North Carolina", "Duke
University in Durham, N.C."; [2] "1,420 subjects from Western North Carolina", "Duke
University Medical Center")."""
STEELHEAD = "multi_news-val-2031"
"""Raw 105 ("provided by Northern California fishing guide Jack Trout", in both articles)."""
HAAS = "multi_news-val-4280"
"""Raw 189 ("shot a man at the UC Berkeley Haas School of Business")."""
UDAIPUR = "multi_news-val-4141"
"""Raw 192 (the Ambani wedding: "politicians, sports and Bollywood stars")."""
DOROTHY_DAY = "multi_news-val-447"
"""Raw 108 (Pope Francis and Dorothy Day: 'this excerpt from "Dorothy Day: Who Cares About
the Saints?"')."""


def test_entities_a_region_and_a_universitys_centre_are_listed_with_their_whole():
    listed = listed_on_clusters({BULLYING, STEELHEAD, HAAS}, speakers=True)
    bullying = listed[BULLYING]
    assert not {"Western North Carolina", "Duke University Medical Center"} & bullying.keys()
    carolina, duke = bullying["North Carolina"], bullying["Duke University"]
    # one outlet writes each name: listed once, both outlets counted
    assert (carolina.label, carolina.outlets, duke.label, duke.outlets) == (
        "place",
        2,
        "organisation",
        2,
    )
    # the part's mention is cut to the whole's name
    assert {m.text for m in duke.mentions} == {"Duke University"}
    assert "North Carolina" in {m.text for m in carolina.mentions}
    # "Durham" stays a place of its own: no name's shape makes it a part
    assert bullying["Durham"].label == "place"
    california = listed[STEELHEAD]
    assert "Northern California" not in california
    assert len(california["California"].mentions) == 7
    haas = listed[HAAS]
    assert "UC Berkeley Haas School of Business" not in haas
    assert len(haas["UC Berkeley"].mentions) == 4


def test_entities_a_film_industry_and_a_films_title_word_are_not_listed():
    listed = listed_on_clusters({UDAIPUR, DOROTHY_DAY}, speakers=True)
    assert "Bollywood" not in listed[UDAIPUR]
    assert listed[UDAIPUR]["Udaipur"].label == "place"
    assert "Saints" not in listed[DOROTHY_DAY]
    assert listed[DOROTHY_DAY]["Loyola Productions"].label == "organisation"


def test_entities_a_quoted_title_keeps_its_function_words():
    text = 'an excerpt from "Dorothy Day: Who Cares About the Saints?" (The Rev.'
    at = text.index("Saints")
    assert how_it_stands(text, at, at + len("Saints")) == IN_TITLE
    # a quote opening on one capitalised word and "the" is speech, not a title
    said = "“In the Saints,” he said"
    at = said.index("Saints")
    assert how_it_stands(said, at, at + len("Saints")) != IN_TITLE
