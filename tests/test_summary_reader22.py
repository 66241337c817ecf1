"""The summary a reader sees, twenty-second pass, on raw Multi-News validation clusters (0-based
lines of the file) and DUC 2003: a list's bullet opening a shown sentence (177, 195), a "she"
after an opening phrase telling a day, right after a bare quotation (248), and a noun with
no verb of its own (103)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.named_further import named_further_back
from chorus.summarize.newsroom import noun_alone
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("number", "shown_as"),
    [
        (177, "Obama won women in 2012 by 11 points, according to exit polls;"),
        (195, "In the Bay Area, they allegedly glued the locks"),
    ],
)
def test_a_lists_bullet_is_left_out_of_the_shown_span(clusters, number, shown_as):
    """177's "* Obama won women ..." and 195's "• In the Bay Area, ..." were shown with their
    bullets; the span starts past the bullet, and still is the article's own text."""
    summary = brief(clusters[number]["documents"], words=250, analyze=False).summary
    line = next(s.shown for s in summary if s.text.startswith(shown_as))
    assert line.article.text[line.start : line.end] == line.text
    assert line.article.text[line.start - 2 : line.start] in ("* ", "• ")
    assert not any(s.text.startswith(("*", "•")) for s in summary)


def test_a_she_after_a_day_and_a_bare_quotation_waits_for_who_she_is(clusters):
    """248's "On the Friday after Election Day, she got a concession call ..." follows a
    campaign manager's bare quotation: shown after another outlet's quotation, it named no
    one. 199's "In March, she sold ..." follows a sentence naming no one either."""
    texts = sentences(clusters[248])
    at = row_of(texts, "On the Friday after Election Day, she")
    assert named_further_back(texts)[at]
    assert texts[at] not in _summary(clusters[248])
    texts = sentences(clusters[199])
    assert named_further_back(texts)[row_of(texts, "In March, she sold a majority")]


def test_a_day_after_the_sentence_naming_him_is_left_as_it_was():
    """DUC 7's "On Saturday, he traveled with Foreign Minister Amr Moussa ..." comes right
    after the sentence naming Mubarak: a day's capitals read there cost DUC R-1 0.103."""
    texts = sentences(read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)[7])
    at = row_of(texts, "On Saturday, he traveled with Foreign Minister")
    assert "Hosni Mubarak" in texts[at - 1]
    assert not named_further_back(texts)[at]


def test_a_noun_with_no_verb_of_its_own_is_never_shown(clusters):
    """103's "Words that should be required reading for men and women of all ages." sets a
    letter the page prints without quotation marks; 179's "Patients that will be implanted
    ... are more likely to be men." has its verb."""
    text = "Words that should be required reading for men and women of all ages."
    assert text in sentences(clusters[103])
    assert noun_alone(text)
    patients = "Patients that will be implanted with Carmat's devices"
    assert not noun_alone(next(t for t in sentences(clusters[179]) if t.startswith(patients)))
    assert text not in _summary(clusters[103])
