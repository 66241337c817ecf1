"""An article's last line ending in an ellipsis right after a word ("Investigators will seek to
understand why the crew tried bring the plane down in such unfavorable ...", raw 224) is
cut off by its page: the briefing says so, and the summary never shows it; an ellipsis
inside an article, or after a stop, is no cut (summary108, raw Multi-News validation,
0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.cut_off import ends_mid_sentence
from chorus.sentences import split
from chorus.summarize.newsroom import cut_short, trails_off
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _last_lines(cluster: dict) -> list[str]:
    return [group[-1].text for a in as_articles(cluster["documents"]) if (group := split(clean(a)))]


def test_every_last_line_trailing_off_is_a_cut_page(clusters):
    """The census: of the 250 raw pages' last lines, six end in an ellipsis after a word,
    each a teaser or a page cut there (224's after an adjective, 61's inside an open
    quotation); `cut_short` read four of them."""
    # every last line, not one a cluster: a second page of a cluster cut so is counted too
    cut = [(n, t) for n, c in enumerate(clusters) for t in _last_lines(c) if trails_off(t)]
    assert [n for n, _ in cut] == [26, 29, 61, 149, 197, 224]
    assert [n for n, t in cut if cut_short(t)] == [26, 29, 149, 197]
    assert cut[-1][1].endswith("in such unfavorable ...")


def test_an_ellipsis_after_a_stop_or_a_whole_sentence_is_no_trailing_off(clusters):
    hijack = summary_texts.sentence(clusters[37], "“I didn’t hear it and I wasn’t exactly sure why")
    assert hijack.endswith("this event. …") and not trails_off(hijack)
    assert not trails_off("Try to follow along. . . .")
    # its stops spaced, after a word, it is read as unspaced ones are
    assert trails_off("I am absolutely off my nut about this book . . .")


def test_raw_224_says_its_page_is_cut_and_no_longer_shows_the_cut_line(clusters):
    documents = [clean(a) for a in as_articles(clusters[224]["documents"])]
    assert ends_mid_sentence(documents[1]).endswith("in such unfavorable ...")
    shown = summary_texts.summary(clusters[224])
    assert not any(text.endswith("...") for text in shown)
    assert any(text.startswith("The Russian-made plane, which was 20 years old") for text in shown)
