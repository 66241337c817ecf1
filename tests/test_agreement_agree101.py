"""The ninety-ninth agreement pass (agree101; raw validation and DUC clusters, 0-based, file
order): two quotations, one telling of a "he" and the other of a "she", neither of anyone of
the other's sex, are remarks on two people (agreement_voices.remarks_on_two): raw 108's
Sanders on the pope is not told by his remark on Dorothy Day (reader109 item 2), nor DUC 21's
friend on Slepian by her remark on his widow. Raw 77's and 116's false supports and raw 108's
chamber row are traced and left (journal)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_voices import remarks_on_two
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import DATA, read_clusters
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

_ON_THE_POPE = "I think he does not want to be rude, as a guest."
_ON_DAY = '"She was a very, very progressive ... socialist'
_ON_SLEPIAN = "``But he performed abortions because he believed"
_ON_THE_WIDOW = "``Right now, she is worried about the kids' safety"
DUC = DATA / "duc2003-task2.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (108, 156))


def test_sanders_on_the_pope_is_not_told_by_his_remark_on_day(analyses):
    assert not pair_shown(analyses[108], _ON_THE_POPE, _ON_DAY)
    # the row of Day's praise in the speech stays agreed
    assert pair_shown(analyses[108], "he praised Dorothy Day", "founded the Catholic Worker")


def test_two_families_telling_one_loss_by_possessives_stay_agreed(analyses):
    # "his own life" and "her husband" name two people only in the possessive: the loss of
    # the father and daughter is told by both
    assert pair_shown(
        analyses[156], "Our prayers go out to the other family", "we lost her husband and daughter"
    )


def test_a_friend_on_slepian_is_not_told_by_her_remark_on_his_widow():
    documents = read_clusters(DUC, 30)[21]["documents"]
    analysis = brief(documents, words=100).analysis
    assert not pair_shown(analysis, _ON_SLEPIAN, _ON_THE_WIDOW)


def test_a_remark_on_a_man_and_one_on_a_woman_are_two():
    he = '"I think he does not want to be rude, as a guest," Sanders said.'
    she = '"She was a very, very progressive socialist," Sanders said.'
    assert remarks_on_two(he, she)
    assert remarks_on_two(she, he)
    # newswire's marks too
    assert remarks_on_two("``But he performed abortions,'' said Fink.", "``Now she is worried.''")


def test_remarks_on_one_person_or_on_both_are_not_read_apart():
    he = '"He was a great man," she said.'
    assert not remarks_on_two(he, '"He built the house himself."')
    # a quotation telling of a man and a woman says no one's sex alone
    assert not remarks_on_two('"He told her to leave."', '"She left."')
    # the pronouns outside the quotation marks are the writer's
    assert not remarks_on_two(he, '"It was over," she said.')
    # in the writer's voice, no quotation: not read
    assert not remarks_on_two("He was a great man.", "She was progressive.")
    # a possessive alone says whose, not whom the remark tells of
    assert not remarks_on_two('"We lost her husband."', '"The man took his own life."')
