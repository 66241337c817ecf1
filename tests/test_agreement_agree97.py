"""The ninety-fifth agreement pass (agree97; raw validation clusters, 0-based, file order): a
count of occasions, "five times that year" (raw 75), is no ratio (agreement_multiples.py); an
agreed row over a value in conflict shows, in Markdown, the value the other outlet gives, "[2]
in part, saying 2 children" (raw 187, render/differing_values.py); and two sentences sharing
only an adviser's role at a low score tell two men's deeds (raw 232, agreement_actors.py)."""

from __future__ import annotations

from chorus.analyze.agreement_actors import only_a_role
from chorus.analyze.agreement_multiples import multiple_untold
from chorus.api import brief
from chorus.render.differing_values import other_value
from chorus.render.markdown import to_markdown
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_line, pair_shown
from tests.raw_pages import raw_clusters

_CHILDREN = "Different figures for injuries: 3 children vs 2 children"
_THREE = "Eight people including three children were injured in Philadelphia on Monday"
_TWO = "Eight people, including two children, were injured this morning"
_SPARRED = "Obama Deputy Campaign Manager Stephanie Cutter and Romney campaign adviser Kevin"
_AXELROD = "Top Obama campaign adviser David Axelrod, asked about an NBC/WSJ poll"


def test_a_count_of_calls_that_year_is_no_ratio():
    # raw 75 [0]: the police came five times; "that" read as "five times that [amount]" once
    called = data_line(RAW_VALIDATION, 75, "Police in Torrance were called to his home five")
    assert not multiple_untold(called, [])


def test_a_ratio_of_that_number_stays_a_ratio():
    # raw 223 [1]: "five times that number of trains" compares two counts of trains
    trains = data_line(RAW_VALIDATION, 223, "And now, with more than five times that number")
    assert multiple_untold(trains, [])
    assert not multiple_untold(trains, ["It runs five times as many trains."])


def test_times_before_a_time_counts_occasions():
    for counted in (
        "He was arrested three times in 2015.",
        "He called three times the same day.",
        "The stars were observed 70 times over five years.",
        "The heart beats 30 times per minute.",
        "It was shared over 82,000 times as of Wednesday afternoon.",
        "She was shot four times after honking.",
    ):
        assert not multiple_untold(counted, []), counted


def test_times_before_a_possessive_time_or_a_limit_compares():
    for ratio in (
        "The bill was five times that year's budget.",
        "Her blood alcohol content was three times over the legal limit.",
        "It took ten times the time it took before.",
    ):
        assert multiple_untold(ratio, []), ratio


def test_the_other_outlet_s_value_is_read_from_the_reason():
    three = data_line(RAW_VALIDATION, 187, _THREE)
    two = data_line(RAW_VALIDATION, 187, _TWO)
    assert other_value(_CHILDREN, three, [two]) == ("2 children", (0,))
    assert other_value(_CHILDREN, two, [three]) == ("3 children", (0,))


def test_a_reason_not_told_apart_is_not_read():
    # the statement writes both values, or neither, or the reason has no two values
    both = "Three children were hurt, two of them badly."
    assert other_value(_CHILDREN, both, ["Two children were hurt."]) is None
    assert other_value(_CHILDREN, "Eight people were hurt.", ["Two children were hurt."]) is None
    assert other_value("Different figures for injuries", "Three children.", ["Two."]) is None
    # no support writes the other value
    assert other_value(_CHILDREN, "Three children were hurt.", ["Eight were hurt."]) is None


def test_the_row_says_what_the_other_outlet_gives():
    shown = to_markdown(brief(raw_clusters()[187]["documents"]))
    row = next(line for line in shown.splitlines() if line.startswith(f"- {_THREE}"))
    assert row.endswith("[1][2] (all; [2] in part, saying 2 children)")
    # the conflicts section keeps the reason whole
    assert f"- {_CHILDREN}" in shown.splitlines()


def test_two_advisers_deeds_are_not_linked():
    # [4]'s standfirst ends on its closing quotation mark, no stop: its line of the page
    page = "\n".join(raw_clusters()[232]["documents"]).splitlines()
    sparred = next(line for line in page if line.startswith(_SPARRED))
    axelrod = data_line(RAW_VALIDATION, 232, _AXELROD)
    assert only_a_role(sparred, axelrod, {"advis", "barac"}, 0.411)
    # from ROLE_FLOOR up the role is read as any word
    assert not only_a_role(sparred, axelrod, {"advis", "barac"}, 0.42)
    analysis = analysed_lines(raw_clusters(), (232,))[232]
    assert not pair_shown(analysis, _SPARRED, _AXELROD)


def test_advised_is_no_adviser():
    # the role must be written as a role by both: "advised" is a deed
    assert not only_a_role(
        "Romney adviser Kevin Madden spoke Sunday.",
        "Axelrod advised Obama on Sunday.",
        {"advis"},
        0.40,
    )
