"""The eightieth agreement pass (agree82; raw validation clusters, 0-based, file order): one
count both outlets give in digits of one thing links two sentences below OPEN_THRESHOLD
though neither article writes the figure once (raw 13's "71 beagles" leads, raw 226's Mike
Miller "to score 23" / "He scored 23 points", raw 76's "more than 8,000 people"); a
distance, a span of time, a name's or a day's number ties nothing (raw 196's "12 miles out
of Nulato" lines stay apart, its Demoski row shown)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_tied_figures import tied_figures
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (13, 76, 196, 226))


def test_the_beagles_rescued_are_agreed(analyses):
    assert pair_shown(
        analyses[13],
        "has come to the rescue of 71 beagles",
        "71 beagles have been removed",
    )


def test_a_score_both_give_is_agreed(analyses):
    assert pair_shown(analyses[226], "made seven 3-pointers to score 23", "He scored 23 points")


def test_a_bounded_toll_is_agreed(analyses):
    assert pair_shown(
        analyses[76],
        "more than 8,000 people have been killed",
        "more than 8,000 people have died",
    )


def test_a_distance_ties_nothing(analyses):
    assert not pair_shown(
        analyses[196], "About 12 miles out of Nulato", "The snowmobile reappeared 12 miles"
    )
    assert pair_shown(analyses[196], "after a night of drinking", "Demoski spoke to KTUU-TV")


def test_what_a_figure_counts():
    # "of" before it gives the count as known ("=", agree84): it ties where the other tells it
    assert tied_figures("The society has come to the rescue of 71 beagles.") == {("71", "=beagl")}
    # the verb before it, and the noun after it
    assert tied_figures("He scored 23 points.") == {("23", "<score"), ("23", "point")}
    # its bound dropped, its scale kept
    assert ("8,000", "peopl") in tied_figures("The U.N. says more than 8,000 people died.")
    assert ("2 billion", "deal") in tied_figures("Facebook is buying it in a $2 billion deal.")
    # a name's number, a day's, a year, a number word: no count
    for text in (
        "They won Game 5 of the Finals.",
        "It followed the Aug. 7 bombing of the embassy.",
        "The law passed in 2012 survived.",
        "Seven beagles were found.",
    ):
        assert not tied_figures(text), text
    # a span of time, a unit, an ordinal after it: only the verb before it ties
    assert not tied_figures("The plan cuts deficits within 10 years.")
    assert tied_figures("The snowmobile reappeared 12 miles outside of Nulato.") == {
        ("12", "<reapp")
    }
    assert tied_figures("He killed 20 first-grade students.") == {("20", "<kille")}
