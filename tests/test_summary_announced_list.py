"""Summary lines announcing a list they do not show (summary74, reader 77, raw Multi-News
validation, 0-based lines of the file): raw 18's "Before spending so much money on one day,
there are a few considerations couples might want to take into account." [1], whose two
points ("First, ...", "And, second, ...") the summary left out, and its "... couples spend
the most on their weddings in the following areas in the US." [3], above a list of places
and prices the cleaning drops."""

from __future__ import annotations

import pytest

from chorus.summarize.announced_list import announces_list, announcing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary

CONSIDERATIONS = "Before spending so much money on one day, there are a few considerations"
AREAS = "Based on average cost of a wedding in 2014, couples spend the most"


READ = (18, 23, 26, 50, 65, 145, 191, 205, 210)
"""The raw validation clusters these tests read."""


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    """The clusters of `READ`, by their 0-based line."""
    return {n: c for n, c in enumerate(read_clusters(RAW_VALIDATION, max(READ) + 1)) if n in READ}


def test_a_line_naming_what_the_following_lines_list_announces_them(clusters):
    assert announces_list(sentence(clusters[18], AREAS))
    assert announces_list(sentence(clusters[23], "I add myself to the request of my defence"))
    assert announces_list(sentence(clusters[191], "Bushmaster and the other defendants"))
    # a statement after a colon is `dangling.introduces`', not this read
    assert not announces_list(sentence(clusters[50], "The New Baltimore Police Department, where"))
    # "the following" counting on, or going on past its noun, announces nothing
    assert not announces_list(sentence(clusters[210], "After getting the following three interns"))
    assert not announces_list("He robbed another store the following day.")


def test_a_small_count_of_reasons_or_considerations_announces_them(clusters):
    assert announces_list(sentence(clusters[18], CONSIDERATIONS))
    assert announces_list(sentence(clusters[145], "But there are a few reasons all this"))
    # many questions, sets of cards: the sentence tells its own fact
    assert not announces_list(sentence(clusters[65], "There were many questions left unanswered"))
    assert not announces_list(sentence(clusters[205], "— There are two sets of cards"))
    # the reasons given after its colon are shown with it
    assert not announces_list(sentence(clusters[26], "There are a few reasons for the increase"))


def test_raw_18s_summary_shows_no_line_announcing_a_list(clusters):
    texts = summary(clusters[18])
    assert len(texts) >= 6
    assert not any(t.startswith((CONSIDERATIONS, AREAS)) for t in texts)
    assert not announcing(texts).any()
