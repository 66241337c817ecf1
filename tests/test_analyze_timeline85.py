"""The timeline's eighty-fifth pass (reader108, raw validation by 0-based line): a page's note
of its own correction dates no event. Raw 103 [4] (the Guardian on Judge Persky's 2011 civil
trial) ends "This article was amended on 9 June 2016. Two quotes attributed to Barbara
Spector were actually made by ...": its day is the note's, and it was shown as an event of 9
June beside Speier's and Poe's. Reader106 (raw 69) and reader108 (raw 102): a date closing an
anniversary's "of ..." phrase is the event remembered ("in anticipation of the 20th
anniversary of the six-year-old's ... death on Christmas night, 1996": specials aired in
2016, shown on 25 December 1996), and "to reiterate what I said on Sunday" (Obama's remarks
of Friday 19 July 2013) is no second row of Sunday's statement. Expectations from reading
the articles."""

from __future__ import annotations

import datetime as dt

from chorus.analyze.timeline_clauses import remembered
from chorus.analyze.timeline_sources import words_repeated
from chorus.summarize.newsroom import correction_note
from tests.briefings import as_read


def test_raw_103_the_amendment_note_dates_no_row():
    rows = as_read(103).analysis.timeline
    assert not [e for e in rows if "This article was amended" in e.sentence.text]
    # The day's own deeds stay: Speier and Poe on the House floor that Thursday.
    june_9 = [e.sentence.text for e in rows if e.date == dt.date(2016, 6, 9)]
    assert any("read excerpts from the victim's statement on the House floor" in t for t in june_9)
    # The note's date is named among those dating no event, not dropped unsaid.
    assert "'9 June 2016'" in as_read(103).analysis.reasons["timeline"]


def test_raw_168_a_dated_correction_s_amendment_dates_no_row():
    rows = as_read(168).analysis.timeline
    assert not [e for e in rows if "This article has been amended" in e.sentence.text]


def test_raw_69_the_anniversary_s_death_dates_not_the_specials():
    rows = as_read(69).analysis.timeline
    assert not [e for e in rows if "documentary specials" in e.sentence.text]
    # The death's own day stays, told by the Reuters page: the body found on 26 December.
    assert any(
        e.date == dt.date(1996, 12, 26) and "found in the basement" in e.sentence.text for e in rows
    )


def test_raw_102_sunday_s_statement_is_one_row():
    rows = as_read(102).analysis.timeline
    sunday = [e.sentence.text for e in rows if e.date == dt.date(2013, 7, 14)]
    assert sunday == ["I gave a preliminary statement right after the ruling on Sunday."]


def test_the_edges():
    before = (
        "in anticipation of the 20th anniversary of the six-year-old's death on Christmas night, "
    )
    assert remembered(before)
    assert remembered("to commemorate the anniversary of a ")
    assert not remembered("On the anniversary of his death, his family gathered on ")
    assert not remembered("And in ")
    assert words_repeated("to reiterate what I said on ")
    assert words_repeated("He stood by what he said last ")
    # A lead-in to the day's words is that day's row.
    assert not words_repeated("This is what I said on ")
    assert correction_note("This article was amended on 9 June 2016.")
    assert correction_note("This story has been amended to correct the date of the vote.")
    assert correction_note("This story has been corrected to show Gomes lived in Raynham.")
    # A story's own amendment is news, not the page's note.
    assert not correction_note("The bill was amended on 9 June 2016 to drop the tax.")
    assert correction_note("Correction 31 July 2017: This article has been amended to say.")
    assert not correction_note("Correction officers said on Monday the article was false.")


def test_raw_103_the_verdict_s_month_before_the_assault_s_year_is_read():
    rows = as_read(103).analysis.timeline
    verdict = [e for e in rows if e.sentence.text.startswith("Turner was found guilty in March")]
    # March of the June 2016 page's year (the verdict, 30 March 2016), and the assault's 2015
    # in its later clause, the story's crime (timeline_trials).
    assert sorted((e.date, e.precision) for e in verdict) == [
        (dt.date(2015, 1, 1), "year"),
        (dt.date(2016, 3, 1), "month"),
    ]
