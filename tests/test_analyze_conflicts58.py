"""Figures of bounds and approximations (conflicts58; reader 78 on raw validation 19, 0-based,
and DUC d31038t, line 27): Business Insider's "falling as much as 1,500 points" (the most the
Dow fell) against Politico's "plunging nearly 1,600 points at one point" (a value it reached,
over 1,550); and a toll written with a part set off by commas ("A total of 248 people,
including a dozen Americans, were killed in the Nairobi bombing") against "killed more than
250" in Nairobi."""

from __future__ import annotations

from chorus import brief
from chorus.analyze.conflict_extremes import reached
from chorus.language.counts import counts
from tests.briefings import briefing, raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters

INSIDER = (
    "Stocks tanked in trading Monday, with the Dow Jones Industrial Average falling as much "
    "as 1,500 points."
)
POLITICO = (
    "A global market sell-off accelerated Monday with the Dow Jones Industrial Average "
    "plunging nearly 1,600 points at one point in roller-coaster afternoon trading."
)
DOW = "The Dow Jones Industrial Average {}."


def _one(text: str):
    (found,) = reached(text)
    return found


def test_the_dows_largest_fall_given_two_ways_is_a_conflict():
    analysis = raw_briefing(19).analysis
    (conflict,) = [c for c in analysis.conflicts if "largest fall" in c.reason]
    assert conflict.reason == (
        "Different figures for the largest fall: as much as 1,500 points vs "
        "nearly 1,600 points (at one point)"
    )
    assert [s.text for s in conflict.side_a] == [INSIDER]
    assert [s.text for s in conflict.side_b] == [POLITICO]


def test_what_each_figure_allows():
    most = _one(INSIDER)
    assert (most.most, most.low, most.high) == (True, 1450, 1550)
    value = _one(POLITICO)
    assert (value.most, value.low, value.high) == (False, 1550, 1600)
    # the close is neither the most nor a value "at one point"
    assert not reached(
        "After a volatile session, the Dow ended down 1,175 points, or 4.6%, at 24,346."
    )
    # the most of a part of the session is a value the day reached, no most of the day
    assert not _one("The lira fell as much as 10 % in Asian morning trading.").most


def test_which_figures_cannot_both_hold():
    def rival(ours: str, theirs: str) -> bool:
        return _one(DOW.format(ours)).rival(_one(DOW.format(theirs)))

    assert rival("fell as much as 1,500 points", "plunged nearly 1,600 points at one point")
    assert rival("fell as much as 1,500 points", "fell as much as 1,600 points")
    # nearly 1,500 is 1,450 up to 1,500, about 1,600 a tenth either side: both may be the most
    assert not rival("fell as much as 1,500 points", "briefly fell nearly 1,500 points")
    assert not rival("fell as much as 1,500 points", "briefly fell about 1,600 points")
    assert not rival("fell as much as 785 points", "plunged more than 700 points at one point")
    assert not rival("fell as much as 1,500 points", "briefly fell more than 1,500 points")
    # a rise is no rival of a fall, nor two values reached of each other
    assert not rival("rose as much as 1,500 points", "plunged nearly 1,600 points at one point")
    assert not rival("briefly fell 1,500 points", "plunged nearly 1,600 points at one point")


def test_an_article_giving_both_figures_is_no_conflict():
    documents = read_clusters(RAW_VALIDATION, 20)[19]["documents"]
    assert INSIDER in documents[0]
    told = documents[0].replace(
        INSIDER, f"{INSIDER} It later fell nearly 1,600 points at one point."
    )
    found = brief([told, *documents[1:]], words=250).analysis.conflicts
    assert not [c for c in found if "largest fall" in c.reason]


def test_a_toll_with_a_part_set_off_is_read():
    (toll,) = counts(
        "A total of 248 people, including a dozen Americans, were killed in the Nairobi "
        "bombing on Aug. 7."
    )
    assert (toll.quantity, toll.value, toll.place, toll.part) == ("deaths", 248, "Nairobi", False)
    # the attackers set off are counted in the toll, as after it
    twenty = counts("Twenty people, including the three gunmen, were killed in Nairobi.")[0]
    assert (twenty.value, twenty.attackers) == (20, 3)
    # no verb right after the aside: not a count ("against" is no vote here)
    assert not counts(
        "He was found guilty of 15 charges, including crimes against the Jewish people, "
        "crimes against humanity and war crimes."
    )


def test_nairobis_toll_given_two_ways_is_a_conflict():
    analysis = briefing("duc", 27).analysis
    (conflict,) = analysis.conflicts
    assert conflict.reason == "Different figures for deaths: 248 people vs more than 250"
    assert conflict.side_a[0].text.startswith("A total of 248 people, including a dozen Americans")
    assert (
        conflict.side_b[0].text
        == "The simultaneous blast in Nairobi killed more than 250, including 12 Americans."
    )
