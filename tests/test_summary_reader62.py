"""The summary a reader sees, forty-fifth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 62): "one of the people said" with the people never introduced
(raw 178, and 30's "the sources said") and an "Its" read as the wrong airline's (217)."""

from __future__ import annotations

import pytest

from chorus.summarize.steps_apart import step_apart
from chorus.summarize.told_before import told_just_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentences, shown_only_after_the_sentence_before, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_words_of_one_of_the_people_wait_for_the_line_introducing_them(clusters):
    before, worried = before_and(clusters[178], "The president worried that Gorsuch")
    assert "according to several people with knowledge" in before
    assert told_just_before(worried) and not told_just_before(before)
    assert shown_only_after_the_sentence_before(clusters[178], "The president worried")
    # the Post's own news stays: Trump talked about rescinding the nomination
    assert any(t.startswith("But earlier this year, Trump talked") for t in summary(clusters[178]))


def test_the_sources_said_inside_a_line_waits_for_the_line_naming_them(clusters):
    before, possible = before_and(clusters[30], "It's possible, the sources said")
    assert before.startswith("Law enforcement sources said")
    assert told_just_before(possible) and not told_just_before(before)
    assert shown_only_after_the_sentence_before(clusters[30], "It's possible, the sources said")


def test_its_neighbors_is_shown_below_the_line_saying_whose(clusters):
    texts = sentences(clusters[217])
    its = next(n for n, t in enumerate(texts) if t.startswith("Its neighbors have closed"))
    assert texts[its - 1].startswith("Government-owned Qatar Airways")
    parker = next(n for n, t in enumerate(texts) if t.startswith("In a letter to employees"))
    assert step_apart(texts, [parker, its]) == [its]
    assert step_apart(texts, [its - 1, its]) == []
    shown = summary(clusters[217])
    at = shown.index(texts[its])
    assert shown[at - 1] == texts[its - 1]


def test_its_shown_after_its_own_line_before_is_left(clusters):
    texts = sentences(clusters[199])
    its = next(n for n, t in enumerate(texts) if t.startswith("Its clothing, shoes"))
    assert step_apart(texts, [its - 1, its]) == []
    assert texts[its] in summary(clusters[199])
