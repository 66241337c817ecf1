"""The seventieth agreement pass (reader73, reader74; raw validation clusters, 0-based, file
order), each read against the articles. Raw 58's AP line "According to an indictment ...,
McCullum offered in March 2016 to help take a House member's ... iPhone to a local Apple store
..." stood (in part) on POLITICO's "... in March 2016, Plaskett asked McCullum to take her
iPhone to an Apple store for repairs.", which gives the start of the errand to her. Raw 132's
"The cut follows Trump's proposed 28 percent budget reduction for diplomacy and foreign aid
..." stood (in part) on the AP's "The White House has proposed cutting roughly one-third from
the State Department's budget ...": another share of a budget."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from chorus.analyze.agreement_acts import act_given_apart
from chorus.analyze.agreement_fractions import fraction_apart
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

RAW = DATA / "multinews-raw-validation.jsonl.gz"
PLUS = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (58, 132))


def test_a_support_giving_the_errand_to_another_asker_supports_no_offer(analyses):
    analysis = analyses[58]
    assert analysis is not None
    assert not [
        fact
        for fact in analysis.agreed
        for sentence in fact.support
        if "Plaskett asked McCullum" in sentence.text
    ]
    # the two outlets that both say he offered agree, whole: [1]'s "March last year" is 2016
    offered = agreed_item(analysis, "The case began when McCullum offered to assist his boss")
    assert not marked_in_part(offered, "McCullum offered in March 2016 to help take")


def _apart_either_way(check: Callable[[str, str], bool], line: int, *words: str) -> str:
    """The first of two raw `line` sentences holding `words`, after asserting that `check`
    reads them apart in either order."""
    first, second = (data_sentence(RAW, line, pattern) for pattern in words)
    assert check(first, second)
    assert check(second, first)
    return first


def test_who_asked_whom_on_the_articles_lines():
    offered = _apart_either_way(
        act_given_apart, 58, "McCullum offered in March 2016 to help take", "Plaskett asked"
    )
    # asked in the passive, and another errand asked of him, give the start to another too
    assert act_given_apart(offered, "McCullum was asked to take the phone to a store.")
    # the same giver in both, a pronoun for a name, or one telling both, part nothing
    assert not act_given_apart(offered, "McCullum offered to fix her phone, prosecutors say.")
    assert not act_given_apart(offered, "She asked him to take the phone to a store.")
    assert not act_given_apart("He offered to go with her.", "He was asked to go with her.")
    assert not act_given_apart(
        offered, "Plaskett asked McCullum to take her phone, and McCullum offered to help."
    )


def test_a_third_of_one_budget_supports_no_28_percent_cut_of_another(analyses):
    analysis = analyses[132]
    assert analysis is not None
    assert not [fact for fact in analysis.agreed if "28 percent" in fact.statement.text]
    # the two rows the outlets share in other words stay
    law = agreed_item(analysis, "Under a three-decade-old law")
    assert marked_in_part(law, "the State Department said it was dropping the funding")
    erroneous = agreed_item(analysis, "UNFPA said it regrets the U.S. decision")
    assert not marked_in_part(erroneous, "said it regretted the U.S. move")


def test_a_fraction_against_a_percentage_on_the_articles_lines():
    third = data_sentence(RAW, 132, "cutting roughly one-third from the State")
    percent = _apart_either_way(fraction_apart, 132, "proposed 28 percent budget", "one-third")
    # a third is 33 percent, give or take
    assert not fraction_apart(percent.replace("28", "33"), third)
    # "more than half" allows the review's 56.8 percent (Multi-News+ validation 175)
    review = data_sentence(PLUS, 175, "more than half \\( 56.8 % \\)")
    news = data_sentence(PLUS, 175, "more than half of 1,416 measles")
    assert not fraction_apart(review, news)
    # half of a percentage point is itself a percentage, 0.5 points (raw 204)
    recount = data_sentence(RAW, 204, "half of a percentage point")
    law = data_sentence(RAW, 204, "less than 0.5 percentage points")
    assert not fraction_apart(recount, law)
    # an ordinal is no fraction, nor is a share of something else
    cut = "The White House proposed a 28 percent budget cut."
    assert not fraction_apart("A third-party budget review found the cuts too deep.", cut)
    assert not fraction_apart("Turnout was 28 percent of voters.", third)
