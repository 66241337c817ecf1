"""One deed two outlets give to two bodies (conflicts55; reader76 finding 3, raw validation
60, 0-based): CBS Miami's "Over the weekend, Keith Fitzgerald Knowles, Jr. turned himself in
to Broward Sheriff's detectives." against the Sun-Sentinel's "Keith Fitzgerald Knowles Jr.,
27, turned himself in to Fort Lauderdale police and was booked into jail Sunday after
Broward Sheriff's detectives circulated security camera video ...". The Sun-Sentinel names
the Sheriff's detectives only as circulating the video: the outlets give the surrender to
two bodies."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.model import Briefing
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import agreed_item, marked_in_part

REASON = (
    "Turned himself in to different bodies: Broward Sheriff’s detectives vs Fort Lauderdale police"
)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return raw_briefing(60)


@pytest.fixture(scope="module")
def documents() -> list[str]:
    return read_clusters(RAW_VALIDATION, 61)[60]["documents"]


def _bodies(documents: list[str]) -> list[tuple[str, str, str]]:
    analysis = brief(documents, words=100).analysis
    return [
        (c.reason, c.side_a[0].text, c.side_b[0].text)
        for c in analysis.conflicts
        if c.kind == "body"
    ]


def test_the_surrender_to_two_bodies_is_a_conflict(briefing):
    (conflict,) = [c for c in briefing.analysis.conflicts if c.kind == "body"]
    assert conflict.reason == REASON
    (sheriff,) = conflict.side_a
    (police,) = conflict.side_b
    assert sheriff.text.startswith("Over the weekend, Keith Fitzgerald Knowles, Jr. turned")
    assert "turned himself in to Fort Lauderdale police and was booked" in police.text
    assert (sheriff.article.id, police.article.id) == tuple(
        d.article.id for d in briefing.documents
    )


def test_the_surrender_stays_agreed_with_the_other_body_in_part(briefing):
    # both outlets tell the surrender: the conflict says which part differs
    surrender = agreed_item(briefing.analysis, "turned himself in to Broward Sheriff’s")
    assert marked_in_part(surrender, "turned himself in to Fort Lauderdale police")


def test_an_article_giving_the_deed_to_both_bodies_tells_no_conflict(documents):
    sheriff, sentinel = documents
    both = sentinel + "\n\nKnowles turned himself in to the Broward Sheriff's Office, too."
    assert not _bodies([sheriff, both])
    # another deed to the other body is no conflict either
    arrested = sentinel.replace("turned himself in to Fort Lauderdale police", "was arrested")
    arrested += "\n\nKnowles was arrested by Fort Lauderdale police."
    assert not _bodies([sheriff, arrested])


def test_both_articles_naming_one_body_tell_no_conflict(documents):
    sheriff, sentinel = documents
    one_body = sentinel.replace("Fort Lauderdale police", "Broward Sheriff's detectives", 1)
    assert not _bodies([sheriff, one_body])
    (found,) = _bodies([sheriff, sentinel])
    assert found[0] == REASON
