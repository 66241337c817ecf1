"""Review mends of stop 49's summarize diff (mend87), on raw Multi-News validation cluster 149
(0-based line of the file) and the reviewer's made-up lines: a sourcing note's object is a few
words, a denial waits for its claim, a saying verb is no definite subject's noun, and the rows
shown apart from their line before are read by one helper."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.definites_unmet import definites_unmet
from chorus.summarize.features import cluster_view
from chorus.summarize.not_story import page_not_story
from chorus.summarize.people_unmet import they_unmet
from chorus.summarize.sourcing import sourcing_note
from chorus.summarize.steps_apart import rows_apart
from chorus.summarize.ties import row_ties
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, sentence

_CLAIM = "In a statement, the California Democrat said the White House had informed her"
_DENIAL = "The administration official said that statement was not accurate"


@pytest.fixture(scope="module")
def raw149() -> dict:
    return read_clusters(RAW_VALIDATION, 150)[149]


def test_a_note_not_to_speak_of_more_than_a_few_words_tells_news(raw149):
    """Not authorized to release money, and a program collapsing, is news; so is what an agency
    may not detail before cosmetics go on sale. 149 [1]'s note is still the page's."""
    for text in (
        "The agency was not authorized to release the money and the program collapsed.",
        "The FDA is not authorized to detail the ingredients of cosmetics before they go on sale.",
    ):
        assert not sourcing_note(text), text
        assert not page_not_story(text), text
    note = sentence(raw149, "The official was not authorized to discuss the review by name")
    assert sourcing_note(note)


def test_a_denial_of_the_claim_above_waits_for_it(raw149):
    """149 [1]: the official's denial, which names its speaker by the lines before, is not shut
    but waits for the senator's claim, which is shown with it."""
    per_article = [split(clean(article)) for article in as_articles(raw149["documents"])]
    rows = sum(len(sentences) for sentences in per_article)
    view = cluster_view(per_article, np.zeros((rows, 4), dtype=np.float32))
    denial = row_of(list(view.texts), _DENIAL)
    assert view.texts[denial - 1].startswith(_CLAIM)
    ties = row_ties(view)
    assert ties.follows[denial] and not ties.shut[denial]
    assert ties.leads[denial - 1] and not ties.shut[denial - 1]


def test_a_saying_verb_is_no_definite_subjects_noun():
    """ "The police said officers arrested two men." after a line writing "said": "said" is the
    verb of "The police", not a noun that line brought in; "The deletion occurs ..." after a
    line writing "deletion" still is."""
    texts = [
        "A storm hit the coast.",
        "Witnesses said two men fled the bank.",
        "The police said officers arrested two men.",
    ]
    assert definites_unmet(texts, [0, 2], [0]) == []
    texts[1:] = [
        "Williams syndrome is caused by the deletion of genes.",
        "The deletion occurs in either the egg or the sperm.",
    ]
    assert definites_unmet(texts, [0, 2], [0]) == [2]


def test_rows_apart_read_by_one_helper():
    """A row right after its line before is not apart; the first shown always is. "They" below
    its plural subject is not read, and is read when shown apart from it."""
    assert rows_apart([4, 5, 9, 2, 3]) == [(0, 4), (2, 9), (3, 2)]
    texts = ["A storm hit.", "The co-workers had pooled their money.", "They won the lottery."]
    assert they_unmet(texts, [1, 2], [0]) == []
    assert they_unmet(texts, [0, 2], [0]) == [2]
