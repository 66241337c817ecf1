"""The summary a reader sees, after the twenty-second reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a quotation is shown with the line below
it that is a name alone ("Senator Ted Cruz", `credit_lines.credits_quotation`), and a
quotation alone after a few quoted words and their credit ('"This is surprising," Tschopp
said.') is taken with that sentence (`credit_lines.credited_before`, `select`'s `pulls`)."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_lines import credit_lines, credited_before, credits_quotation
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _shown_with_the_sentence_before(cluster: dict, opening: str) -> tuple[list[str], int]:
    texts = _sentences(cluster)
    at = row_of(texts, opening)
    shown = _summary(cluster)
    assert len(shown) >= 8
    assert texts[at] in shown
    return shown, shown.index(texts[at]) - shown.index(texts[at - 1])


def test_a_quotation_is_read_with_the_name_below_it(clusters):
    """108: Cruz's “Pope Francis has been a powerful voice for life ...” sat after Sanders's
    lines with its credit, "Senator Ted Cruz", a line of its own, left out: it read as his.
    Cleaning now takes that pull quote, which the story tells again (clean19), so the
    page's own lines are read here."""
    lines = [line.strip() for d in clusters[108]["documents"] for line in d.splitlines()]
    name = "Senator Ted Cruz"
    quotation = next(x for x in lines if x.endswith(name)).removesuffix(" " + name)
    assert quotation.startswith("“Pope Francis has been a powerful voice for life")
    assert credits_quotation(name, quotation)
    assert not any(t == name for t in _sentences(clusters[108]))


def test_a_quotation_after_a_few_credited_words_is_shown_with_them(clusters):
    """99: Sheen's “We had a police escort ...” is shown right after his credited “I just
    landed ...” (33's Tschopp quotation, the first case, left its summary with clean19)."""
    _, gap = _shown_with_the_sentence_before(clusters[99], "“We had a police escort")
    assert gap == 1


@pytest.mark.parametrize(
    ("line", "quotation"),
    [
        (33, '"Many other sauropod dinosaurs'),
        (99, "“We had a police escort"),
        (238, "“You can’t run solely on your biography"),
    ],
)
def test_a_bare_quotation_after_a_short_credited_one_is_marked(clusters, line, quotation):
    texts = _sentences(clusters[line])
    at = row_of(texts, quotation)
    assert credited_before(texts, [0])[at]


def test_long_credited_sentences_and_headings_are_left_alone(clusters):
    """238's Jorgensen and Vos quotations follow long credited ones (pulled in, they cost
    ROUGE: docs/decisions.md, twelfth pass); "The Thing" below a quotation (raw 2) is a
    heading."""
    texts = _sentences(clusters[238])
    marked = credited_before(texts, [0])
    assert not marked[row_of(texts, "“I suspect that’s why he’s leading in Iowa")]
    assert not marked[row_of(texts, "“When Governor Walker proposed")]
    texts = _sentences(clusters[2])
    assert not credit_lines(texts, [0])[row_of(texts, "The Thing")]


def test_a_name_over_the_next_quotation_credits_not_the_one_above(clusters):
    """21 sets each tribute under its speaker: "WESTSIDE GUNN" heads the quotation below it,
    not 50 Cent's above it; 135's "Financial Times" below a review's words credits them."""
    texts = _sentences(clusters[21])
    assert not credit_lines(texts, [0])[row_of(texts, "WESTSIDE GUNN")]
    texts = _sentences(clusters[135])
    assert credit_lines(texts, [0])[row_of(texts, "Financial Times")]
