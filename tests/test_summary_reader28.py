"""The summary a reader sees, twenty-eighth pass, on raw Multi-News validation clusters
(0-based lines of the file) read as a user's file is: an undated article keeps its place in
the reading order, so raw 119's undated AP lead is read before the dated feature after it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from chorus import brief
from chorus.ingest import read_inputs
from chorus.summarize.order import article_places
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary


@pytest.fixture(scope="module")
def cluster_119(tmp_path_factory) -> list:
    path = tmp_path_factory.mktemp("raw") / "c119.jsonl"
    path.write_text(json.dumps(read_clusters(RAW_VALIDATION, 120)[119]), encoding="utf-8")
    return read_inputs([path]).articles


def test_an_undated_lead_is_not_read_after_a_dated_feature(cluster_119):
    """[1] (NBC10) is dated 23 April 2013 by its page; [0] (AP's lead, the headline's) is not."""
    assert [a.published for a in cluster_119] == [None, dt.date(2013, 4, 23)]
    texts = [s.text for s in brief(cluster_119, words=250, analyze=False).summary]
    assert texts[0].startswith("A judge has thrown out three murder charges")
    feature = texts.index(
        "It took the prosecution five weeks to present their case against West Philly"
        " abortion doctor Kermit Gosnell."
    )
    assert feature > 0


def test_dated_articles_read_by_date_in_the_dated_places():
    """Raw 7's dates; then two dated out of order around an undated one."""
    day = dt.date(2016, 4, 10)
    assert article_places([None, day, dt.date(2016, 5, 30)]) == [0, 1, 2]
    assert article_places([dt.date(2016, 5, 30), None, day]) == [2, 1, 0]
    assert article_places([None, None]) == [0, 1]


@pytest.mark.parametrize(
    ("number", "was", "now"),
    [
        (46, "There's also a military escort", "Kong: Skull Island is still great fun"),
        # the opening chosen again is an article's lead since summary53
        # (`order.lead_article_first`); the headline's lead since summary81 (stop 46); [2]'s
        # lead on the death since summary99 (stop 49) tells it once
        (111, "His bandmate Brad Fischetti", "LFO singer Devin Lima has died"),
    ],
)
def test_a_summary_opens_on_no_sentence_leaning_back(number, was, now):
    """46 opened on a review's "There's also ...", 111 on "His bandmate ..." (whose?)."""
    texts = summary(read_clusters(RAW_VALIDATION, number + 1)[number])
    assert not texts[0].startswith(was)
    assert texts[0].startswith(now)
