"""The timeline's seventy-first pass (reader82 raw 113, recurring 8; raw validation by
0-based line, documents 0-based): a wire's dateline that writes no year. 113 [1] (HealthDay)
opens "MONDAY, July 2 (HealthDay News) -- Whether a person's injury will lead to chronic
pain ..." and closes "Copyright © 2012 HealthDay. All rights reserved."; the briefing said
"date unknown". A dateline is the story's own day, and July 2 of 2012 is a Monday: the
page's one copyright year, the weekday agreeing, dates it. A footer naming another year
(a site's current one) is caught by the weekday six times in seven. Expectations from
reading the article."""

from __future__ import annotations

from pathlib import Path

from tests.raw_pages import date_read, raw_document, sources_markdown

_COPYRIGHT = "Copyright © 2012 HealthDay."


def test_a_yearless_dateline_takes_its_page_s_copyright_year():
    page = raw_document(113, 1)
    assert page.startswith("MONDAY, July 2 (HealthDay News) -- ")
    assert _COPYRIGHT in page
    assert date_read(page) == ("2012-07-02", "dateline and copyright")


def test_a_copyright_year_off_the_weekday_dates_nothing():
    # July 2 of 2013 is a Tuesday: the dateline's Monday is another year's.
    page = raw_document(113, 1).replace(_COPYRIGHT, "Copyright © 2013 HealthDay.")
    assert date_read(page) is None


def test_two_copyright_years_date_nothing():
    page = raw_document(113, 1) + "\n\nCopyright © 2018 HealthDay. All rights reserved."
    # 2018's July 2 is a Monday too: which year is the story's is not told.
    assert date_read(page) is None


def test_a_dateline_below_the_first_line_is_no_page_s_own():
    first, rest = raw_document(113, 1).split("\n", 1)
    assert date_read(rest + "\n\n" + first) is None


def test_a_weekday_and_day_opening_a_story_without_a_credit_is_no_dateline():
    # "Monday, July 2, ..." opening a sentence is the story's day, not the wire's stamp.
    page = raw_document(113, 1).replace("(HealthDay News) -- ", "", 1)
    assert date_read(page) is None


def test_113_s_sources_show_the_day(tmp_path: Path):
    markdown, notes = sources_markdown(113, tmp_path)
    assert "2. **HealthDay**, 2 July 2012" in markdown
    assert any("date 2012-07-02 read from its dateline and copyright" in n for n in notes)
