"""Sources, stop 36 (ninth pass): a thirty-sixth reader found raw 32's ABC News, ESPN and
CBS pages "outlet unknown" and raw 36's only full date, a tweet's stamp, unread; a
thirty-seventh found raw 39 undated though a removed caption says "Dec. 10, 2014", and a
thirty-fourth raw 16's station index and web-archive notice listed as "a background
article". The readers number sources from 1; documents below are 0-based. Every outlet
read is judged in tests/fixtures/own_outlets.json; these tests show each rule on its
pages and the pages left as they were."""

from __future__ import annotations

import pytest

import chorus
from chorus.ingest.article_dates import own_date
from chorus.render.markdown import to_markdown
from tests.briefings import raw_briefing
from tests.conftest import SEEDS
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_document as _document

_ESPN_CREDIT = "Mike Triplett/ESPN"


@pytest.mark.parametrize(
    ("cluster", "index", "outlet", "rule"),
    [
        (32, 1, "ABC News", "topic box"),
        (172, 1, "ABC News", "topic box"),
        (32, 3, "CBS News", "correspondent's sign-off"),
        (32, 2, "ESPN", "contributor's line"),
    ],
)
def test_a_networks_own_lines_name_its_page(cluster, index, outlet, rule):
    assert _read(_document(cluster, index)) == (outlet, rule)


def test_the_topic_box_names_its_outlet_only_whole():
    page = _document(32, 1)
    box = next(line for line in page.splitlines() if "Add as an interest" in line)
    # The box's words inside a sentence, as a page quoting it would show them.
    assert _read(page.replace(box, f'The site says "{box}" under each story.')) is None


def test_a_correspondent_named_inside_a_sentence_names_no_page():
    page = _document(32, 3)
    told = page.replace(", reports CBS News correspondent Manuel Bojorquez.", ".").replace(
        '"CBS This Morning" has', "It has"
    )
    assert _read(told) is None
    quoted = told.replace("It has", "Manuel Bojorquez, a CBS News correspondent, has")
    assert _read(quoted) is None


def test_the_espn_contributor_needs_his_own_picture_credited_to_espn():
    page = _document(32, 2)
    assert _ESPN_CREDIT in page
    # His line alone may be another network's thanks; his picture alone shown anywhere.
    assert _read(page.replace(_ESPN_CREDIT, "Mike Triplett")) is None
    assert _read(page.replace(_ESPN_CREDIT, "Mike Triplett/ABC")) is None
    assert _read(page.replace(_ESPN_CREDIT, "Jane Doe/ESPN")) is None


# 147 [1]'s "ABC News' Gerard McNiff … contributed" beside "told ABC News" names ABC News
# since the twelfth pass (test_sources_reader46); the rule here reads none of them.
@pytest.mark.parametrize(("cluster", "index"), [(122, 0), (147, 1), (151, 0)])
def test_other_networks_thanks_stay_as_they_were(cluster, index):
    found = _read(_document(cluster, index).replace("told ABC News", "told reporters"))
    assert found is None or found[1] != "contributor's line"


def test_a_tweets_stamp_alone_dates_no_page():
    # raw 36 [0]: the post is read, but the story names no weekday to check it by.
    page = _document(36, 0)
    assert "(@StephenAtHome) December 7, 2012" in page
    assert own_date(page) is None


def test_an_ap_caption_without_its_weekday_dates_no_page():
    # raw 39 [1]: AP writes "In this <date> photo" for a photo of an earlier day than
    # its story's, and the story names no weekday.
    page = _document(39, 1)
    assert "In this photo taken from video on Dec. 10, 2014," in page
    assert own_date(page) is None


@pytest.mark.parametrize(("cluster", "pages"), [(16, 2), (55, 1)])
def test_the_sources_list_says_a_page_of_furniture_is_no_news(cluster, pages):
    markdown = to_markdown(raw_briefing(cluster))
    sources = markdown.split("## Sources", 1)[1]
    assert sources.count("set aside as not news (see Background)") == pages
    assert "background" not in sources.replace("(see Background)", "")


def test_an_older_story_set_aside_stays_a_background_article():
    # The seeds' [3] tells the story's background in sentences of its own; raw 21's two
    # set-aside pages are a crawl notice and a social widget.
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    sources = to_markdown(chorus.brief(texts)).split("## Sources", 1)[1]
    assert sources.count("set aside as background (see Background)") == 1
    assert "not news" not in sources
    raw21 = to_markdown(raw_briefing(21)).split("## Sources", 1)[1]
    assert raw21.count("set aside as not news (see Background)") == 2
