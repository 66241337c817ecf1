"""The summary a reader sees, sixty-second pass, on raw Multi-News validation clusters (0-based
lines of the file; readers 78 and 79): a paragraph of someone's words below a line saying
whose they follow ("UConn sent News 8 the following statement:", raw 8; "Rubin writes:", 36)
is theirs in any person, and shown without that line it read as the briefing's own."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.own_voice import block_quoted, introduction_untaken
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 37)


def _rows(cluster: dict):
    rows = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
    starts = [n for n, s in enumerate(rows) if s.index == 0]
    return rows, [s.text for s in rows], starts


def test_a_statement_in_the_third_person_is_a_block_up_to_its_paragraphs_end(clusters):
    """Raw 8's [1]: UConn's statement, one paragraph below "UConn sent News 8 the following
    statement:", speaks of the university in the third person; the narration resumes at
    "The call that the fire department was responding to ...", the next paragraph."""
    rows, texts, starts = _rows(clusters[8])
    block = block_quoted(rows, starts)
    intro = row_of(texts, "UConn sent News 8 the following statement:")
    charter = row_of(texts, "Kappa Sigma’s national office also has revoked")
    narration = row_of(texts, "The call that the fire department was responding to")
    assert not block[intro] and block[intro + 1 : charter + 1].all()
    assert narration == charter + 1 and not block[narration]
    # the lines above the introduction are the page's own
    assert not block[:intro].any()


def test_a_block_row_below_an_introduction_too_short_to_choose_is_not_chosen(clusters):
    """Raw 36's [2] quotes Rubin's column below "Rubin writes:" (two words): no selection
    takes that line, so "Even DeMint would not claim to be a serious scholar." is left out;
    with the line chosen, it stands."""
    rows, texts, starts = _rows(clusters[36])
    block = block_quoted(rows, starts)
    intro = row_of(texts, "Rubin writes:")
    demint = row_of(texts, "Even DeMint would not claim")
    assert block[demint] and not block[intro]
    words = np.array([len(text.split()) for text in texts])
    assert introduction_untaken(texts, block, words, 9, [0, demint]) == [demint]
    assert introduction_untaken(texts, block, words, 9, [intro, demint]) == []
    assert introduction_untaken(texts, block, words, 2, [0, demint]) == []


def test_uconns_statement_is_not_shown_as_the_briefings_own_words(clusters):
    """At main raw 8's summary showed five lines of UConn's statement, from "Jeffny Pally was
    a talented, ambitious, promising young woman ..." to "Kappa Sigma’s national office also
    has revoked the local group’s charter.", with no line saying whose they were."""
    rows, texts, starts = _rows(clusters[8])
    block = block_quoted(rows, starts)
    statement = {texts[n] for n in np.flatnonzero(block)}
    shown = summary(clusters[8])
    assert len(shown) >= 6
    assert statement.isdisjoint(shown)


def test_rubins_column_line_is_not_shown_as_the_briefings_own_words(clusters):
    shown = summary(clusters[36])
    assert len(shown) >= 6
    assert "Even DeMint would not claim to be a serious scholar." not in shown
