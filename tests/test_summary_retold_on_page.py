"""One article paraphrasing words it then quotes (summary67, raw Multi-News validation,
0-based lines of the file): raw 40's [3] tells the rightsholders "call the argument absurd",
then quotes “This argument is absurd, ...”. The paraphrase is left out; two facts of one
page sharing topic words both stay."""

from __future__ import annotations

import pytest

from chorus.summarize.newsroom import writers_question
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary

_PARAPHRASE = "In their reply the rightsholders call the argument absurd"
_QUOTATION = "“This argument is absurd, since a language is only useful"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 132 (the State Department letter)."""
    return read_clusters(RAW_VALIDATION, 133)


def test_raw_40_tells_the_absurd_argument_once_in_the_filings_words(clusters):
    shown = summary(clusters[40])
    absurd = [text for text in shown if "absurd" in text]
    assert len(absurd) == 1 and absurd[0].startswith(_QUOTATION)
    # the briefing, [2]'s Kickstarter page set aside, cites both outlets quoting it
    briefing = raw_briefing(40)
    told = [line for line in briefing.summary if "absurd" in line.text]
    assert len(told) == 1 and told[0].text.startswith(_QUOTATION)
    assert briefing.citations(told[0]) == [1, 3]


@pytest.mark.parametrize(
    ("number", "first", "second"),
    [
        # one page's average wedding cost, then its dearest and cheapest places
        (18, "The average cost of a wedding last year exceeded", "The most expensive place"),
        # the State Department's letter, then UNFPA's answer to it
        (132, "In a letter to U.S. Senate Foreign Relations", "In a statement on its website"),
    ],
)
def test_two_facts_of_one_page_both_stay(clusters, number, first, second):
    shown = summary(clusters[number])
    assert any(text.startswith(first) for text in shown)
    assert any(text.startswith(second) for text in shown)


def test_a_question_after_an_if_or_once_clause_is_the_writers(clusters):
    assert writers_question(sentence(clusters[40], "Once you share it with the world, are"))
    assert writers_question(sentence(clusters[34], "If Trump was not even aware"))
    # no asking word after the clause's comma, or a quoted question: not the writer's asking
    assert not writers_question("If confirmed, the nominee would be the oldest ever?")
    assert not writers_question("If it rains, “will you come?” she asked.")
