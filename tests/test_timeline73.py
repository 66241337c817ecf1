"""The timeline's seventy-third pass (reader86, raw validation by 0-based line): one sentence
shown once when its dates all stand in its asides (raw 238's "The last two winners of the Iowa
GOP caucuses — ... Huckabee in 2008 and ... Santorum (Pa.) in 2012 — have faded" stood under
2008 and 2012), a comparison's "the same liability that capsized ... Pawlenty in 2012" no
event, a month and day dated by the one year its undated article writes in full before it
(raw 246 [1]'s "A grand jury indicted him Nov. 19" after "a Sept. 2, 2015, incident"), and a
sentence's "published July 27 in the American Journal" no page stamp (raw 89: the note said
"No dated events found"). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt

from chorus.analyze.model import TimelineEntry
from tests.briefings import briefing


def _rows(corpus: str, line: int, opening: str) -> list[TimelineEntry]:
    """The timeline rows of a cluster whose sentence opens with `opening`."""
    return [
        e for e in briefing(corpus, line).analysis.timeline if e.sentence.text.startswith(opening)
    ]


def test_a_sentence_whose_years_stand_in_its_dashes_is_one_row():
    # Raw 238 [0]: the winners' years say who they were; "have faded" is undated.
    (row,) = _rows("raw", 238, "The last two winners of the Iowa GOP caucuses")
    assert row.when == "2008"
    # Raw 82 [1]: two songs' dates, each in brackets, likened to the story's climb.
    (row,) = _rows("raw", 82, "It ties for the longest climb to No. 1 this century")
    assert row.when == "2012-06-09"
    # DUC 24 [0]: the islands "_ battered by Hurricane Hugo in 1989 and 1995's Marilyn ... _".
    (row,) = _rows("duc", 24, "There was a surprise bright spot")
    assert row.when == "1989"


def test_dates_of_two_clauses_keep_a_row_each():
    # Raw 96 [2]: born in 1927, a degree in 1951: two events, two rows, as before.
    rows = _rows("raw", 96, "Lane was born in Brooklyn on Feb. 24, 1927")
    assert sorted(e.when for e in rows) == ["1927-02-24", "1951"]
    # Raw 229 [0]: a sentence in brackets is no aside of one; three deaths, three rows.
    rows = _rows("raw", 229, "(Mr. Kantner and Ms. Anderson died in 2016")
    assert sorted(e.when for e in rows) == ["1999", "2005", "2016"]


def test_the_same_thing_that_another_met_is_a_comparison():
    # Raw 238 [0]: Pawlenty's 2012 candidacy is no event of Walker's story.
    assert _rows("raw", 238, "He faces a charisma question") == []
    assert "'2012'" in briefing("raw", 238).analysis.reasons["timeline"]


def test_a_month_and_day_takes_the_one_year_its_article_writes_before_it():
    # Raw 246 [1]: no publication date; "Sept. 2, 2015" is its one year, Nov. 19 after it.
    (row,) = _rows("raw", 246, "A grand jury indicted him Nov. 19")
    assert (row.date, row.precision, row.lent) == (dt.date(2015, 11, 19), "day", False)


def test_a_full_date_written_after_the_day_lends_it_no_year():
    # Raw 66 [1]: "got married Sept. 9. Each was born on April 28, 1990": married two
    # decades on, not in 1990.
    opening = "The Taunton Gazette reports that"
    cluster = briefing("raw", 66)
    assert any(opening in d.article.text for d in cluster.documents)
    assert _rows("raw", 66, opening) == []
    assert "Sept. 9" in " ".join(cluster.analysis.reasons.values())


def test_a_sentence_s_published_month_and_day_is_no_page_stamp():
    # Raw 89 [0]: "The results, published July 27 in the American Journal of Human
    # Genetics": the study's day, its year unknown, named in the note.
    reason = briefing("raw", 89).analysis.reasons["timeline"]
    assert "'July 27') could not be resolved" in reason
