"""A standing page on a subject set aside as not news (docs/journal/offtopic.md, "Off-topic
articles, twenty-first pass"): raw validation 134 #0, DHS's BioWatch program page (sections
"How Does It Work" and "Future of BioWatch", no one quoted, no day named), which the model
read as on the story (p 0.21) and which gave the headline and six of ten summary lines
beside CNN's report of the drills' reports left on a plane."""

from __future__ import annotations

import pytest

from chorus.analyze.model import NOT_NEWS
from chorus.analyze.relevance_page import STANDING_REASON, standing_page
from tests.briefings import raw_briefing
from tests.conftest import DATA, SEEDS, read_clusters
from tests.raw_pages import raw_clusters

BIOWATCH = 134
PROGRAM_PAGE, CNN = 0, 1
"""Raw validation 134's articles (0-based): the DHS page, then CNN's report."""


def _briefing_134():
    briefing = raw_briefing(BIOWATCH)
    return [d.article for d in briefing.documents], briefing


def _page() -> str:
    return raw_clusters()[BIOWATCH]["documents"][PROGRAM_PAGE]


def test_the_program_page_is_set_aside_as_not_news():
    _, briefing = _briefing_134()
    # relevance comes in the articles' order: the page, then CNN's report
    page, report = briefing.analysis.relevance
    assert (page.off_topic, page.kind, page.reason) == (True, NOT_NEWS, STANDING_REASON)
    assert not report.off_topic


def test_the_summary_tells_cnns_news():
    articles, briefing = _briefing_134()
    # main's headline was the page's "A bioterrorist attack against the United States is a
    # constant threat ...", and the seat-back pocket never reached the summary
    assert all(s.shown.article.id == articles[CNN].id for s in briefing.summary)
    told = " ".join(s.text for s in briefing.summary)
    assert "seat-back pocket of a commercial plane" in told


def test_only_the_program_page_reads_so_in_raw_duc_and_the_seeds():
    # the census, read by hand: 49 articles hold two headings over paragraphs; every one
    # but the BioWatch page quotes someone, has a reporter's verb or names a day
    found = [
        (line, n)
        for line, cluster in enumerate(raw_clusters())
        for n, text in enumerate(cluster["documents"])
        if standing_page(text)
    ]
    assert found == [(BIOWATCH, PROGRAM_PAGE)]
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    assert not any(standing_page(text) for cluster in duc for text in cluster["documents"])
    assert not any(standing_page(path.read_text(encoding="utf-8")) for path in SEEDS.iterdir())


@pytest.mark.parametrize(
    ("line", "article"),
    [
        (55, 2),  # a feature's crossheads ("Trouble With Her Health") over quoted people
        (166, 0),  # a page of posts under their days ("Sunday, November 6"), no quotation
        (75, 3),  # a foundation's page on Williams syndrome: sections, but a quotation
    ],
)
def test_pages_with_headings_that_quote_or_date_are_not_standing_pages(line, article):
    assert not standing_page(raw_clusters()[line]["documents"][article])


def test_a_reporters_line_or_a_day_makes_the_page_news():
    page = _page()
    assert standing_page(page)
    assert not standing_page(page + "\n\nThe program's manager said the drills went well.")
    assert not standing_page(page + "\n\nThe upgrade begins on Monday.")
    assert not standing_page(page + '\n\nIt calls the network "a success".')


def test_one_heading_or_the_page_on_one_line_is_not_enough():
    page = _page()
    assert not standing_page(page.replace("\n\nFuture of BioWatch\n\n", "\n\n"))
    # Multi-News+ prints every article on one line: no heading stands apart
    assert not standing_page(" ".join(page.split()))
