"""Tidy, sixtieth pass: agreement.py's reading of one scored pair moved to
agreement_pairs.linked_words, leaning.py's `refers_to_before` to refers_before.py (no behaviour
change). linked_words' three answers on raw validation 121 (0-based), as `agreed` reads them:
None (no link), empty (linked by the score alone), the own words a pair links by."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import scored_pairs
from chorus.analyze.agreement_pairs import AGREEMENT_THRESHOLD, OPEN_THRESHOLD, linked_words
from chorus.analyze.own_words import own_words
from chorus.analyze.similarity import Similarity, similarity
from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.leaning import names_someone
from chorus.summarize.refers_before import refers_to_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of


@pytest.fixture(scope="module")
def dunn() -> tuple[Similarity, list[str]]:
    """Raw 121 (Michael Dunn's jail calls), its sentences scored as the analysis scores them."""
    cluster = read_clusters(RAW_VALIDATION, 122)[121]
    flat = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
    return similarity(flat, embed([s.text for s in flat])), [s.text for s in flat]


def _read(
    dunn: tuple[Similarity, list[str]], first: str, second: str, score: float | None = None
) -> set[str] | frozenset[str] | None:
    """linked_words of the rows opening with `first` and `second`, at their score or `score`."""
    scored, texts = dunn
    i, j = sorted((row_of(texts, first), row_of(texts, second)))
    pairs = {(a, b): s for a, b, s in scored_pairs(scored, AGREEMENT_THRESHOLD)[0]}
    own = own_words(scored, {i, j})
    score = pairs[(i, j)] if score is None else score
    return linked_words(scored, i, j, score, own, {}, {i: texts[i], j: texts[j]}, (), ())


def test_a_pair_sharing_own_words_links_by_them(dunn):
    words = _read(dunn, "Dunn was found guilty this week", "Jurors found Dunn guilty on four")
    assert words == {"found", "guilt"}


def test_a_lone_own_word_one_negates_links_nothing(dunn):
    # "But no weapon was found in the SUV ..." / "Dunn said he believed Davis had a weapon, ..."
    believed = "Dunn said he believed Davis had a weapon"
    assert _read(dunn, "But no weapon was found", believed) is None


def test_a_pair_sharing_no_own_word_links_by_its_score_from_open_threshold_up(dunn):
    retrial, mistrial = "He will face a retrial", "A mistrial was declared on the murder"
    assert _read(dunn, retrial, mistrial) == frozenset()
    # the same pair scored below OPEN_THRESHOLD: with no own word in common, no link
    assert _read(dunn, retrial, mistrial, score=OPEN_THRESHOLD - 0.01) is None


def test_a_verb_of_speech_reads_for_a_name_and_a_party_credit():
    # leaning.SPEECH, read by names_someone and by refers_to_before's party credit
    assert names_someone("The lift was out, Castaneda said.")
    assert refers_to_before("“It is a fine bill,” said the Oregon Democrat.")
    assert refers_to_before("“It is a fine bill,” the Kentucky Republican said on CNN.")
    assert not refers_to_before("“It is a fine bill,” the senator said on CNN.")
