"""The last words of a summary's budget (summary41), on raw Multi-News validation clusters
(0-based lines of the file): past nine tenths of the budget, a row scored half a standard
deviation below its cluster's mean is no longer taken because it fits: 88's page
heading, 132's fragment of a list and 17's "It was not immediately clear ..." closed their
summaries; 180 closes on a line of its story instead."""

from __future__ import annotations

import pytest

from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def test_a_heading_no_longer_closes_the_summary(clusters):
    """88: an NBC page's related-story heading, no verb of the story, took the last nine
    words; the summary stops at the Takei lines before it."""
    heading = "Takei: Muslim registry brings up thoughts of Japanese internment"
    assert heading in sentences(clusters[88])
    texts = summary(clusters[88])
    assert heading not in texts
    # one closing row out, not the summary's body: it still fills nine tenths of its budget
    assert 225 <= _words(texts) <= 250


def test_a_fragment_no_longer_closes_the_summary(clusters):
    """132: the tail of a sentence the page broke at a line ("in Jammu and Kashmir agreed
    upon by India and Pakistan.") was the summary's last line."""
    fragment = "in Jammu and Kashmir agreed upon by India and Pakistan."
    # Since the fiftieth cleaning pass (clean66) the break is read as a space: one sentence.
    whole = (
        "The dotted line represents approximately the Line of Control in Jammu and Kashmir"
        " agreed upon by India and Pakistan."
    )
    assert fragment not in sentences(clusters[132])
    assert whole in sentences(clusters[132])
    assert whole not in summary(clusters[132])


def test_an_unknown_no_longer_closes_the_summary(clusters):
    """17: what the recall did not know ("It was not immediately clear what the defect
    was.") filled the last ten words."""
    unknown = "It was not immediately clear what the defect was."
    assert unknown in sentences(clusters[17])
    assert unknown not in summary(clusters[17])


def test_a_story_line_closes_the_summary_instead(clusters):
    """180: the raid's last steps ("After authorities cleared the residence, they searched
    the house.") gave way to what the investigation found."""
    texts = summary(clusters[180])
    found = "Deputies say the investigation determined the people living in that home were"
    assert any(text.startswith(found) for text in texts)
    assert "After authorities cleared the residence, they searched the house." not in texts
