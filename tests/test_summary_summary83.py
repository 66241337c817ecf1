"""Entries of a list a page sets out, never summary lines (summary83, raw Multi-News
validation, 0-based lines of the file): raw 8's roster of the charged ("Patrick Callahan, 21,
..., Mansfield; each charged with ...") and raw 19's boasts under date headers older than
the article's day ("Aug. 3, 2017:" above '"Business is looking better than ever ..." Trump
tweeted.'); a roster name with a verb of its own, and the entry under the article's own day,
are left as they are."""

from __future__ import annotations

import itertools

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.list_items import older_dated_entries, roster_item
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 19 (the Dow's record point drop)."""
    return read_clusters(RAW_VALIDATION, 20)


def test_a_roster_entry_with_no_verb_is_never_shown(clusters):
    texts = summary_texts.sentences(clusters[8])
    entries = [text for text in texts if roster_item(text)]
    assert any(text.startswith("Patrick Callahan, 21, Matthew Moll") for text in entries)
    assert any(text.startswith("Jonathan Polansky, 22, of Sherman Street") for text in entries)
    assert not roster_item(summary_texts.sentence(clusters[8], "Jeffny Pally, 19, was sitting"))
    shown = summary_texts.summary(clusters[8])
    assert not any(roster_item(text) for text in shown)
    assert shown[0].startswith("State police have charged six")


def test_an_entry_under_an_older_date_header_is_never_shown(clusters):
    articles = as_articles(clusters[19]["documents"])
    per_article = [split(clean(article)) for article in articles]
    sentences = [s for group in per_article for s in group]
    starts = list(itertools.accumulate((len(group) for group in per_article[:-1]), initial=0))
    older = older_dated_entries(sentences, starts)
    marked = [s.text for s, is_older in zip(sentences, older, strict=True) if is_older]
    assert any(text.startswith('"Business is looking better') for text in marked)
    assert not any(text.startswith("The Dow's plunge didn't stop Trump") for text in marked)
    assert not any(text.endswith("2017:") for text in marked)
    shown = summary_texts.summary(clusters[19])
    assert not any(text.startswith('"Business is looking better') for text in shown)
    assert not any(text.startswith('"The stock market is way up again today') for text in shown)
