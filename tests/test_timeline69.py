"""The timeline's sixty-ninth pass (reader78 raw 16, reader79 raw 20, 34, 36; raw validation
by 0-based line, documents 0-based): a station page's own stamp. 16 [0] (NBC10) opens with
its lead video's blurb closed by "(Published Friday, June 27, 2014)", over a story of the
Tuesday its winner was told and the Thursday her successor "will be awarded the crown". A
page goes up with its story or later, so a stamp closing its first line, its weekday its
date's, dates the page when the story names none of the three days after it (a story naming
those was written later). Its Tuesday and Thursday now stand on the timeline. Expectations
from reading the article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chorus import brief
from tests.raw_pages import date_read, raw_document, read_as_file

_STAMP = "(Published Friday, June 27, 2014)"


def test_a_first_line_s_stamp_dates_its_page():
    page = raw_document(16, 0)
    assert page.splitlines()[0].endswith(_STAMP)
    assert date_read(page) == ("2014-06-27", "stamp")


def test_a_story_naming_a_day_after_the_stamp_leaves_it_unread():
    page = raw_document(16, 0)
    # Saturday is the day after the stamp's Friday: the story was written later.
    assert date_read(page.replace("Still, on Tuesday,", "Still, on Saturday,")) is None


def test_a_stamp_whose_weekday_is_another_day_s_dates_nothing():
    page = raw_document(16, 0)
    assert date_read(page.replace(_STAMP, "(Published Thursday, June 27, 2014)")) is None


def test_a_stamp_below_the_first_line_is_no_page_s_own():
    first, rest = raw_document(16, 0).split("\n", 1)
    # The same blurb and stamp as the page's last line: another video's, not read.
    assert date_read(rest + "\n\n" + first) is None


def test_a_stamp_of_hours_ago_dates_nothing():
    page = raw_document(16, 0).replace(_STAMP, "(Published 2 hours ago)")
    assert date_read(page) is None


def test_16_s_tuesday_and_thursday_stand_on_its_timeline(tmp_path: Path):
    ingested = read_as_file(16, tmp_path)
    assert [str(a.published) for a in ingested.articles] == ["2014-06-27", "None", "None"]
    assert any("date 2014-06-27 read from its stamp" in note for note in ingested.notes)
    rows = brief(ingested.articles, notes=ingested.notes, words=250).analysis.timeline
    told = {row.expression.text: row.date for row in rows}
    # The notice "on Tuesday" and the crowning "Thursday night", both of that week.
    assert told == {"Tuesday": dt.date(2014, 6, 24), "Thursday": dt.date(2014, 6, 26)}
    assert not any(row.planned for row in rows)
