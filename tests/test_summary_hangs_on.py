"""Summary lines answering, weighing or finishing a line left out (summary73, reader 76, raw
Multi-News validation, 0-based lines of the file): raw 48's "If only that were true — ..."
shown without "In the series, Carrie was said to live on the upper East Side.", its "The ones
we have with our environment, and the people closest to us." [3], a phrase answering "Later
today, I got to thinking about relationships.", and raw 74's "Light joggers and moderate
joggers fared better, in that order, Marott's team found." without the joggers it is weighed
against."""

from __future__ import annotations

import pytest

from chorus.summarize.hangs_on import hangs_on_before, ones_fragment
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, shown_only_after_the_sentence_before, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 226 (Miller's last race)."""
    return read_clusters(RAW_VALIDATION, 227)


def test_a_supposition_on_what_was_told_hangs_on_the_line_before(clusters):
    assert hangs_on_before(sentence(clusters[48], "If only that were true"))
    assert hangs_on_before(sentence(clusters[102], "If so, then any of us"))
    assert hangs_on_before(sentence(clusters[226], "If so, Miller, a class act"))
    assert hangs_on_before(sentence(clusters[9], "“If these allegations are true"))
    # a supposition telling its own case stands alone
    assert not hangs_on_before(sentence(clusters[9], "If Trump allies fail to paint Comey"))
    assert not hangs_on_before(sentence(clusters[9], "If the memo exists"))


def test_a_comparison_with_no_than_hangs_on_the_line_before(clusters):
    assert hangs_on_before(sentence(clusters[74], "Light joggers and moderate joggers fared"))
    # a hope to improve compares with nothing told before
    zuckerberg = sentence(clusters[26], '"There are a lot of areas that I know we need to improve')
    assert "do better" in zuckerberg
    assert not hangs_on_before(zuckerberg)
    assert not hangs_on_before("Women fared better than men in the survey, the researchers said.")


def test_the_ones_and_a_clause_with_no_verb_is_a_fragment(clusters):
    assert ones_fragment(sentence(clusters[48], "The ones we have with our environment"))
    # "The one" opening a sentence that tells its news
    assert not ones_fragment(sentence(clusters[47], "The one certain thing is that"))
    assert not ones_fragment(sentence(clusters[226], "The one-time child prodigy"))
    assert not ones_fragment("The ones we love are the ones who hurt us most.")


def test_48_shows_neither_the_verdict_nor_the_phrase_apart(clusters):
    texts = sentences(clusters[48])
    verdict = sentence(clusters[48], "If only that were true")
    assert texts[texts.index(verdict) - 1].startswith("In the series, Carrie was said to live")
    assert shown_only_after_the_sentence_before(clusters[48], "If only that were true")
    shown = summary(clusters[48])
    assert not any(text.startswith("The ones we have") for text in shown)
    # the sale is still told
    assert any("back on the market for a whopping $9.65 million" in text for text in shown)


def test_74_weighs_light_joggers_only_below_what_they_are_weighed_against(clusters):
    assert shown_only_after_the_sentence_before(
        clusters[74], "Light joggers and moderate joggers fared better"
    )
    shown = summary(clusters[74])
    assert shown[0].startswith("A little jogging is good for your health")
