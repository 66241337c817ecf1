"""The entities section's twenty-third pass (journal/entities.md, "Entities, twenty-third pass"):
a cue on another spelling of a name, and wrong kinds a second reader of whole briefings
found on raw validation clusters, each from a general cause: a paper named by its last
word, a gene, an age of prehistory, a gallery, "I'm", a site's website, letters named, a
transcript's role and a people's community."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

KINDS = {
    ("multi_news-val-4531", "Cecile De France"): "person",
    ("multi_news-val-1747", "Thomas Kinkade Signature Galleries"): "organisation",
    ("multi_news-val-3718", "Olivia"): "person",
    ("multi_news-val-2277", "Coursera"): "organisation",
}
"""Kinds a reader gives them from the articles, and what main listed: "Marie ... is played
by Cecile de France" (an organisation: the cue was on the other spelling), "Kinkade created
several hundred Thomas Kinkade Signature Galleries" (a person), "Hi, I'm Olivia" (a
place), "Go to the Coursera website" (a person)."""
NOT_LISTED = {
    ("multi_news-val-3655", "GDF5"),
    ("multi_news-val-3655", "Upper Paleolithic"),
    ("multi_news-val-4919", "Bronze Age"),
    ("multi_news-val-2277", "ABC"),
    ("multi_news-val-4513", "ISI"),
    ("multi_news-val-3459", "HOST"),
    ("multi_news-val-4378", "Negro"),
}
"""A gene ("the GDF5 gene", a place), ages of prehistory ("the very tall Upper Paleolithic
people", an organisation; "Bronze Age", a place), letters named ("The ABCs of Child
Rearing" beside "The ABC method", an organisation; a paper's "short ISI" beside "ISIs"),
a transcript's role ("MICHEL MARTIN, HOST:", an organisation), a people's word ("referred
to black people ... as the “Negro community.”", a person in three outlets)."""
PAPERS = {
    "multi_news-val-3563": ("Los Angeles Times", "Times", 2),
    "multi_news-val-1721": ("Miami Herald", "Herald", 1),
}
"""A paper written by its last word: "David Silva told The Times" beside "The Los Angeles
Times reported" (two outlets), "according to the Herald" beside "The Miami Herald reports"."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({c for c, _ in (*KINDS, *NOT_LISTED)} | PAPERS.keys())


@pytest.mark.parametrize(("cluster", "name"), KINDS)
def test_entities_names_the_second_reader_found_take_their_kinds(listed, cluster, name):
    assert listed[cluster][name].label == KINDS[cluster, name]


def test_entities_a_cue_on_another_spelling_counts_for_the_name(listed):
    assert "Cecile de France" in spelled(listed["multi_news-val-4531"]["Cecile De France"])


@pytest.mark.parametrize(("cluster", "name"), sorted(NOT_LISTED))
def test_entities_genes_ages_letters_and_roles_are_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


@pytest.mark.parametrize("cluster", sorted(PAPERS))
def test_entities_a_paper_written_by_its_last_word_is_the_paper(listed, cluster):
    paper, short, outlets = PAPERS[cluster]
    assert short not in listed[cluster]
    assert short in spelled(listed[cluster][paper])
    assert listed[cluster][paper].outlets == outlets
