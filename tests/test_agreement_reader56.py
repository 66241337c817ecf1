"""The fifty-second agreement pass (reader56; raw validation and DUC clusters, 0-based, file
order), each read against the articles. In raw 218 CNN's "The phone of the first officer of
Malaysia Airlines Flight 370 was on and made contact with a cell tower ..." supported "Teams
searching for the missing Malaysia Airlines plane are to deploy a robotic submarine for the
first time.": linked by the airline, the plane, "first" and "time" (two senses) and, below
the score where a link needs a word of its own, by the flight's number, part of its name.
DUC 4's "Swissair Flight 111" joined the airline's chief executive, the wreckage retrieved,
the switches that did not cause the crash and the families' help."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import beyond_who
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.briefings import DUC
from tests.conftest import read_clusters
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (49, 161, 218))


def test_a_phone_on_the_flight_does_not_support_the_submarine(analyses):
    phone = "The phone of the first officer"
    assert not pair_shown(analyses[218], "deploy a robotic submarine", phone)
    assert not pair_shown(analyses[218], "An unmanned underwater vehicle will be deployed", phone)
    # the deployment, told by [1] and [2], is still agreed
    assert pair_shown(
        analyses[218], "deploy a robotic submarine", "An unmanned underwater vehicle will be"
    )


def test_a_time_phrase_told_alike_still_links(analyses):
    # raw 49: "at that time" / "At the time": the opposition MPs' support is one fact
    assert pair_shown(
        analyses[49], "it was then supported by opposition MPs", "MPs from all the opposition"
    )


def test_a_flight_number_is_part_of_its_name():
    wreckage = data_sentence(DUC, 4, "Hundreds of thousands of pieces of Swissair Flight 111")
    families = data_sentence(DUC, 4, "After the crash of Swissair Flight 111, the airline gave")
    assert not beyond_who(wreckage, families, {"111"})


def test_a_day_is_no_name(analyses):
    # raw 161: "May 29" with the avenue both name dates one shooting
    shot = "Tavin Terrell Price was fatally shot in front of his mother"
    assert pair_shown(analyses[161], shot, "On May 29, Tavin Price was shot to death")


def test_the_swissair_items_no_longer_join_two_facts():
    analysis = brief(read_clusters(DUC, 5)[4]["documents"], words=100).analysis
    assert not pair_shown(analysis, "did everything correctly", "gave the grieving famil")
    assert not pair_shown(analysis, "did everything correctly", "such switches did not cause")
