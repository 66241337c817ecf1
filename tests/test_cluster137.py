"""Raw validation 137 (Colbert's Russia Week): the timeline and the background flag
(docs/journal/timeline.md, "Timeline and background flag on a show's pages (stop 35)").
A year after "bid | run | candidacy | campaign | race for the" names the prize sought, not
when the bid was made ("announce his bid for the 2020 presidential election", said in
2017); a flagged page whose lines are mostly links reads as web-page text, not as another
event (the Late Show's YouTube page for the episode)."""

from __future__ import annotations

from functools import cache

import pytest

from chorus.analyze.model import Relevance
from chorus.analyze.timeline import timeline
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.ingest.article_dates import with_dates
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_timeline_new_text import FILES, _lines

WEB_PAGE = "reads as web-page text, not a news report"


@cache
def _raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _sentences(documents: list[str], own_dated: bool) -> list[Sentence]:
    articles = as_articles(documents)
    if own_dated:
        articles = with_dates(articles, None, [])
    return [s for a in articles for s in split(clean(a))]


def _rows(sentences: list[Sentence], words: str) -> list[str]:
    """The years shown for the sentence holding `words`."""
    entries = timeline(sentences, frozenset()).entries
    return [e.expression.text for e in entries if words in e.sentence.text]


@pytest.mark.parametrize("own_dated", [True, False])
def test_a_bid_for_an_election_s_year_dates_no_announcement(own_dated):
    sentences = _sentences(_raw()[137]["documents"], own_dated)
    # [1]'s bid was announced in 2017; [2]'s "considering a 2020 presidential run" was
    # already set aside as a possibility
    assert _rows(sentences, "announce his bid for the 2020 presidential election") == []
    assert _rows(sentences, "considering a 2020 presidential run") == []


def test_the_election_won_keeps_its_year():
    sentences = _sentences(_raw()[135]["documents"], True)
    assert _rows(sentences, "she won the 1983 election") == ["1983"]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # the Swiss case was opened in 2015 into the bids for the 2018 and 2022 World Cups
        (1999, "criminal case was launched by swiss prosecutors into the bids for the 2018"),
        # Daniels deciding in 2011 whether to enter the race for the 2012 nomination
        (4069, "entering the race for the 2012 gop presidential nomination"),
    ],
)
def test_a_race_or_bid_for_a_prize_s_year_dates_nothing_in_multinews_plus(line, words):
    cluster = dict(_lines(FILES["mn+val"], {line}))[line]
    assert _rows(_sentences(cluster["documents"], False), words) == []


def _verdicts(documents: list[str]) -> list[Relevance]:
    articles = as_articles(documents)
    found = {r.article_id: r for r in brief(articles, words=100).analysis.relevance}
    return [found[a.id] for a in articles]


@pytest.mark.parametrize(("line", "article"), [(137, 2), (84, 1)])
def test_a_show_s_page_of_links_reads_as_web_page_text(line, article):
    # the two raw pages judged "page furniture" (tests/fixtures/offtopic_raw.json): a
    # YouTube description of the episode, mostly "Subscribe ... HERE: http://bit.ly/..."
    verdict = _verdicts(_raw()[line]["documents"])[article]
    assert verdict.off_topic
    assert verdict.reason == WEB_PAGE


@pytest.mark.parametrize(("line", "article"), [(154, 1), (158, 0)])
def test_a_background_page_without_links_keeps_its_reason(line, article):
    # the American Cancer Society's list of carcinogens, Wikipedia on Kiruna Church
    verdict = _verdicts(_raw()[line]["documents"])[article]
    assert verdict.off_topic
    assert verdict.reason.startswith("shares little with the other articles")


def test_the_seeds_other_event_stays_flagged_alone(seeds_dir):
    paths = sorted(seeds_dir.glob("*.txt"))
    articles = [make_article(p.read_text(encoding="utf-8"), p.stem, origin=p.name) for p in paths]
    found = {r.article_id: r.off_topic for r in brief(articles, words=100).analysis.relevance}
    assert [found[a.id] for a in articles] == [False, False, True]
