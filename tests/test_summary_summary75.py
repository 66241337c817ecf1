"""A summary line opening on an act or a document no line shown before it tells (summary75,
raw Multi-News validation, 0-based lines of the file): raw 220's "The investigation
revealed a need to make some changes, which we did." below Romney's Staples and Steel
Dynamics lines, 249's "The statement, by Deputy Foreign Minister Sergei Ryabkov, ..."
without its lead's warning, and 132's briefed "The designation was the latest move ..."."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.acts_unmet import acts_unmet
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters

row_of = summary_texts.row_of


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 249 (Ukraine and the Iran talks)."""
    return read_clusters(RAW_VALIDATION, 250)


def _rows(cluster: dict) -> tuple[list[str], list[int]]:
    """A cluster's sentences as the summary reads them, and the rows opening its articles."""
    return summary_texts.sentences(cluster), summary_texts.article_starts(cluster)


def test_an_inquiry_no_line_shown_tells_is_unmet(clusters):
    texts, starts = _rows(clusters[220])
    inquiry = row_of(texts, "The investigation revealed a need")
    lead, hired = starts[0], inquiry - 1
    # its line before hires a law firm "to examine Damon's own practices"
    assert "to examine" in texts[hired]
    marked_when_shown = {
        (lead, inquiry): [inquiry],
        # right below its line before, or below a line writing a word of its kin, it stands
        (lead, hired, inquiry): [],
        (hired, lead, inquiry): [],
    }
    for order, marked in marked_when_shown.items():
        assert acts_unmet(texts, list(order), starts) == marked


def test_a_document_met_in_a_kin_word_is_not_read(clusters):
    texts, starts = _rows(clusters[12])
    # "The suit claims ..." below "According to the lawsuit, Damon, 36, bit EMTs ..."
    suit = row_of(texts, "The suit claims CNN knew")
    told = row_of(texts, "According to the lawsuit")
    assert acts_unmet(texts, [starts[0], told, suit], starts) == []
    # ... and below the lead alone: "CNN is being sued by two EMTs ..."
    assert "sued" in texts[starts[0]]
    assert acts_unmet(texts, [starts[0], suit], starts) == []


def test_a_general_noun_for_any_arrangement_is_not_read(clusters):
    texts, starts = _rows(clusters[146])
    # "the plan" stands for whatever deal a line before tells, in any words
    plan = row_of(texts, "The plan also contains")
    assert acts_unmet(texts, [starts[0], plan], starts) == []


def test_the_summaries_show_the_act_before_the_line_naming_it(clusters):
    after = summary_texts.shown_only_after_the_sentence_before
    assert after(clusters[220], "The investigation revealed")
    assert after(clusters[249], "The statement, by Deputy")


def test_the_briefed_designation_is_left_out(clusters):
    texts, starts = _rows(clusters[132])
    designation = row_of(texts, "The designation was the latest move")
    assert acts_unmet(texts, [starts[0], designation], starts) == [designation]
    shown = [s.text for s in brief(clusters[132]["documents"], words=250).summary]
    assert not any(text.startswith("The designation") for text in shown)
