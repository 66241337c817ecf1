"""The entities section's eighty-sixth pass (journal/entities.md, "Entities, eighty-sixth
pass"): a people's noun opening a name ("Frenchwoman Edith Bouvier", "Frenchman William
Daniels", raw 47) is no part of it. The name's group is read in its form without the noun,
and a name the recognizer reads with the noun is the person it names, as after a title.
The expectations are read in the articles."""

from __future__ import annotations

from collections import Counter

import pytest

from chorus.analyze.entity_forms import without_title
from chorus.analyze.entity_groups import full_forms
from chorus.analyze.entity_titled import drop_titles
from chorus.analyze.entity_windows import named_windows
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.entity_gold import listed_on_clusters

SYRIA = "multi_news-val-2534"
"""Raw 47 (journalists trapped in Homs: [1] "Frenchwoman Edith Bouvier would not board
vehicles", [3] "Ms Bouvier, Javier Espinosa from Spain and Frenchman William Daniels")."""


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    cluster = read_clusters(RAW_VALIDATION, 48)[47]
    assert cluster["id"] == SYRIA
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def test_entities_a_peoples_noun_adds_no_length_to_a_surnames_full_form(sentences):
    names = named_windows(sentences, 16).names
    assert {"Frenchman William Daniels", "William Daniels"} <= set(names)
    full = full_forms(Counter(names))
    assert full["Frenchman William Daniels"] == "William Daniels"
    # a title still counts: the window read at it is a person's
    assert full["Moallem"] == "Syrian Foreign Minister Walid Moallem"


def test_entities_a_name_read_with_a_peoples_noun_is_the_person(sentences):
    labels = {"Frenchwoman Edith Bouvier": "organisation", "Paul Conroy": "person"}
    drop_titles(labels, sentences)
    assert labels == {"Edith Bouvier": "person", "Paul Conroy": "person"}
    # words ending like those nouns are no title: a post's, a name's own, a body's
    for name in ("German Chancellor Angela Merkel", "Herman Van Rompuy", "Goldman Sachs Group"):
        assert without_title(name) is None


def test_entities_the_listing_of_raw_47_keeps_its_journalists():
    listed = listed_on_clusters({SYRIA}, speakers=True)[SYRIA]
    bouvier = listed["Edith Bouvier"]
    assert (bouvier.label, bouvier.outlets) == ("person", 3)
    assert "Frenchwoman Edith Bouvier" not in listed
    assert listed["Paul Conroy"].label == "person"
