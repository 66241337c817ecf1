"""The summary a reader sees, twenty-sixth pass, on raw Multi-News validation clusters
(0-based lines of the file): an opening clause holding a "he" or "she", or followed by
"these"/"those", waits for the sentence before (119's "Before he came out, ...", 200's
"When injected ..., these primordial germ cells ..."); a row brought along with another
that copies a chosen row is not taken (1's question shown twice)."""

from __future__ import annotations

import pytest

from chorus.summarize.opening_clause import clause_leans_back
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_an_opening_clause_leaning_back_is_read(clusters):
    """The judge's "he" inside the clause and the cells "these" after a long clause lean
    back; a clause about an unnamed "he" followed by a name, or a plain opening phrase
    before a "these" after a name, does not."""
    assert clause_leans_back(sentence(clusters[119], "Before he came out"))
    assert clause_leans_back(sentence(clusters[200], "When injected into the testes"))
    # 119's article lead names the judge in its own main clause
    assert not clause_leans_back(sentence(clusters[119], "A judge has thrown out"))
    assert not clause_leans_back("When she was 12, Jane Smith moved to Brooklyn.")


def test_sentences_leaning_on_their_clause_wait(clusters):
    """Both were shown away from the sentences they lean on: the judge read as the lawyer
    named above, and the cells as made by a method never told. Now 200 tells how the cells
    come about."""
    judge = summary(clusters[119])
    assert not any(t.startswith("Before he came out") for t in judge)
    cells = summary(clusters[200])
    assert not any(t.startswith("When injected into the testes") for t in cells)
    assert any(t.startswith("Sperm and eggs develop from") for t in cells)


def test_a_credit_copying_a_shown_line_is_not_brought_along(clusters):
    """1's "I didn't notice ..." was taken with [1]'s copy of the question [0]'s summary
    line asks already; now the question is shown once, and the quotation after [0]'s."""
    texts = summary(clusters[1])
    questions = [t for t in texts if t.startswith('"Is there something wrong with it?"')]
    assert len(questions) == 1
    at = texts.index(questions[0])
    assert texts[at + 1] == '"I didn\'t notice with the name being so long."'
