"""The timeline's eighty-fourth pass (reader100, raw validation by 0-based line): rows that
dated no event. Raw 18's four 2014 rows held a table's heading ("Based on average cost of a
wedding in 2014, ..."), a survey's method under a press release's "About ..." heading ("All
qualified respondents attested ...") and a figure's source ("according to a 2014 survey by
American Express"); raw 9's Tuesday held a line of opinion on the day's reports ("Tuesday's
reports ... only thicken the plot"). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt

from chorus.analyze.timeline_figures import names_a_figure
from chorus.analyze.timeline_sources import a_day_s_news, a_source_s_year, in_an_about_section
from tests.briefings import as_read


def _rows(line: int, words: str) -> list[str]:
    """The timeline rows of raw `line` whose sentence holds `words`."""
    return [e.sentence.text for e in as_read(line).analysis.timeline if words in e.sentence.text]


def test_raw_18_keeps_the_year_s_spending_and_drops_heading_method_and_source():
    rows = [e.sentence.text for e in as_read(18).analysis.timeline]
    assert rows == [
        "Spending is on the rise across reception categories, and couples are spending more on "
        "their catering, musicians and cake in 2014."
    ]
    # Each set aside is named in the note as dating no event, the one row shown.
    reason = as_read(18).analysis.reasons["timeline"]
    assert "other mentions of '2014' are shown" in reason


def test_raw_134_a_memo_credited_with_a_figure_dates_no_row():
    assert not _rows(134, "according to a 2013 memo")


def test_raw_9_a_day_s_reports_named_as_a_thing_date_no_row():
    rows = as_read(9).analysis.timeline
    tuesday = [e.sentence.text for e in rows if e.date == dt.date(2017, 5, 16)]
    assert not [t for t in tuesday if "Tuesday's re" in t or "Tuesday's disclosures" in t]
    # The day's own deeds stay: the reports themselves, Chaffetz's tweet, Ryan's statement.
    assert any(
        "sources told The New York Times and then CNN on Tuesday night" in t for t in tuesday
    )
    assert any("Chaffetz tweeted on Tuesday" in t for t in tuesday)
    assert any("A spokesperson for Ryan released a statement" in t for t in tuesday)


def test_the_edges():
    assert a_source_s_year("In fact, guests spend around $592 per wedding, according to a ")
    assert not a_source_s_year("The survey was carried out in ")
    assert a_day_s_news("'s reports that the President tried to get him")
    assert a_day_s_news("’s revelations that")
    # A day's news conference is where its words were said: the day's event.
    assert not a_day_s_news("'s news conference about the arrests")
    assert not a_day_s_news(" night, sources told")
    text = "The news.\nAbout The Knot 2014 Real Weddings Survey\nAll respondents were 18."
    assert in_an_about_section(text, text.index("All"))
    assert not in_an_about_section(text, 0)
    assert not in_an_about_section("About 300 people came.\nThey left in 2014.", 23)
    near = "Based on average cost of a wedding in "
    assert names_a_figure(near, near, ", couples spend the most")
    assert not names_a_figure(
        "The average couple married in ", "The average couple married in ", "."
    )
