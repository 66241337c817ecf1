"""The timeline's eighty-fifth pass (reader108, raw validation by 0-based line): a page's note
of its own correction dates no event. Raw 103 [4] (the Guardian on Judge Persky's 2011 civil
trial) ends "This article was amended on 9 June 2016. Two quotes attributed to Barbara
Spector were actually made by ...": its day is the note's, and it was shown as an event of 9
June beside Speier's and Poe's; raw 168 [2]'s "Correction 31 July 2017: This article has
been amended ..." likewise. A month alone before the year its sentence writes is read: raw 103
[2]'s "Turner was found guilty in March of sexually assaulting ... in 2015" (a 9 June 2016
page) stood only under the assault's year. Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt

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


def test_the_edges():
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
