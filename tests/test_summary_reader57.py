"""The summary a reader sees, forty-third pass, on raw Multi-News validation clusters (0-based
lines of the file; readers 57 and 58): a quotation opening on "He" shown apart from the line
crediting it, so that neither its speaker nor its "he" is told (raw 227's Painter on Mercer,
"“He’s trying to put someone in there ...”", shown at main below a pull quote's credit to
Nick Patterson)."""

from __future__ import annotations

import pytest

from chorus.summarize.whose_words import quotation_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, before_and, row_of, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_quotation_opening_on_he_is_read_apart_from_its_credit(clusters):
    texts = sentences(clusters[227])
    starts = article_starts(clusters[227])
    trying = row_of(texts, "“He’s trying to put someone in there")
    credit = trying - 1
    assert "said Painter" in texts[credit]
    # shown below the other article's lead, the "He" is no one and the words no one's
    assert quotation_apart(texts, [starts[1], trying], starts) == [trying]
    assert quotation_apart(texts, [credit, trying], starts) == []
    # "But he ..." goes on from the speaker's words before: its "he" is the story's Walker,
    # and its speaker told in the credit before it (read apart as a contrast since summary88)
    texts = sentences(clusters[238])
    work = row_of(texts, "“But he still has a lot of work to do.”")
    lead = row_of(texts, "Gov. Scott Walker will become the final top-tier candidate")
    assert quotation_apart(texts, [lead, work], article_starts(clusters[238])) == [work]


def test_painters_words_are_shown_with_their_speaker_or_not_at_all(clusters):
    """At main 227's summary showed Painter's words of Mercer below a pull quote's credit to
    Patterson: they read as Patterson's, of no one."""
    credit, quotation = before_and(clusters[227], "“He’s trying to put someone in there")
    assert "said Painter" in credit
    shown = summary(clusters[227])
    assert quotation not in shown or shown[shown.index(quotation) - 1] == credit
