"""The timeline's sixty-eighth pass (reader78, reader79; raw validation by 0-based line,
documents 0-based): a page embedding posts of several days. 19 [1], USA Today's list of
Trump's tweets of 2011 to 2018 under its story of Monday's fall, was undated because its
posts carry nine dates; a page shows only posts older than itself, so it is now dated by the
latest, "February 5, 2018", a Monday its story names, and the fall ("Monday the Dow shed
1,175 points") stands on the timeline. The checks a single date passes still hold; stamps
and issue lines that date no page stay unread. Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chorus import brief
from tests.raw_pages import date_read, raw_document, read_as_file

_LATEST = "(@realDonaldTrump) February 5, 2018"
_FALL = "Monday the Dow shed 1,175 points"


def test_posts_of_several_days_date_their_page_by_the_latest():
    usa_today = raw_document(19, 1)
    assert _LATEST in usa_today
    assert "(@realDonaldTrump) November 7, 2012" in usa_today
    assert date_read(usa_today) == ("2018-02-05", "posts")


def test_the_latest_post_still_needs_the_story_s_weekday():
    usa_today = raw_document(19, 1)
    # The story's "Monday" is the latest post's weekday; under a Tuesday's latest post it
    # would fall six days after it, perhaps a week off: unread.
    assert date_read(usa_today.replace(_LATEST, _LATEST.replace("5,", "6,"))) is None
    # A story naming the day after the latest post's was written later: unread.
    assert date_read(usa_today.replace(_FALL, "Tuesday the Dow shed 1,175 points")) is None


def test_a_later_year_in_a_story_naming_no_weekday_still_refuses_its_posts():
    # 88 [7]: tweets of March 31 and April 1, 2017 (April Fools' Day, no weekday named) under
    # a story telling of "the Tokyo Olympics in 2020": a year after the posts', left undated.
    pranks = raw_document(88, 7)
    assert "(@emirates) March 31, 2017" in pranks
    assert "(@GeorgeTakei) April 1, 2017" in pranks
    assert "Tokyo Olympics in 2020" in pranks
    assert date_read(pranks) is None


def test_stamps_and_issue_lines_that_date_no_page_stay_unread():
    # 30 [1]: an issue's dates name no year; 36 [0]: one tweet of 2012 under a story naming
    # the 2014 election (the sixty-fifth pass). 16 [0]'s stamp, closing its first line, now
    # dates it (timeline69, tests/test_timeline69.py).
    assert "first appeared in the Aug. 23-Sept. 5 issue" in raw_document(30, 1)
    assert date_read(raw_document(30, 1)) is None
    assert date_read(raw_document(36, 0)) is None


def test_the_fall_stands_on_19_s_timeline(tmp_path: Path):
    # Read as `chorus brief c19.jsonl` reads it: [1] dated by its posts, noted.
    ingested = read_as_file(19, tmp_path)
    assert [str(a.published) for a in ingested.articles] == ["None", "2018-02-05", "None"]
    assert any("date 2018-02-05 read from its posts" in note for note in ingested.notes)
    rows = brief(ingested.articles, notes=ingested.notes, words=250).analysis.timeline
    fall = [row for row in rows if row.sentence.text.startswith(_FALL)]
    assert [row.date for row in fall] == [dt.date(2018, 2, 5)]
