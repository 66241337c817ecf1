"""The timeline's fifty-fifth pass (reader49, reader51; raw validation by 0-based line): a past
record's year is no event of the story, told after "the record set in" or after "the record
was set by" its holders (raw 173, Multi-News+ validation 2543); a row two articles print
alike cites both (raw 182); a background page's own stamp dates no other article (raw 170).
Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.ingest.article_dates import with_dates
from chorus.render import to_markdown
from chorus.render.analysis_json import to_dict
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({170, 173, 182})


def test_past_records_are_alike_no_event(clusters):
    # Raw 173: the balloonists want to break the distance record, "set by Albuquerqueans Ben
    # Abruzzo, ... who launched from Nagashima, Japan, in November 1981", and the duration
    # record "set in 1978 when Ben Abruzzo, Maxie Anderson and Larry Newman made the first
    # trans-Atlantic balloon flight": both records the flight is measured against, neither
    # a deed of the story. Main showed the first and noted the second.
    result = timeline(_own_dated(clusters[173]), frozenset())
    assert result.entries == ()
    assert "('1978' twice, 'November 1981') read as dating no event" in result.reason


def test_a_record_s_holder_in_lower_case():
    # Multi-News+ validation 2543 (a Powerball jackpot): "The previous jackpot record was
    # held by a 2012 megamillions game worth $ 656 million": the record compared, no event.
    (_, cluster), *_ = _lines(FILES["mn+val"], {2543})
    entries = timeline(_sentences(cluster, None), frozenset()).entries
    assert not [e for e in entries if "jackpot record was held by" in e.sentence.text]


def test_a_row_two_articles_print_alike_cites_both(clusters):
    # Raw 182: [1] and [2] carry one AP story; "Arizona gained international recognition ...
    # when it passed its tough anti-immigrant law in 2010" and "A report released in January
    # showed ..." stand in both. Each is one row, citing [1] and [2]; the Markdown says so.
    articles = with_dates(as_articles(clusters[182]["documents"]), None, [])
    briefing = brief(articles)
    first, second = (a.id for a in articles)
    rows = {r["date"]: r for r in to_dict(briefing.analysis)["timeline"]}
    for date in ("2010", "2013-01"):
        row = rows[date]
        assert row["sentence"]["article_id"] == first
        assert [c["article_id"] for c in row["copies"]] == [second]
        copy = row["copies"][0]
        assert articles[1].text[copy["start"] : copy["end"]] == copy["text"]
    markdown = to_markdown(briefing)
    assert "when it passed its tough anti-immigrant law in 2010. [1][2]" in markdown
    # "Arizona took center stage ... Tuesday" opens [2] and is no row of [2]: [1] alone.
    assert "to an angry crowd in suburban Phoenix. [1]\n" in markdown


def test_a_background_page_s_stamp_dates_no_other_article(clusters):
    # Raw 170: [2] is the video's YouTube page, "Published on Sep 8, 2015" (its own date),
    # no story text; [1] says the video "was posted on Youtube on Tuesday" and has no date.
    # Another article's publication date is no base for an article's weekdays: in raw, where
    # two dated articles differ, 3 of 5 relative rows read against the other's date came out
    # wrong. [1]'s Tuesday stays unresolved and noted.
    articles = with_dates(as_articles(clusters[170]["documents"]), None, [])
    assert [str(a.published) for a in articles] == ["None", "2015-09-08", "None"]
    result = timeline(_own_dated(clusters[170]), frozenset())
    assert result.entries == ()
    assert "('Tuesday') could not be resolved" in result.reason
