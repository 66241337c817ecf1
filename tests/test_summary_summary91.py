"""A hope or belief its article answers in the negative in the very next sentence, on raw
Multi-News validation clusters (0-based lines of the file; reader 84, summary91): raw 155's
"This year, a woman in Virginia called to say she thought her husband might be his son." was
shown without "But a DNA test was negative.", so a reader took it that a son was found."""

from __future__ import annotations

import pytest

from chorus.summarize.contrasts import taken_back
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 234 (the snow that "isn't expected", the last read)."""
    return read_clusters(RAW_VALIDATION, 235)


_THOUGHT = "This year, a woman in Virginia called to say she thought her husband"


def test_a_belief_the_next_line_answers_is_taken_back(clusters):
    """155 [2]: the woman's belief, then the negative DNA test; 200 [1]: the researchers' hope,
    then "no one succeeded"."""
    thought, negative = before_and(clusters[155], "But a DNA test was negative.")
    assert thought.startswith(_THOUGHT)
    assert taken_back([thought, negative]).tolist() == [True, False]
    hoped, failed = before_and(clusters[200], "But despite years of attempts, no one succeeded.")
    assert hoped.startswith("Researchers hoped that these epiblast stem cells")
    assert taken_back([hoped, failed]).tolist() == [True, False]


def test_a_denied_expectation_and_a_compound_are_no_hope(clusters):
    """234 [1]: snow that "isn't expected", then what it does not mean; 88: a
    "well-thought-out prank", then Takei owning up: neither line holds a hope the next
    answers."""
    snow, headaches = before_and(clusters[234], "But that doesn't mean there haven't been")
    assert "isn't expected" in snow
    assert taken_back([snow, headaches]).tolist() == [False, False]
    prank, owned = before_and(clusters[88], "But it didn’t take long for Takei")
    assert "well-thought-out" in prank
    assert taken_back([prank, owned]).tolist() == [False, False]


def test_the_womans_belief_is_shown_only_with_the_dna_test(clusters):
    """155's summary tells the Virginia woman's belief only beside its answer, or not at all."""
    shown = summary(clusters[155])
    assert len(shown) >= 6
    beliefs = [n for n, t in enumerate(shown) if t.startswith(_THOUGHT)]
    assert beliefs  # shown, with its answer below it (summary91's judged summary)
    for at in beliefs:
        assert shown[at + 1] == "But a DNA test was negative."


def test_an_answer_opening_on_however_is_read_as_one_on_but(clusters):
    # the lead's review: `_ANSWERED` wanted a word boundary after "However,", which no comma
    # and space give, so a "However, ..." answer was never read
    belief, answer = before_and(clusters[155], "But a DNA test was negative")
    assert list(taken_back([belief, answer])) == [True, False]
    however = "However, " + answer.removeprefix("But ").replace("a DNA", "the DNA", 1)
    assert list(taken_back([belief, however])) == [True, False]
