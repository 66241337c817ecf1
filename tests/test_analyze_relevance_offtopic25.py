"""An encyclopedia's page set aside as background (docs/journal/offtopic.md, "Off-topic
articles, twenty-fifth pass"): raw validation 106 #2, Wikipedia's page comparing the
Community of Christ with the LDS Church, beside two reports of the church's conference
vote. The model read it as on the story (p 0.13), so it fed the summary, Agreed, Who said
what and every timeline row as if an outlet reporting the vote."""

from __future__ import annotations

import pytest

from chorus.analyze.model import BACKGROUND
from chorus.analyze.relevance_page import ENCYCLOPEDIA_REASON, encyclopedia_page
from tests.briefings import raw_briefing
from tests.conftest import DATA, SEEDS, read_clusters
from tests.raw_pages import raw_clusters

CHURCHES = 106
ENCYCLOPEDIA = 2
"""Raw validation 106's articles (0-based): the Star's report, Fox4's, then Wikipedia."""
KIRUNA, KIRUNA_PAGE = 158, 0
"""Raw validation 158's Wikipedia page on Kiruna Church, which the model flags itself."""


def test_the_encyclopedia_page_is_background_and_the_reports_are_not():
    relevance = raw_briefing(CHURCHES).analysis.relevance
    # relevance comes in the articles' order: the two reports, then the page
    assert [r.off_topic for r in relevance] == [False, False, True]
    page = relevance[ENCYCLOPEDIA]
    assert (page.kind, page.reason) == (BACKGROUND, ENCYCLOPEDIA_REASON)


def test_the_summary_and_agreement_are_the_reports_own():
    briefing = raw_briefing(CHURCHES)
    page = briefing.documents[ENCYCLOPEDIA].article.id
    assert all(s.shown.article.id != page for s in briefing.summary)
    told = " ".join(s.text for s in briefing.summary)
    # main's summary closed on the page's "McMurray was the first president of the church ..."
    assert "McMurray" not in told
    cited = {s.article.id for fact in briefing.analysis.agreed for s in fact.sentences}
    assert page not in cited


def test_its_timeline_rows_and_quotes_are_marked_background():
    analysis = raw_briefing(CHURCHES).analysis
    page = {r.article_id for r in analysis.relevance if r.off_topic}
    rows = [e for e in analysis.timeline if e.sentence.article.id in page]
    # 15 since timeline79 (stop 53): the page's "1844 edition" row told a 1970 event
    assert len(rows) == 15 and rows[0].date.year == 1830
    veazey = [q for q in analysis.quotes if q.speaker == "Stephen M. Veazey"]
    # listed after the story's own speakers, as any background article's are
    assert veazey and analysis.quotes.index(veazey[0]) > analysis.quotes.index(
        next(q for q in analysis.quotes if q.speaker == "Linda Booth")
    )


def test_a_page_the_model_flags_keeps_its_reason():
    page = raw_briefing(KIRUNA).analysis.relevance[KIRUNA_PAGE]
    assert page.off_topic and page.kind == BACKGROUND
    assert page.reason != ENCYCLOPEDIA_REASON


def test_only_the_two_wikipedia_pages_read_so_in_raw_duc_and_the_seeds():
    # the census: the heading opens 106 #2 and 158 #0 alone, each with "[ edit ]" headings
    # (19 and 2); footnote marks alone (118 #0, a paper's "[1]") tell no encyclopedia
    corpora = {
        "raw": raw_clusters(),
        "duc": read_clusters(DATA / "duc2003-task2.jsonl.gz", 30),
        "seeds": [{"documents": [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]}],
    }
    pages = [
        (corpus, line, n)
        for corpus, clusters in corpora.items()
        for line, cluster in enumerate(clusters)
        for n, text in enumerate(cluster["documents"])
        if encyclopedia_page(text)
    ]
    assert pages == [("raw", CHURCHES, ENCYCLOPEDIA), ("raw", KIRUNA, KIRUNA_PAGE)]
    assert not encyclopedia_page(raw_clusters()[118]["documents"][0])


def _without_heading(text: str) -> str:
    return text.split("\n", 1)[1]


@pytest.mark.parametrize(("line", "article"), [(CHURCHES, ENCYCLOPEDIA), (KIRUNA, KIRUNA_PAGE)])
def test_its_section_marks_tell_the_page_without_its_heading(line, article):
    text = _without_heading(raw_clusters()[line]["documents"][article])
    assert encyclopedia_page(text)
    # without the marks' lines, nothing of its own says whose page it is
    unmarked = "\n".join(row for row in text.split("\n") if "[ edit ]" not in row)
    assert not encyclopedia_page(unmarked)


def test_an_article_quoting_the_heading_or_a_mark_is_no_encyclopedia():
    report = raw_clusters()[CHURCHES]["documents"][0]
    assert not encyclopedia_page(report)
    assert not encyclopedia_page(report + "\n\nHe said: From Wikipedia, the free encyclopedia.")
    assert not encyclopedia_page(report + "\n\nEditors clicked [ edit ] on the church's page.")
