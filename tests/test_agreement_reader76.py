"""The seventy-first agreement pass (reader76; raw validation cluster 60, 0-based, file
order), read against the articles. CBS Miami's "Over the weekend, Keith Fitzgerald Knowles,
Jr. turned himself in to Broward Sheriff's detectives." stood whole, and was cited [1][2] in
the summary, on the Sun-Sentinel's "Keith Fitzgerald Knowles Jr., 27, turned himself in to
Fort Lauderdale police and was booked into jail Sunday after Broward Sheriff's detectives
circulated security camera video ...": the surrender is told, to another body, the
statement's named in another role."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_bodies import body_given_apart
from chorus.model import Briefing
from tests.briefings import raw_briefing
from tests.gold import agreed_item, marked_in_part

SURRENDER = "turned himself in to Broward Sheriff’s detectives"
POLICE = "turned himself in to Fort Lauderdale police"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return raw_briefing(60)


def test_a_surrender_to_another_body_is_told_in_part(briefing):
    surrender = agreed_item(briefing.analysis, SURRENDER)
    assert marked_in_part(surrender, POLICE)
    # the rows the Sun-Sentinel tells whole stay whole; its charges row was in part already
    till = agreed_item(briefing.analysis, "Once the employee opened the cashier register")
    assert not marked_in_part(till, "When the clerks opened the cash registers")
    charges = agreed_item(briefing.analysis, "Knowles is now facing four counts of robbery")
    assert marked_in_part(charges, "bond set at $45,100")


def test_the_summary_cites_the_surrender_to_its_own_outlet_alone(briefing):
    (sentence,) = [s for s in briefing.summary if SURRENDER in s.text]
    assert briefing.citations(sentence) == [1]


def _lines(briefing: Briefing) -> tuple[str, str]:
    surrender = agreed_item(briefing.analysis, SURRENDER)
    (police,) = [s.text for s in surrender.support if POLICE in s.text]
    return surrender.statement.text, police


def test_which_body_the_deed_goes_to_on_the_articles_lines(briefing):
    statement, police = _lines(briefing)
    assert body_given_apart(statement, [police])
    assert body_given_apart(police, [statement])
    # the same body in other words, or the deed told to it as well, is no part
    office = "Knowles turned himself in to the Broward Sheriff's Office on Sunday."
    assert not body_given_apart(statement, [office])
    assert not body_given_apart(statement, [police, office])
    # a body no capital names, another deed, or a body in initials against one written out
    assert not body_given_apart(statement, ["Knowles turned himself in to police on Sunday."])
    assert not body_given_apart(statement, ["Knowles was arrested by Fort Lauderdale police."])
    assert not body_given_apart(
        "He was handed over to the Justice Department.", ["He was handed over to DOJ."]
    )
    assert body_given_apart(
        "Pinochet was arrested by British police.", ["Pinochet was arrested by Spanish police."]
    )


def test_a_deed_of_telling_names_who_told_the_fact():
    assert not body_given_apart(
        "The video was obtained by NBC News.", ["The video was obtained by CBS News."]
    )
    assert not body_given_apart(
        "Recode reached out to HQ and Kroll.", ["Recode reached out to the FBI."]
    )
