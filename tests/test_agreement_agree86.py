"""The eighty-fourth agreement pass (agree86; raw validation clusters, 0-based, file order): a
statement ranked by a line a fact before it took lets a line linked to it by score alone go to
a line of its own article that scores higher with it and has no other link
(agreement_forming._kept_for_another). Raw 190's 4.3-times anxiety line no longer takes the
Globe's antisocial line from the Times' 4.1-times antisocial line; raw 231's "first film"
line and raw 73's HQ complaint find the line they tell."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_forming import _kept_for_another
from chorus.api import brief
from chorus.model import Briefing
from tests.gold import agreed_item, pair_shown
from tests.raw_pages import raw_clusters

# raw 190, the bullying study
_ANTISOCIAL = "What’s more, the study found that those who had been bullies were at increased"
_FOUR_POINT_ONE = "Bullies who were not victims of bullying were 4.1 times more likely"
_FOUR_POINT_THREE = "victims of bullying in childhood were 4.3 times more likely"


@pytest.fixture(scope="module")
def bullying() -> Briefing:
    return brief(raw_clusters()[190]["documents"])


def test_a_finding_pairs_with_the_line_telling_it(bullying):
    assert pair_shown(bullying.analysis, _ANTISOCIAL, _FOUR_POINT_ONE)
    assert not pair_shown(bullying.analysis, _ANTISOCIAL, _FOUR_POINT_THREE)


def test_the_summary_cites_the_outlet_telling_the_finding(bullying):
    (sentence,) = [s for s in bullying.summary if _ANTISOCIAL in s.shown.text]
    cited = {s.article.id for s in sentence.sources}
    assert len(cited) == 2


def test_a_line_left_alone_takes_its_only_link():
    # statement 0 (article 0) was ranked by line 1, taken; line 2 (article 1) scores 0.43
    # with it and 0.53 with line 3 (article 0), whose only link it is
    links = {0: {1: 0.54, 2: 0.43}, 2: {0: 0.43, 3: 0.53}, 3: {2: 0.53}}
    article_of = [0, 1, 1, 0]
    assert _kept_for_another(links, 0, 2, {1}, article_of)
    # taken already, or with another link, line 3 leaves it to the statement
    assert not _kept_for_another(links, 0, 2, {1, 3}, article_of)
    linked_twice = {**links, 3: {2: 0.53, 1: 0.5}}
    assert not _kept_for_another(linked_twice, 0, 2, {1}, article_of)
    # a line scoring higher with the statement stays
    assert not _kept_for_another({**links, 0: {1: 0.54, 2: 0.6}}, 0, 2, {1}, article_of)


def test_a_milestone_is_told_by_the_line_giving_it():
    furious = brief(raw_clusters()[231]["documents"])
    fact = agreed_item(furious.analysis, "will cross $1 billion at the worldwide box office")
    first_film = "Furious 7 is the first film from Universal Studios to gross $1 billion."
    assert any(first_film in s.text for s in fact.support)


def test_a_complaint_pairs_with_the_line_telling_it():
    kroll = brief(raw_clusters()[73]["documents"])
    assert pair_shown(
        kroll.analysis,
        "an HQ employee filed a formal complaint to HR in August",
        "Kroll was dealing with an H.R. complaint by an HQ employee",
    )
    assert not pair_shown(
        kroll.analysis,
        "He was fired from Twitter for what he himself described",
        "Kroll was dealing with an H.R. complaint by an HQ employee",
    )
