"""The timeline's eighty-sixth pass (reader109, reader110; raw validation by 0-based line).
Raw 127 [1] (Amnesty): "She is also appealing three other convictions against her, including
a four-month sentence ... for ripping up photos of the King of Bahrain in May 2012 and a
one-year sentence ... in June 2013." is shown under June 2013; its May 2012, the story's
ripping in a line of a later step of the law (timeline_trials), was named in the note as
dating no event while [0]'s "another photo-ripping protest in 2012" stands as a row. A date
whose line is shown and whose crime is the story's is no "no event". Expectations from
reading the articles."""

from __future__ import annotations

import datetime as dt

from tests.briefings import as_read


def test_raw_127_may_2012_is_not_called_no_event():
    rows = as_read(127).analysis.timeline
    june_2013 = [e.sentence.text for e in rows if e.date == dt.date(2013, 6, 1)]
    assert len(june_2013) == 1 and "in May 2012 and a one-year sentence" in june_2013[0]
    # [0]'s own telling of the 2012 ripping stays a row.
    assert any("another photo-ripping protest in 2012" in e.sentence.text for e in rows)
    reason = as_read(127).analysis.reasons["timeline"]
    assert "'May 2012'" not in reason
    assert "2 date(s) ('2011', 'December 2011') read as dating no event" in reason
