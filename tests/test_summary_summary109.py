"""A writer's own aside is no summary line: a "please" to the reader outside quotation marks
("We know coloured pencils are super cheap, but really girls – please stick to Rimmel.", raw
63's closing quip) and the writer's favourite ("The latest, and my favorite to date, is the
Lenovo IdeaCentre Horizon 27.", 211's review); a quoted "please" and the verb stay news
(summary109, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.newsroom import writers_verdict
from chorus.summarize.not_story import page_not_story
from chorus.summarize.reader_address import addresses_reader
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


QUIP = "We know coloured pencils are super cheap, but really girls – please stick to Rimmel."
FAVOURITE = "The latest, and my favorite to date, is the Lenovo IdeaCentre Horizon 27."


def test_the_census_every_unquoted_please_is_the_page_speaking_to_its_reader(clusters):
    """The census over the raw pages: each unquoted "please" is a plea, a page's request or
    a writer's quip (7's donation page, 40's Kickstarter, 63's quip, 166's airline, 201's
    lyric-sheet aside, ...)."""
    # every sentence, not one a cluster: a cluster's second plea is counted too
    found = [
        (n, text)
        for n, cluster in enumerate(clusters)
        for text in summary_texts.sentences(cluster)
        if ("please" in text or "Please" in text) and addresses_reader(text)
    ]
    assert [text for n, text in found if n == 63] == [QUIP]
    # the census's 21: 7 ×2, 40 ×4, 166 ×3 and 201 ×2, the others once
    pleas = [7] * 2 + [40] * 4 + [63, 71, 88, 91, 100, 154, 165] + [166] * 3 + [169]
    assert [n for n, _ in found] == pleas + [201] * 2 + [233, 242]


def test_a_quoted_please_and_the_verb_are_not_read():
    assert not addresses_reader("“Please help us find her,” her mother said on Tuesday.")
    assert not addresses_reader("The senator is hard to please, his aides say.")
    assert addresses_reader("Someone please actually make this.")


def test_the_writers_favourite_is_the_page_not_the_story(clusters):
    assert summary_texts.sentence(clusters[211], "The latest, and my") == FAVOURITE
    assert writers_verdict(FAVOURITE) and page_not_story(FAVOURITE)
    # in a quotation it is the speaker's, and a favourite of others is reported
    assert not writers_verdict("“It is my favorite place on earth,” she said.")
    assert not writers_verdict("The dress was the favorite of many critics.")


def test_raw_63_briefing_no_longer_shows_the_quip(clusters):
    shown = [s.text for s in brief(clusters[63]["documents"], words=250).summary]
    assert QUIP not in shown
    assert any(text.startswith("Teen beauty blogger Brook Eve") for text in shown)


def test_raw_211_summary_no_longer_shows_the_favourite(clusters):
    shown = summary_texts.summary(clusters[211])
    assert FAVOURITE not in shown
    assert any(text.startswith("The IdeaCentre Horizon is primarily") for text in shown)
