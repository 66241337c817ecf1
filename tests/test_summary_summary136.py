"""Summary a reader sees, hundred-and-twenty-fifth pass (summary136, stop 57; raw Multi-News
validation, 0-based lines of the file): someone's words shown with no one saying whose.
Raw 121's block of Dunn's words below a 48-word transcript line is shown as [3] quotes them,
below its line naming him (reader109); raw 127's “It is ludicrous ...” is read by the name its
credit gives, James Lynch, not by "Amnesty International" (reader110)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Article, Sentence
from chorus.sentences import split
from chorus.summarize.credit_unshown import credit_unshown
from chorus.summarize.own_voice import INTRODUCTION_WORDS, block_quoted, quoted_copies
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import raw_clusters

_DUNN_BLOCK = ("I was the one that was being preyed upon", "It’s not quite the same", "I’m like,")
_LEAD_IN = "In a separate call with his fiancé Rhonda Rouer, Dunn makes the connection"


def _sentences(cluster: dict) -> list[Sentence]:
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def _copies(sentences: list[Sentence]) -> dict[int, int]:
    """`quoted_copies` of every block row of a cluster, none of their introductions chosen."""
    texts = [s.text for s in sentences]
    ids = list(dict.fromkeys(s.article.id for s in sentences))
    article_of = np.array([ids.index(s.article.id) for s in sentences])
    starts = [n for n in range(len(sentences)) if not n or article_of[n] != article_of[n - 1]]
    block = block_quoted(sentences, starts)
    words = np.array([len(text.split()) for text in texts])
    return quoted_copies(texts, block, words, np.flatnonzero(block).tolist(), article_of)


@pytest.fixture(scope="module")
def raw_121() -> list[Sentence]:
    return _sentences(raw_clusters()[121])


def test_raw_121_shows_dunns_words_as_the_outlet_naming_him_quotes_them():
    shown = [s.text for s in raw_briefing(121).summary]
    assert shown[0].startswith("Michael Dunn, who shot and killed Jordan Davis")
    # [1]'s block rows, in no quotation marks, are not shown ...
    assert not any(text.startswith(_DUNN_BLOCK) for text in shown)
    # ... [3]'s copy is, in its marks, right below its line naming Dunn
    lead_in = next(n for n, text in enumerate(shown) if text.startswith(_LEAD_IN))
    assert shown[lead_in + 1].startswith('"I was the one that was being preyed upon')
    # his credited lines stay
    assert any(text.startswith("\"I'm the [expletive deleted] victim here.") for text in shown)


def test_121s_block_rows_each_find_3s_quoted_copy(raw_121):
    copies = _copies(raw_121)
    texts = [s.text for s in raw_121]
    assert len(copies) == len(_DUNN_BLOCK)
    assert all(texts[row].startswith(_DUNN_BLOCK) for row in copies)
    (copy,) = set(copies.values())
    assert texts[copy].startswith('"I was the one that was being preyed upon')
    assert texts[copy - 1].startswith(_LEAD_IN)


def _page(article: str, text: str) -> list[Sentence]:
    page = Article(id=article, text=text, outlet=article)
    found, at = [], 0
    for index, piece in enumerate(re.findall(r"[^.:\n]+[.:]\"?", text)):
        start = text.index(piece.strip(), at)
        at = start + len(piece.strip())
        found.append(Sentence(page, index, start, at))
    return found


def _edge(introduction: str, lead_in: str, copy: str) -> dict[int, int]:
    """The copies found for a block below `introduction`, another page quoting its words
    as `copy` below `lead_in`."""
    block_page = _page("a", f"{introduction}:\n\nI was the one who fought back hard.")
    other = _page("b", f"{lead_in}.\n\n{copy}")
    sentences = block_page + other
    texts = [s.text for s in sentences]
    article_of = np.array([0] * len(block_page) + [1] * len(other))
    block = block_quoted(sentences, [0, len(block_page)])
    words = np.array([len(text.split()) for text in texts])
    return quoted_copies(texts, block, words, [1], article_of)


def test_edges():
    long = " ".join(["word"] * INTRODUCTION_WORDS) + " Dunn told her"
    named = "In a call, Michael Dunn makes the connection"
    quoted = '"I was the one who fought back hard."'
    assert _edge(long, named, quoted) == {1: 3}
    # curly apostrophes and marks read as straight ones
    assert _edge(long, named, "“I was the one who fought back hard.”") == {1: 3}
    # an introduction `unintroduced` brings, a copy out of quotation marks, a lead-in
    # naming no one, another remark: nothing
    assert _edge("Dunn told her", named, quoted) == {}
    assert _edge(long, named, "I was the one who fought back hard.") == {}
    assert _edge(long, "In a call, the man makes the connection", quoted) == {}
    assert _edge(long, named, '"I was never the one to fight."') == {}


def test_raw_127_shows_no_quotation_its_line_above_passes_off_as_the_familys():
    shown = [s.text for s in raw_briefing(127).summary]
    assert shown[0].startswith("A Bahraini court sentenced a political activist")
    assert not any(text.startswith("“It is ludicrous") for text in shown)
    # the fine "If the fine is not paid ..." presumes is told now
    fine = next(n for n, text in enumerate(shown) if text.startswith("It also imposed a fine"))
    assert fine < next(n for n, text in enumerate(shown) if text.startswith("If the fine"))


def test_a_credit_naming_its_speaker_after_the_verb_is_read_by_that_name():
    credit = (
        "“The decision is a vindictive assault,” said James Lynch, Deputy Director at "
        "Amnesty International."
    )
    quote = "“It is ludicrous that she is facing a year in prison.”"
    family = "Her family have told Amnesty International that she will keep her son."
    lynch = "Amnesty's James Lynch spoke to reporters on Wednesday."
    texts = [family, lynch, credit, quote]
    # below a line writing only his organisation, the quotation has no speaker
    assert credit_unshown(texts, [0, 3], [0]) == [3]
    assert credit_unshown(texts, [1, 3], [0]) == []
    # a credit with no name before a comma is read by its every capitalised word, as before
    luu = "“It was fine,” said Mr. Luu, 41."
    assert credit_unshown([family, luu, quote], [0, 2], [0]) == [2]
    assert credit_unshown(["Mr. Luu runs a shop.", luu, quote], [0, 2], [0]) == []


def test_over_raw_and_duc_only_121s_block_has_a_quoted_copy():
    found = {}
    for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30))):
        for line, cluster in enumerate(clusters):
            if copies := _copies(_sentences(cluster)):
                found[corpus, line] = len(copies)
    assert found == {("raw", 121): 3}
