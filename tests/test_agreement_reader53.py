"""The forty-ninth agreement pass (readers 50 and 53; raw validation clusters, 0-based, file
order), each read against the articles. Raw 161's "The Los Angeles City Council is expected
to approve a $50,000 reward ..." was agreed by NBC4's "A $50,000 reward for information was
approved by the City Council.": the item tells as expected what that outlet tells as done.
Raw 191's "The lawsuit was filed Monday morning in Connecticut superior court against
Bushmaster, several other manufacturers, and Riverview Gun Sales ..." was agreed by the
Guardian's "Parents ... will on Monday announce they are suing Bushmaster ...", written
before the filing and naming none of the court, the other makers or Riverview. Raw 164's
"Ipswich police located the son-in-law in the water ..." was agreed by "The U.S. Coast Guard
rescued a 58-year-old man ...": that outlet's son-in-law is 28, the man rescued his
father-in-law."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_planned import told_before_done
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import DATA, read_clusters
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (161, 164, 191))


def test_an_approval_expected_is_not_agreed_by_the_approval_done(analyses):
    assert not pair_shown(analyses[161], "is expected to approve", "was approved by the City")
    # the item stays, agreed by the outlets that also write before the vote
    assert pair_shown(analyses[161], "is expected to approve", "expected to be voted on")


def test_a_suit_filed_is_not_agreed_by_an_announcement_to_come(analyses):
    assert not pair_shown(analyses[191], "The lawsuit was filed Monday", "will on Monday announce")
    # the estates both outlets tell stay agreed
    assert pair_shown(analyses[191], "The families created estates", "opened estates")


def test_a_statement_telling_what_came_of_a_plan_may_be_agreed_by_the_plan():
    # Multi-News+ validation 1291, judged right by the blind gold (agreement_new_text12): the
    # item says Garland was nominated, the other outlet that he was to be
    done = data_sentence(PLUS_VALIDATION, 1291, "has nominated merrick garland")
    planned = data_sentence(PLUS_VALIDATION, 1291, "is expected to nominate merrick garland")
    assert told_before_done(planned, done)
    assert not told_before_done(done, planned)


def test_two_outlets_telling_one_thing_to_come_agree():
    # Multi-News+ validation 2663: an announcement to come and what is expected of it
    announce = data_sentence(PLUS_VALIDATION, 2663, "will announce on this sunday")
    expected = data_sentence(PLUS_VALIDATION, 2663, "is expected to be his last regular")
    assert not told_before_done(expected, announce)
    assert not told_before_done(announce, expected)


def test_a_relative_is_not_agreed_by_a_stranger_of_another_age(analyses):
    assert not pair_shown(analyses[164], "located the son-in-law", "rescued a 58-year-old man")
    # the other outlet telling the son-in-law found stays
    assert pair_shown(
        analyses[164], "located the son-in-law in the water south", "who told police him"
    )


def test_a_girl_of_the_age_her_grandmother_gives_is_one_girl():
    # Multi-News+ validation 210: "raped a 9-year-old girl" and "her 9-year-old
    # granddaughter was allegedly raped" tell of one child
    documents = read_clusters(PLUS_VALIDATION, 211)[210]["documents"]
    analysis = brief(documents, words=100).analysis
    assert pair_shown(analysis, "four men were booked into jail", "9-year-old granddaughter")
