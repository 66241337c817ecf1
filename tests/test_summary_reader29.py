"""The summary a reader sees, twenty-ninth pass, on raw Multi-News validation clusters
(0-based lines of the file): a sentence standing inside a quotation its paragraph opened
and the splitter cut (a Q&A's answer, raw 37) is not shown as the writer's words."""

from __future__ import annotations

import pytest

from chorus.model import Sentence
from chorus.summarize.whose_words import inside_quotation
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import split_sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 145)


def _row(sentences: list[Sentence], opening: str) -> int:
    return next(n for n, s in enumerate(sentences) if s.text.startswith(opening))


def test_an_answer_inside_an_open_quotation_is_marked(clusters):
    """Rapinoe's answer opens “We need to have an open conversation ...” and runs on past
    the splitter's limit; the sentences after the cut are hers, without a mark."""
    sentences = split_sentences(clusters[37])
    answer = _row(sentences, "In part, I went into this knowing")
    assert sentences[answer].text.lstrip()[:1] not in '“"'
    assert inside_quotation(sentences, [answer]) == [answer]


def test_a_quotation_closed_before_the_sentence_is_not_marked(clusters):
    """Raw 39's Jewell quotation stands in its own marks; raw 37's commissioner paragraph
    closes its quotation before the next sentence opens."""
    jewell = split_sentences(clusters[39])
    alone = _row(jewell, '"It\'s one of the few movies that lived up to the book."')
    spirit = split_sentences(clusters[37])
    plush = _row(spirit, "NWSL Commissioner Jeff Plush attended")
    credited = _row(spirit, "“I would have preferred to have had an honest dialogue")
    assert inside_quotation(jewell, [alone]) == []
    assert inside_quotation(spirit, [plush, credited]) == []


def test_no_summary_shows_an_answer_or_a_quotation_tail_as_the_writers(clusters):
    assert not any(t.startswith("In part, I went into this") for t in summary(clusters[37]))
    tail = "That you have to treat them fairly and transparently.”"
    assert tail not in summary(clusters[144])
