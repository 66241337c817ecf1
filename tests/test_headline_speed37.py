"""The headline read inside `brief` only when a later summary sentence could move (speed37,
stop 46): `headline_lead` gives the summary the lead to open on the whole headline
gave (summary95: the summary moves it), and `headline_number` the number `headline`
shows, on real raw validation clusters."""

from __future__ import annotations

from dataclasses import replace

import pytest

import chorus.headline_opening
from chorus import brief
from chorus.headline_opening import headline_lead
from chorus.model import Briefing, Sentence
from chorus.render.headline_choice import headline, headline_number
from chorus.render.headline_leads import opens_story
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

_CLUSTERS = 40


def _lead_as_before(briefing: Briefing) -> Sentence | None:
    """The lead moved first as summary81 read it: the whole headline, for every summary."""
    # A copy: the briefing keeps the number once read (speed38), read here afresh.
    number = headline(replace(briefing)).number
    if not number or number == 1:
        return None
    lead = briefing.summary[number - 1].shown
    day, first_day = lead.article.published, briefing.summary[0].shown.article.published
    if not opens_story(lead) or (day and first_day and day > first_day):
        return None
    return lead


@pytest.fixture(scope="module")
def unmoved() -> list[Briefing]:
    """The first raw validation clusters' briefings as `brief` hands them to the move, with
    the analysis and without (as `chorus eval` reads them)."""
    seen: list[Briefing] = []

    def keep(briefing: Briefing, per_article: list[list[Sentence]]) -> Sentence | None:
        seen.append(briefing)
        return headline_lead(replace(briefing), per_article)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chorus.headline_opening, "headline_lead", keep)
        for cluster in read_clusters(RAW_VALIDATION, _CLUSTERS):
            for analyze in (False, True):
                brief(cluster["documents"], words=250, analyze=analyze)
    return seen


def test_the_move_is_the_one_the_whole_headline_made(unmoved):
    moved = skipped = 0
    for briefing in unmoved:
        lead = headline_lead(briefing, [split(d) for d in briefing.documents])
        assert lead == _lead_as_before(briefing)
        moved += lead is not None
        skipped += not any(opens_story(s.shown) for s in briefing.summary[1:])
    # Both ways are read: summaries that move, and summaries with no later lead to move.
    assert moved >= 5
    assert skipped >= 10


def test_the_number_is_the_one_the_headline_shows(unmoved):
    for briefing in unmoved:
        assert headline_number(briefing) == headline(replace(briefing)).number
