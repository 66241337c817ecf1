"""The entities section's ninety-fifth pass (journal/entities.md, "Entities, ninety-fifth
pass"): an online service written by its kind or its launch is no person (raw 171's "Bing
search pages", "Freebase, a database of facts", "Wolfram Alpha, launched in 2009"); a name
written only in a related-links teaser, headlines run together on a line of
their own, names no one of the story (raw 210's "reset Will Clinton playbook work? Weiner:
Timeline of scandal"). The expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

SEXTING = "multi_news-val-3718"
"""Raw 210 (Anthony Weiner's sexting: [1] carries the teaser line "reset Will Clinton playbook
work? Weiner: Timeline of scandal", "Will" the teaser's verb, no given name)."""


def test_entities_a_related_links_teaser_names_no_one():
    listed = listed_on_clusters({SEXTING}, speakers=True)[SEXTING]
    assert "Will Clinton" not in listed
    # the story's people, written in its sentences, stay
    assert listed["Nik Richie"].label == "person"
    assert listed["Huma Abedin"].label == "person"


KNOWLEDGE_GRAPH = "multi_news-val-4586"
"""Raw 171 (Google's Knowledge Graph: [1] "its Bing search pages"; [2] "Freebase, a database of
facts", "Wolfram Alpha, launched in 2009, has continued to refine its service")."""


def test_entities_an_online_service_is_no_person():
    listed = listed_on_clusters({KNOWLEDGE_GRAPH}, speakers=True)[KNOWLEDGE_GRAPH]
    for service in ("Bing", "Freebase", "Wolfram Alpha"):
        assert service not in listed
    # a search for a man is not the engine: "the Frank Lloyd Wright search"
    assert listed["Frank Lloyd Wright"].label == "person"
    assert listed["Amit Singhal"].label == "person"
