"""Sources, stop 37 (eleventh pass): a forty-third reader read raw 63's header date, "3 May
2015", as the story's, while it was only its YouTube page's ("Published on May 3, 2015"; UPI's
story, undated, tells "May 18"), and raw 104's "24 March 2017" as the briefing's, while it was
only the Air Force release's, another of its articles being of April. The header now says
whose date it is when others on the story have none. Clusters are 0-based; sources are
numbered from 1, as the Sources list numbers them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.api import brief
from chorus.ingest import read_inputs
from chorus.model import Article, Briefing
from chorus.render import to_markdown
from chorus.render.about import counts
from tests.raw_pages import raw_clusters


def _articles(cluster: int, folder: Path) -> list[Article]:
    """The cluster read as `chorus brief cNNN.jsonl` reads it (dates from its own lines)."""
    path = folder / f"c{cluster:03d}.jsonl"
    path.write_text(json.dumps(raw_clusters()[cluster]) + "\n", encoding="utf-8")
    return read_inputs([str(path)]).articles


def _header_date(briefing: Briefing) -> str:
    return counts(briefing)[-1]


def test_a_video_pages_date_is_said_to_be_its_own(tmp_path):
    articles = _articles(63, tmp_path)
    # The YouTube page is dated by its "Published on" line; UPI's dateline has no year.
    assert articles[2].text.startswith("Published on May 3, 2015")
    assert articles[1].text.startswith("NEW YORK, May 18 (UPI) --")
    assert [a.published is not None for a in articles] == [False, False, True, False]
    briefing = brief(articles, words=250)
    assert briefing.analysis is not None
    assert articles[2].id not in briefing.analysis.off_topic
    assert _header_date(briefing) == "3 May 2015 (date of source 3 only)"
    markdown = to_markdown(briefing)
    assert "· 3 May 2015 (date of source 3 only). Each summary sentence" in markdown
    assert "3. file `c063.jsonl document 3`, outlet unknown, 3 May 2015" in markdown


def test_a_release_dated_among_undated_reports_is_named(tmp_path):
    articles = _articles(104, tmp_path)
    assert "Published March 24, 2017" in articles[0].text.splitlines()[0]
    # NBC's page embeds Lester Holt's tweet of Sunday "April 2, 2017" about his report
    # "Monday night": the tweet's day is not the page's, which stays undated.
    assert "(@LesterHoltNBC) April 2, 2017" in articles[2].text
    assert articles[1].published is None and articles[2].published is None
    assert _header_date(brief(articles, words=250)) == "24 March 2017 (date of source 1 only)"


def test_two_dated_sources_of_three_are_both_named(tmp_path):
    # Raw 181: the Chronicle's page is undated; the other two give 19 and 22 October 2010.
    articles = _articles(181, tmp_path)
    assert [str(a.published) for a in articles[1:]] == ["2010-10-19", "2010-10-22"]
    assert articles[0].published is None
    header = _header_date(brief(articles, words=250))
    assert header == "19 to 22 October 2010 (dates of sources 2 and 3 only)"


def test_a_dated_background_page_is_not_named_among_the_story_sources(tmp_path):
    # Raw 88: a video page the analysis sets aside ("Published on Apr 1, 2017") is dated as
    # the story's source 5 is, by its posts, and so is source 2, a page set aside as
    # background (timeline65: its story names no weekday but tells of its tweets); the header
    # names the story's dated source alone.
    articles = _articles(88, tmp_path)
    assert [n for n, a in enumerate(articles, start=1) if a.published] == [2, 5, 7]
    briefing = brief(articles, words=250)
    assert briefing.analysis is not None
    assert articles[6].id in briefing.analysis.off_topic
    # offtopic27 (stop 56) keeps source 2 on the story (its opening names April Fools' Day,
    # as most others' do): the header names it beside source 5, and the set-aside video page
    # (source 7) still not.
    assert articles[1].id not in briefing.analysis.off_topic
    assert _header_date(briefing) == "1 April 2017 (date of sources 2 and 5 only)"


@pytest.mark.parametrize(("cluster", "date"), [(182, "19 February 2013"), (117, "27 August 2017")])
def test_a_story_whose_every_source_is_dated_shows_the_span_alone(tmp_path, cluster, date):
    # Raw 182: two AP pages of 19 February 2013; raw 117: one AP story.
    articles = _articles(cluster, tmp_path)
    assert all(a.published is not None for a in articles)
    assert _header_date(brief(articles, words=250)) == date
