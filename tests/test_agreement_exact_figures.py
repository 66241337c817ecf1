"""A rare exact figure two outlets both write, with a word of what it measures, links their
lines (agreement_exact_figures.py; reader75 on raw 18, 0-based file order): MarketWatch's
"The average cost of a wedding last year exceeded $31,213, ..." and The Knot's table line
"Average Wedding Cost: $31,213 (excludes honeymoon)"; the dress's "$1,357" in both. Each
article writes the $31,213 twice, so it was no own word, and the pair scores 0.31."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_exact_figures import exact_figures
from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def weddings() -> Analysis | None:
    return analysed_lines(raw_clusters(), (18,))[18]


def test_the_average_cost_both_give_is_agreed_in_part(weddings):
    cost = agreed_item(weddings, "The average cost of a wedding last year exceeded $31,213")
    assert [s.text for s in cost.support] == ["Average Wedding Cost: $31,213 (excludes honeymoon)"]
    # the table line tells none of the year before, the low of 2010 nor the survey
    assert marked_in_part(cost, "Average Wedding Cost")
    # Dolgin's remark gives the sum beside the guests' counts, which MarketWatch never gives
    assert not pair_shown(weddings, "exceeded $31,213", "national average at $31,213")


def test_the_dress_both_price_is_agreed(weddings):
    dress = agreed_item(weddings, "such things as a wedding dress ($1,357)")
    assert [s.text for s in dress.support] == ["Average Spent on a Wedding Dress: $1,357"]


def test_a_sum_shared_beside_names_alone_links_nothing(weddings):
    # Long Island's $55,327: the two lines share the place's name and no word of what it costs
    assert not pair_shown(weddings, "Long Island, N.Y. ($55,327)", "Cost of Weddings:")
    # the venue's share of the $31,213 is no average cost
    assert not pair_shown(weddings, "Americans will spend $14,006", "Average Wedding Cost")


def test_a_rare_figure_is_exact_and_unrounded():
    assert exact_figures("It exceeded $31,213, up 4.5% from $29,858.") == {
        "$31,213",
        "$29,858",
        "4.5",
    }
    assert exact_figures("a lump-sum payment of $2,219,807.90.") == {"$2,219,807.90"}
    assert exact_figures("Voting in the 33,312 polling stations") == {"33,312"}
    # round sums, and counts of four digits without a dollar, are said of many things
    assert not exact_figures("a $50,000 fine for 100,000 people, 2,400 texts, in 2014")
    assert exact_figures("It cost $1,500.50 each.") == {"$1,500.50"}
    # a number's tail in a phone number or a range is no figure of its own
    assert not exact_figures("Call 555-12345 now.")
