"""The entities section's eighty-eighth pass (journal/entities.md, "Entities, eighty-eighth
pass"): a surname read as an organisation that the next sentence calls "He" is the person
of the one full name the text writes it in (raw 117's "Lamar's “Humble” won ... He also
gave", beside "Kendrick Lamar" once); a first name after a word for kin is another person
only where the full name is itself written after such a word (raw 28's "her mother Kris"
beside "her husband Kris Humphries"), not where it never is (raw 117's "my daughter
Heather", Heather Heyer's mother speaking; raw 69's "his father John", John Ramsey). The
expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_pronoun_surnames import surnames_a_pronoun_follows
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.entity_gold import listed_on_clusters, spelled

VMAS = "multi_news-val-1717"
"""Raw 117 (one AP article on the 2017 MTV Video Music Awards: "Kendrick Lamar was the king
...", then "Lamar's" opening three sentences; "my daughter Heather was killed", her mother
on stage, beside "Heather Heyer, 32, was killed")."""
RAMSEY = "multi_news-val-325"
"""Raw 69 (Burke Ramsey's interview: "neither he, his father John nor his late-mother
Patsy")."""
HUMPHRIES = "multi_news-val-1334"
"""Raw 28 (Kim Kardashian's divorce: "her husband Kris Humphries", "with her mother Kris
instead", Kris Jenner)."""
NEUROLOGY = "multi_news-val-5202"
"""Raw 125, where "Neurologist" opens a sentence before one opening "He" and no full name
ends on it."""


def _sentences(cluster_id: str, count: int) -> list[Sentence]:
    cluster = next(c for c in read_clusters(RAW_VALIDATION, count) if c["id"] == cluster_id)
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def test_entities_a_surname_read_as_a_body_that_he_follows_is_a_person():
    sentences = _sentences(VMAS, 118)
    text = "\n".join(s.text for s in sentences)
    labels = {"Lamar": "organisation", "Fifth Harmony": "organisation", "Heather": "person"}
    assert surnames_a_pronoun_follows(labels, sentences, text) == ["Lamar"]
    # the one word opening a sentence before "He", but written after no first name
    sentences = _sentences(NEUROLOGY, 126)
    text = "\n".join(s.text for s in sentences)
    assert "\nNeurologist " in f"\n{text}"
    assert surnames_a_pronoun_follows({"Neurologist": "organisation"}, sentences, text) == []


def test_entities_lists_kendrick_lamar_and_heather_heyer_whole():
    listed = listed_on_clusters({VMAS})[VMAS]
    lamar = listed["Kendrick Lamar"]
    assert lamar.label == "person"
    assert spelled(lamar) == {"Kendrick Lamar", "Lamar"}
    assert "Lamar" not in listed
    heyer = listed["Heather Heyer"]
    assert "Heather" in spelled(heyer)
    assert "Heather" not in listed


def test_entities_a_first_name_after_kin_words_is_another_only_beside_kin_of_the_full_name():
    listed = listed_on_clusters({RAMSEY, HUMPHRIES})
    ramsey = listed[RAMSEY]
    assert "John" not in ramsey
    assert "John" in spelled(ramsey["John Ramsey"])
    # "her mother Kris" is Kris Jenner, not "her husband Kris Humphries"
    humphries = listed[HUMPHRIES]
    (mother,) = humphries["Kris"].mentions
    assert mother.article.text[: mother.start].endswith("her mother ")
    assert mother not in humphries["Kris Humphries"].mentions
