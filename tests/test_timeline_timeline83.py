"""The timeline's eighty-third pass (reader101 item 5; raw validation by 0-based line): AP's
page of raw 27 [1] was "date unknown" under its caption "… at Potter's Field Park in London,
Monday, June 5, 2017. … (Associated Press)": its story tells Tuesday ("Police said Tuesday
…") and the run-up to "Thursday's general election", its lede no weekday, so neither the
caption's day nor its lede's dated it, and its 21 weekdays stayed unresolved. The story's
day is the one of the three after the photo's it tells bare, when a source spoke on it.
Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
import json

from chorus.api import as_articles
from chorus.ingest.own_dates import dated_elsewhere
from tests.briefings import as_read, record
from tests.conftest import RAW_VALIDATION

_RULE = "story's day after its captions"
_PHOTO = (
    "A child looks at the tributes at the park in London, Monday, June 5, 2017. (Associated Press)"
)


def _page(line: int, document: int) -> str:
    return as_articles(json.loads(record(RAW_VALIDATION, line))["documents"])[document].text


def test_the_day_a_source_spoke_on_after_the_photo_dates_the_page():
    found = dated_elsewhere(_page(27, 1))
    assert found is not None
    assert found[0] == dt.date(2017, 6, 6)
    assert found[1].startswith("Police said Tuesday he lived in east London")
    assert found[2] == _RULE


def test_the_dated_page_reads_its_week():
    briefed = as_read(27)
    assert [d.article.published for d in briefed.documents] == [None, dt.date(2017, 6, 6)]
    rows = {e.sentence.text: e.when for e in briefed.analysis.timeline}
    assert (
        rows[
            "Saturday's attack was the third in as many months involving suspects who "
            "had been on the radar of British authorities."
        ]
        == "2017-06-03"
    )
    assert (
        rows["The other two attackers were named Monday as Khuram Shazad Butt and Rachid Redouane."]
        == "2017-06-05"
    )
    assert (
        rows["The issue has become a key one in the run-up to Thursday's general election."]
        == "2017-06-08"
    )
    assert any(
        text.startswith("Police said Tuesday") and when == "2017-06-06"
        for text, when in rows.items()
    )


def test_a_day_told_only_ahead_dates_no_page():
    # Raw 234 [1]: Thursday's story of the storm under Thursday's photos hopes for flights
    # "Friday morning"; reader43 judged it a Thursday's story, so Friday dates nothing.
    assert dated_elsewhere(_page(234, 1)) is None


def test_two_days_told_after_the_photo_date_no_page():
    # Raw 139 [1]: USA Today's storm page under Tuesday's icicles tells Wednesday's, Thursday's
    # and Friday's weather in its video list.
    assert dated_elsewhere(_page(139, 1)) is None


def test_the_edges():
    story = "LONDON (AP) — Police named the attacker.\n\nThe other two were named Monday."
    said = f"{_PHOTO}\n\n{story}\n\nPolice said Tuesday he lived in east London."
    assert dated_elsewhere(said)[:1] == (dt.date(2017, 6, 6),)
    # An event named by its later day is no day of writing.
    possessive = f"{said}\n\nIt is a key issue before Thursday's election."
    assert dated_elsewhere(possessive)[:1] == (dt.date(2017, 6, 6),)
    # A day no one spoke on, a lede naming a day, a photo's day never named, a later date.
    assert dated_elsewhere(f"{_PHOTO}\n\n{story}\n\nThe area reopens Tuesday.") is None
    lede = "LONDON (AP) — Police on Sunday named the attacker.\n\nThey met Monday."
    assert dated_elsewhere(f"{_PHOTO}\n\n{lede}\n\nPolice said Tuesday it was over.") is None
    unnamed = f"{_PHOTO}\n\nLONDON (AP) — Police named him.\n\nPolice said Tuesday he left."
    assert dated_elsewhere(unnamed) is None
    assert dated_elsewhere(f"{said}\n\nHe will appear in court June 9.") is None
