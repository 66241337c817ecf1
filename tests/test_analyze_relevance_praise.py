"""A publisher's page of praise for a book set aside as not news (docs/journal/offtopic.md,
"A publisher's page of praise for a book, not news (stop 41)"): raw validation 198 #1, fourteen
quotations on Gillibrand's memoir each closed by "—Name" or "—The Washington Post", which
the model read as on the story and Agreed counted as an outlet."""

from __future__ import annotations

from functools import cache

import pytest

from chorus.analyze.model import NOT_NEWS
from chorus.analyze.relevance_page import PRAISE_REASON, blurb_page
from chorus.api import as_articles, brief
from tests.conftest import RAW_VALIDATION, read_clusters

GILLIBRAND = 198
PRAISE = 1
"""Raw validation 198's article [2] (0-based 1): the publisher's page of endorsements."""


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@cache
def _briefing_198():
    articles = as_articles(_raw()[GILLIBRAND]["documents"])
    return articles, brief(articles, words=250)


def test_the_page_of_endorsements_is_set_aside_as_not_news():
    articles, briefing = _briefing_198()
    verdicts = {r.article_id: r for r in briefing.analysis.relevance}
    praise = verdicts[articles[PRAISE].id]
    assert praise.off_topic
    assert praise.kind == NOT_NEWS
    assert praise.reason == PRAISE_REASON
    # the three reports of her book's stories stay on it
    assert not any(verdicts[articles[n].id].off_topic for n in (0, 2, 4))


def test_no_agreed_item_rests_on_a_blurb():
    articles, briefing = _briefing_198()
    praise = articles[PRAISE].id
    # main's "has a new book coming out" item was backed by the Washington Post's blurb
    assert all(s.article.id != praise for f in briefing.analysis.agreed for s in f.sentences)


def test_only_the_page_of_praise_reads_so_on_raw_validation():
    # read by hand: no other raw article is quotations alone praising a book
    found = [
        (line, n)
        for line, cluster in enumerate(_raw())
        for n, article in enumerate(as_articles(cluster["documents"]))
        if blurb_page(article.text)
    ]
    assert found == [(GILLIBRAND, PRAISE)]


@pytest.mark.parametrize(
    "line",
    [
        10,  # ten Emmy winners backstage, "— Jon Cryer, on his upset victory", under a lead
        112,  # a politics column closing on headlines credited "— Wayne Slater, Dallas ..."
    ],
)
def test_a_story_quoting_several_people_after_dashes_is_no_page_of_praise(line):
    assert not blurb_page(as_articles(_raw()[line]["documents"])[0].text)


def test_quotations_alone_that_praise_no_book_are_no_page_of_praise():
    # the Emmy page's ten winners' words without its reporter's lead: credited quotations
    # alone, as a page of reactions is, but none speaks of a book
    emmys = as_articles(_raw()[10]["documents"])[0].text
    quoted = [line for line in emmys.splitlines() if line.startswith("“")]
    assert len(quoted) == 10
    assert not blurb_page("\n\n".join(quoted))


def test_praise_printed_on_one_line_lowercased_reads_so():
    praise = as_articles(_raw()[GILLIBRAND]["documents"])[PRAISE].text
    assert blurb_page(" ".join(praise.lower().split()))
