"""The summary opens where its headline's news is (summary81, stop 46; readers 78 and 79): raw
validation 8 opened on the scene ("Jeffny Pally, 19, was sitting on the ground ...") with its
headline, the arrests, summary sentence 9; 20 on "BBC News has clips of two of the songs ..."
with the Led Zeppelin lead sentence 5; 28 on three lines of the Obama side story."""

from __future__ import annotations

import datetime as dt

import pytest

from chorus import brief
from chorus.headline_opening import headline_lead
from chorus.model import Article
from chorus.render.headline_choice import headline
from chorus.render.shortening import CUT_MARK, _without_apposition, shortened
from chorus.sentences import split
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters

_OPENINGS = {
    8: (
        "State police have charged six University of Connecticut students",
        "Jeffny Pally, 19, was sitting on the ground",
    ),
    20: (
        "Legendary rock group Led Zeppelin have unveiled two previously unheard",
        "BBC News has clips of two of the songs",
    ),
    28: (
        "Rumors are swirling that Kim Kardashian and Kris Humphries",
        "The K-squad is telling friends",
    ),
}


@pytest.mark.parametrize("analyze", [True, False])
@pytest.mark.parametrize("line", sorted(_OPENINGS))
def test_the_summary_opens_on_its_headline_s_lead(line, analyze):
    news, opened = _OPENINGS[line]
    summary = raw_briefing(line, analyze).summary
    texts = [s.text for s in summary]
    assert texts[0].startswith(news)
    # a move, never a sentence left out: the old opening is shown below
    assert any(text.startswith(opened) for text in texts[1:])
    chosen = headline(raw_briefing(line, analyze))
    assert chosen.source is not None and chosen.source.startswith("summary sentence 1")
    assert news.startswith(chosen.text.rstrip("…")[:40])


@pytest.mark.parametrize("line", sorted(_OPENINGS))
def test_each_article_keeps_its_own_order(line):
    summary = raw_briefing(line).summary
    by_article: dict[str, list[int]] = {}
    for sentence in summary:
        by_article.setdefault(sentence.shown.article.id, []).append(sentence.shown.index)
    assert all(indexes == sorted(indexes) for indexes in by_article.values())
    # the headline's article reads as one block at the top
    first = summary[0].shown.article.id
    ours = [n for n, s in enumerate(summary) if s.shown.article.id == first]
    if line == 20:
        # summary133 (stop 57, judged by the lead): '"…," says Page.' moves below [2]'s
        # "Jimmy Page has spent …", the line naming him in full; the block holds above it.
        assert summary[ours[-1]].text.endswith("says Page.")
        assert summary[ours[-1] - 1].text.startswith("Jimmy Page has spent")
        ours = ours[:-1]
    assert ours == list(range(len(ours)))


def test_a_summary_opening_on_its_headline_is_left_as_it_is():
    briefing = raw_briefing(8)
    assert headline_lead(briefing, [split(d) for d in briefing.documents]) is None


def _dated(line: int, days: list[dt.date]) -> list[Article]:
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    return [
        Article(id=f"a{n}", text=text, outlet="", published=day)
        for n, (text, day) in enumerate(zip(documents, days, strict=True))
    ]


def test_a_headline_of_an_article_dated_after_the_opening_one_moves_nothing():
    # Raw 20 with the BBC's page [2] dated after [1]: reading order reads the dated by date,
    # and a later article's news is later.
    articles = _dated(20, [dt.date(2014, 2, 20), dt.date(2014, 2, 27)])
    texts = [s.text for s in brief(articles, words=250, analyze=False).summary]
    assert texts[0].startswith("BBC News has clips of two of the songs")
    assert any(text.startswith("Legendary rock group Led Zeppelin") for text in texts[1:])


def test_a_line_opening_on_its_comma_has_no_subject_to_shorten():
    # Multi-News+ validation 558's summary line, read by the headline inside `brief` now:
    # the apposition rule indexed an empty subject's first word.
    line = (
        ", u.n. Forces from rwanda patrol the streets of bangui, central african republic. ( photo:"
        " jerome delay, ap ) bangui, central african republic — the united nations became embroiled"
        " in one of its worst"
    )
    assert _without_apposition(line, 120, 150) is None
    assert shortened(line, 120).endswith(CUT_MARK)
