"""The timeline's seventy-fifth pass (reader87, reader88; raw validation by 0-based line): a
page's own date older than a page its text links is not its text's (raw 92 [2], a YouTube
description "Published on Dec 29, 2016" quoting Salon's story of 2017/01/16, dated the whole
briefing "29 December 2016", weeks before the outing it tells); a year after a determiner and
a court's or a law's capitalised words then "decision", "ruling" or "Act" dates that deed (raw
188's "the 1964 Supreme Court decision Brulotte v. Thys"), and one after "continued into"
dates the deed that ran on (raw 175's "the affair continued into 2008, she claimed"). Both
years were named in the note as "a year naming a thing". Expectations from reading the
articles."""

from __future__ import annotations

import datetime as dt

from chorus.analyze.model import TimelineEntry
from chorus.api import as_articles
from chorus.ingest.article_dates import with_dates
from chorus.render.about import counts
from tests.briefings import briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _rows(line: int, opening: str) -> list[TimelineEntry]:
    """The timeline rows of a raw cluster whose sentence opens with `opening`."""
    rows = briefing("raw", line).analysis.timeline
    return [e for e in rows if e.sentence.text.startswith(opening)]


def _dated(line: int) -> tuple[list[dt.date | None], list[str]]:
    """Each article's date as its own lines give it, and the notes saying how."""
    notes: list[str] = []
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    return [a.published for a in with_dates(as_articles(documents), None, notes)], notes


def test_a_page_s_own_date_older_than_a_page_it_links_is_not_read():
    published, notes = _dated(92)
    assert published[2] is None
    assert any("it links a page of 2017-01-16" in note for note in notes), notes
    # No article of raw 92 is dated now: the header says so, not December 29.
    assert counts(briefing("raw", 92))[-1] == "dates unknown"
    # Raw 77 [4]'s share link names its own day: its date stands.
    published, notes = _dated(77)
    assert published[4] == dt.date(2017, 7, 8)


def test_a_year_before_a_court_s_decision_dates_it():
    rows = _rows(188, "However, after discovering the 1964 Supreme Court decision")
    assert sorted(e.when for e in rows) == ["1964", "2010"]
    # The case's citation of a comic, "p. 13 (1962)", stays unread.
    assert "('1962'): a year naming a thing" in briefing("raw", 188).analysis.reasons["timeline"]


def test_a_deed_that_continued_into_a_year_is_dated_by_it():
    rows = _rows(175, "Woods immediately asked for her personal phone number")
    assert [e.when for e in rows] == ["2008"]
    # Raw 112 [0]'s "the deal he desperately wants/needs heading into 2012" is a plan's year.
    assert not [
        e for e in briefing("raw", 112).analysis.timeline if "heading into" in e.sentence.text
    ]
