"""The timeline's sixty-second pass (reader63, reader65; raw validation by 0-based line): a
page judged not news gives no row, its dates named apart in the note (198's blurb "Since
joining the Senate in 2009 ..."—Marie Claire; 44's replay offer), and alone they are no reason
a timeline is empty (233's promotion page); an "if" eight words before a year makes it a
condition's (198's "if Hillary Clinton is the Democratic nominee in 2016"). Expectations from
reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.model import Analysis
from chorus.api import as_articles
from tests.test_analyze_timeline_reader25 import _raw


@pytest.fixture(scope="module")
def analysed() -> dict[int, Analysis]:
    briefed = {n: brief(as_articles(c["documents"])) for n, c in _raw({44, 198, 233}).items()}
    return {n: b.analysis for n, b in briefed.items() if b.analysis is not None}


def test_a_page_of_praise_for_a_book_gives_no_dated_event(analysed):
    # [2] is a publisher's page of quotations praising Gillibrand's memoir, set aside as not
    # news: its “Since joining the Senate in 2009, Kirsten Gillibrand has been a fearless
    # advocate for women ...”—Marie Claire stood as "2009 (not news)". [1]'s own line of her
    # appointment in 2009 is the story's background and stays.
    analysis = analysed[198]
    page = next(r for r in analysis.relevance if r.kind == "not news")
    assert all(e.sentence.article.id != page.article_id for e in analysis.timeline)
    in_2009 = [e.sentence.text[:30] for e in analysis.timeline if e.when == "2009"]
    assert in_2009 == ["Gillibrand served from 2007-09"]
    assert (
        "1 date expression(s) ('2009') of pages that are not news" in (analysis.reasons["timeline"])
    )


def test_a_replay_offer_s_dates_are_named_as_a_page_s_not_news(analysed):
    # 44's MLBAM page ("MLBAM is giving fans an exclusive offer to purchase all five nights of
    # "Fare Thee Well" on-demand ..."), not news: its rebroadcasts' "August 7" and "August 3"
    # were counted as "3 date expression(s) that name no year in background articles".
    assert (
        "3 date expression(s) ('August 7' twice, 'August 3') of pages that are not news"
        in (analysed[44].reasons["timeline"])
    )


def test_a_not_news_page_s_date_alone_is_no_reason_for_an_empty_timeline(analysed):
    # Raw 233: the promotion page's "On Tuesday, Feb. 23, at 2 p.m. Eastern, Inside Higher
    # Ed's editors will discuss ..." is the only date; the note says where no date was found,
    # as it did when the page was counted a background article.
    analysis = analysed[233]
    assert analysis.timeline == ()
    assert analysis.reasons["timeline"] == "no dated events found in the articles on the story"


def test_a_condition_s_year_eight_words_on_is_no_row(analysed):
    # 198 [4] (background): "... which could exacerbate their problems if Hillary Clinton is
    # the Democratic nominee in 2016": a condition, no event; the "if" stands eight words
    # before the year, past the modals' six. [3]'s "the 2016 files" stays.
    analysis = analysed[198]
    in_2016 = [e.sentence.text[:24] for e in analysis.timeline if e.when == "2016"]
    assert in_2016 == ["In case you were wonderi"]
    assert "('2016') read as dating no event" in analysis.reasons["timeline"]
