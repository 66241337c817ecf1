"""The timeline's eighty-first pass (reader97; raw validation by 0-based line): a page whose
only date is its video's caption closing on "(May 4, 2015) Gannett Wisconsin Media" (raw 156
[1]) was "date unknown", its "last week" unresolved; a line telling last month's order (raw
114 [2]) stood under 2008, a year of the relative clause it passes by ("..., which is in line
with the stance taken by the George W. Bush administration when it first listed polar bears
as threatened in 2008"). Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
import json

from chorus.api import as_articles
from chorus.ingest.own_dates import dated_elsewhere
from tests.briefings import as_read, briefing, record
from tests.conftest import RAW_VALIDATION

_SULLIVAN = "Last month, in the court case arising from the dispute over the bear's status"


def test_a_caption_closing_on_its_bracketed_date_and_credit_dates_its_page():
    # Raw 156 [1]: the video's caption tells Monday's news conference; the story names
    # Sunday's shooting and Monday, none of the three days after May 4, 2015 (a Monday).
    page = as_articles(json.loads(record(RAW_VALIDATION, 156))["documents"])[1]
    found = dated_elsewhere(page.text)
    assert found is not None
    assert found[0] == dt.date(2015, 5, 4)
    assert found[1].endswith("(May 4, 2015) Gannett Wisconsin Media")
    assert found[2] == "captions"


def test_the_dated_page_reads_its_last_week():
    briefed = as_read(156)
    assert [d.article.published for d in briefed.documents] == [dt.date(2015, 5, 4)] * 2
    rows = {e.sentence.text: e.when for e in briefed.analysis.timeline}
    assert rows["They called off their wedding last week."] == "2015"
    assert "no publication date is known" not in briefed.analysis.reasons.get("timeline", "")


def test_a_year_in_a_clause_after_last_month_dates_no_row():
    timeline = briefing("raw", 114).analysis.timeline
    assert not [e for e in timeline if e.sentence.text.startswith(_SULLIVAN)]
    # The biologists' conclusion of 2008, a deed the line tells, stays.
    assert any(
        e.when == "2008" and "its biologists had concluded in 2008" in e.sentence.text
        for e in timeline
    )
    reason = briefing("raw", 114).analysis.reasons["timeline"]
    assert "('2008') read as dating no event of the story" in reason
