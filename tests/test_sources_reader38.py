"""Sources, stop 36 (eighth pass): a thirty-fifth reader found raw 21's every source "date
unknown" though its [2] and [5] embed tweets and Instagram posts stamped "June 20, 2017"
that cleaning removes, and raw 25 [2] "outlet unknown" though it closes "Jeremy Campbell
writes for WXIA-TV in Atlanta"; a thirty-fourth found raw 16's header saying "3 sources"
while two are background pages (raw 55: one). The readers number sources from 1; documents
below are 0-based. Every outlet and date read is judged in tests/fixtures/own_outlets.json
and own_dates.json; these tests show each rule on its pages and the pages left as they
were."""

from __future__ import annotations

import re
from functools import cache

import pytest

from chorus.ingest.article_dates import own_date
from chorus.ingest.own_lines import own_outlet
from chorus.render.about import counts
from chorus.render.markdown import to_markdown
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters

_TWEET = "— Russell Simmons (@UncleRUSH) June 20, 2017"
_INSTAGRAM = "A post shared by Nasir Jones (@nas) on Jun 20, 2017 at 10:33am PDT"


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _document(cluster: int, index: int) -> str:
    return _raw()[cluster]["documents"][index]


def _dated(text: str) -> tuple[str, str] | None:
    found = own_date(text)
    return None if found is None else (found.value, found.rule)


@pytest.mark.parametrize(("index", "tweets", "posts"), [(1, 24, 6), (4, 2, 2)])
def test_a_pages_embedded_posts_of_one_day_date_it_when_its_story_names_that_weekday(
    index, tweets, posts
):
    text = _document(21, index)
    assert len(re.findall(r"\(@\w+\) June 20, 2017$", text, re.MULTILINE)) == tweets
    assert text.count("on Jun 20, 2017 at ") == posts
    assert "died Tuesday" in text  # 20 June 2017 was a Tuesday
    assert _dated(text) == ("2017-06-20", "posts")
    # A story naming the day after the posts' is not dated by them; one naming no weekday
    # only when it names Twitter, a tweet or Instagram and no year after theirs (timeline65,
    # tests/test_timeline_reader65.py).
    assert _dated(text.replace("died Tuesday", "died Wednesday")) is None


def test_posts_stamped_with_several_days_or_another_weekday():
    # Trump's tweets of 2011 to 2018 quoted in one story of Monday: the latest, a Monday's,
    # dates it (timeline68; None before); a Wednesday's tweet over a story of "Tuesday".
    trump = _document(19, 1)
    assert "(@realDonaldTrump) August 16, 2011" in trump
    assert "(@realDonaldTrump) February 5, 2018" in trump
    assert _dated(trump) == ("2018-02-05", "posts")
    facebook = _document(169, 1)
    assert "(@anildash) March 26, 2014" in facebook and "yet again Tuesday" in facebook
    assert own_date(facebook) is None
    # The same stamps read as no post without their handle.
    text = _document(21, 4)
    assert _dated(re.sub(r" \(@[\w.]+\)", "", text)) is None


def test_a_post_is_read_only_by_its_closing_stamp():
    story = "The rapper died Tuesday, his publicist said."
    posts = f"{story}\nOne of Queen’s finest. {_TWEET}\nQB RIP King P. {_INSTAGRAM}"
    assert _dated(posts) == ("2017-06-20", "posts")
    assert _dated(f"{story}\nOne of Queen’s finest. {_TWEET} via Twitter") is None
    assert _dated(f"{story}\nSimmons (@UncleRUSH) wrote on June 20, 2017 of his friend.") is None


def test_a_writers_credit_line_names_the_outlet_whose_story_it_is():
    text = _document(25, 1)
    assert text.rstrip().endswith("Jeremy Campbell writes for WXIA-TV in Atlanta")
    found = own_outlet(text)
    assert found is not None
    assert (found.value, found.rule) == ("WXIA-TV", "writer's credit line")


@pytest.mark.parametrize(
    "line",
    [
        # Two outlets on one line (raw 53 [0], the Tribune's page, stays unread).
        "William Lee and Jeremy Gorner are reporters for the Tribune, Jae Miller is a "
        "reporter for WGN-TV",
        # A guest's bio going on past the outlet, and the words inside a sentence.
        "Jane Doe writes for The Atlantic and is the author of a book on Congress.",
        "Judy Solomon, who writes for an Israeli publication, said so.",
    ],
)
def test_other_writers_lines_name_no_outlet(line):
    assert own_outlet(f"Story text.\n\n{line}") is None


@pytest.mark.parametrize(("cluster", "background"), [(16, 2), (55, 1)])
def test_the_header_counts_the_background_pages_among_the_sources(cluster, background):
    briefing = raw_briefing(cluster)
    assert len(briefing.documents) == 3
    assert len(briefing.analysis.off_topic) == background
    # Both are pages of no story (an index of other stories, a crawl notice): the header
    # calls them what Background and Sources do (reader53's 194 was "1 background" here).
    assert counts(briefing)[0] == f"3 sources ({background} not news)"
    markdown = to_markdown(briefing)
    assert f"A chorus briefing: 3 sources ({background} not news) · " in markdown
    # The list marks the same pages set aside.
    assert markdown.count("(see Background)") == background


def test_a_header_with_every_source_on_the_story_counts_them_alone():
    briefing = raw_briefing(25)
    assert not briefing.analysis.off_topic
    assert counts(briefing)[0] == "2 sources"
