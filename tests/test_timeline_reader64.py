"""The timeline's sixty-fourth pass (reader69; raw validation by 0-based line): a date set
aside whose words a row also shows is named in the note with the word before it (19's
"since 2009" beside Yardeni's "in 2009"); "in 2017 and early 2018" is one run of time, one
row until its end (19); a thing's year in a line telling the week just past dates no row
(9's "the 2016 election"); the year of the work a remake redoes dates no row (70's "Sam
Raimi's 1981 horror film"). Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.model import TimelineEntry
from chorus.analyze.timeline import timeline
from chorus.render.timeline_notes import timeline_note
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def read() -> dict[int, tuple[list[TimelineEntry], str]]:
    found = {}
    for n, cluster in _raw({9, 19, 70}).items():
        rows = timeline(_own_dated(cluster), frozenset())
        found[n] = list(rows.entries), rows.reason
    return found


def test_a_note_names_the_date_it_set_aside_apart_from_the_rows_shown(read):
    # 19 [3]: "the stock market rise, which actually began in 2009" and Yardeni's "Barack
    # Obama said something in 2009" are shown under 2009; Shah's "wage growth rising at the
    # fastest pace ... in eight years, since 2009" [1] is a comparison set aside. The note
    # said "'2009' ... read as dating no event", as if it denied the rows.
    rows, note = read[19]
    assert sum(e.when == "2009" for e in rows) == 2
    assert "'since 2009'" in note
    assert "'2009'" not in note


def test_a_year_and_the_start_of_the_next_are_one_run(read):
    # 19 [3]: "stocks blew past traditional valuations as they raced ahead in 2017 and early
    # 2018" stood under 2017 and again under 2018.
    rows, _ = read[19]
    raced = [e for e in rows if "raced ahead" in e.sentence.text]
    assert [(e.when, e.until and e.until.year) for e in raced] == [("2017", 2018)]
    assert timeline_note(raced[0]) == " (2017 and early 2018)"


def test_a_thing_s_year_in_a_line_of_last_week_dates_no_row(read):
    # 9 [5]: "... reasons for Comey's firing last week, the ongoing FBI probe into Russian
    # influence on the 2016 election was cited ...": the year names the election.
    rows, _ = read[9]
    assert not [e for e in rows if "2016 election" in e.sentence.text]
    # The story's own dates stay: the Oval Office meeting of 14 February 2017.
    assert any(e.when == "2017-02-14" for e in rows)


def test_the_year_of_the_film_a_remake_redoes_dates_no_row(read):
    # 70: reviews of the 2013 "Evil Dead"; "The remake of “The Evil Dead,” Sam Raimi’s 1981
    # horror film ..." [4] and "The new film is produced by ... star of the 1981 movie" [3]
    # stood under 1981, a year that only names the original.
    rows, note = read[70]
    assert not [e for e in rows if e.when == "1981"]
    assert "'1981' 4 times" in note
