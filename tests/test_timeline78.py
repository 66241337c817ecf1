"""The timeline's seventy-eighth pass (reader93 raw 75 item 3, recurring 4; raw validation by
0-based line, documents 0-based): a page dated by its lede's day after its captions'. 75 [0]
(AP) shows Tuesday's photo of the vigil ("… shot to death Monday …, Tuesday, April 11,
2017.") over a story whose lede tells Wednesday ("… was recovering Wednesday …"): the
captions' check refuses the photo's day (the story names the day after it), and the briefing
said "dates unknown" with the shooting's Monday unread. A lede tells the story's news, so the
day it names, one of the three after the photo's and the latest of those the story names,
dates the page, unless the story writes a month and day after it (246 [1]: an old photo of
Sept. 2 over a story naming "Nov. 19"). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chorus import brief
from tests.raw_pages import date_read, raw_document, read_as_file

_RULE = "lede after its captions"


@pytest.mark.parametrize(
    ("line", "index", "day", "lede"),
    [
        (75, 0, "2017-04-12", "was recovering Wednesday"),
        (76, 0, "2012-03-19", "Syrian security forces clashed Monday"),
    ],
)
def test_a_lede_s_day_after_its_captions_dates_the_page(line, index, day, lede):
    page = raw_document(line, index)
    assert lede in page
    assert date_read(page) == (day, _RULE)


def test_a_later_month_and_day_leaves_an_old_photo_s_page_undated():
    page = raw_document(246, 1)
    # Its blurb's "found dead in his home Thursday" is Thanksgiving's, not Sept. 3.
    assert "Wednesday, Sept. 2, 2015" in page and "indicted him Nov. 19" in page
    assert date_read(page) is None
    # The written month and day after the lede's Thursday is what refuses it.
    assert date_read(page.replace("Nov. 19", "Sept. 3")) == ("2015-09-03", _RULE)


def test_a_later_day_the_story_names_leaves_the_lede_s_day_unread():
    page = raw_document(146, 1)
    # The lede's "announced Wednesday" is not the latest of the days after the photo's
    # Tuesday the story names ("a government shutdown Thursday at midnight").
    assert "announced Wednesday" in page and "shutdown Thursday" in page
    assert date_read(page) is None


@pytest.mark.parametrize(("line", "index"), [(205, 1), (234, 1)])
def test_a_lede_naming_no_day_after_the_photo_s_dates_nothing(line, index):
    # 234 [1]'s Friday is ahead ("anticipating normal operations Friday morning"), 205 [1]'s
    # Monday right but told below the lede, its photo's Sunday never named. (27 [1]'s
    # Tuesday, told below the lede, now dates it: test_timeline_timeline83.)
    assert date_read(raw_document(line, index)) is None


def test_75_s_monday_tuesday_and_wednesday_stand_on_its_timeline(tmp_path: Path):
    ingested = read_as_file(75, tmp_path)
    assert ingested.articles[0].published == dt.date(2017, 4, 12)
    assert any(
        "date 2017-04-12 read from its lede after its captions '…" in note
        and "recovering Wednesday" in note
        for note in ingested.notes
    )
    rows = brief(ingested.articles, notes=ingested.notes, words=250).analysis.timeline
    told = {(row.expression.text, row.date) for row in rows}
    assert ("Monday", dt.date(2017, 4, 10)) in told  # the shooting
    assert ("Tuesday", dt.date(2017, 4, 11)) in told  # the vigil
    assert ("Wednesday", dt.date(2017, 4, 12)) in told  # the boy recovering
