"""A summary line leaning on its article's line before, shown without it (summary88, raw
Multi-News validation, 0-based lines of the file): raw 90's "It makes the kid notice the
praise ..." (its "It" the silliness of "The silliness is a feature, not a bug."), raw 235's
"It was distributed by the Korean Central News Agency ..." (the statement of its 22-word line
before), raw 128's "It was not operated by the United States government, ..." below "It
wasn’t the U.S. Embassy, however."; a quotation opening on a contrast with no speaker shown
(raw 98's "“What’s interesting, however, is that ...”", raw 238's "“But he still has a lot of
work to do.”"); an "it" standing for no thing (raw 176's rain) is not read as one."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.steps_apart import THING_BEFORE, contrast_apart, speaks_of_a_thing
from chorus.summarize.whose_words import quotation_apart
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 238 (Walker's campaign)."""
    return read_clusters(RAW_VALIDATION, 239)


def _right_below(shown: list[str], before: str, row: str) -> bool:
    return row in shown and shown.index(row) > 0 and shown[shown.index(row) - 1] == before


def test_an_it_is_shown_below_the_line_it_stands_for(clusters):
    # the briefing (with the analysis, which sets [1]'s course blurb aside) shows the pair;
    # the summary without it has no room for the pair and leaves the "It" out
    before, row = summary_texts.before_and(clusters[90], "It makes the kid notice the praise")
    assert before == "The silliness is a feature, not a bug."
    texts = summary_texts.sentences(clusters[90])
    at = summary_texts.row_of(texts, "It makes the kid notice")
    assert contrast_apart(texts, [0, at], summary_texts.words(texts)) == [at]
    shown = [s.text for s in brief(clusters[90]["documents"], words=250).summary]
    assert _right_below(shown, before, row)
    assert summary_texts.shown_only_after_the_sentence_before(clusters[90], "It makes the kid")


def test_an_it_below_a_line_of_up_to_25_words_waits_for_it(clusters):
    texts = summary_texts.sentences(clusters[235])
    at = summary_texts.row_of(texts, "It was distributed by the Korean Central News Agency")
    words = summary_texts.words(texts)
    assert 20 < words[at - 1] <= THING_BEFORE
    assert contrast_apart(texts, [0, at], words) == [at]
    assert contrast_apart(texts, [0, at - 1, at], words) == []
    assert summary_texts.shown_only_after_the_sentence_before(clusters[235], "It was distributed")


def test_a_short_line_an_it_stands_for_is_taken_with_it(clusters):
    before, row = summary_texts.before_and(clusters[128], "It was not operated by the United")
    assert before == "It wasn’t the U.S. Embassy, however."
    assert _right_below(summary_texts.summary(clusters[128]), before, row)


def test_an_it_standing_for_no_thing_is_not_read(clusters):
    rain = summary_texts.sentence(clusters[176], "It had been raining in the capital")
    feels = summary_texts.sentence(clusters[92], "It just feels like")
    assert not speaks_of_a_thing(rain)
    assert not speaks_of_a_thing(feels)
    # a thing's "it" that makes someone feel is still one (raw 169's headset)
    headset = summary_texts.sentence(clusters[169], "It makes you feel like")
    assert speaks_of_a_thing(headset)
    lines = ["A line.", "A storm came in.", rain]
    assert contrast_apart(lines, [0, 2], summary_texts.words(lines)) == []


def test_a_quoted_contrast_is_shown_below_its_credit(clusters):
    credit, quoted = summary_texts.before_and(clusters[98], "“What’s interesting, however,")
    assert "said Mason Silveira" in credit
    texts = summary_texts.sentences(clusters[98])
    at = texts.index(quoted)
    study = summary_texts.row_of(texts, "The study, published today")
    silveira = summary_texts.row_of(texts, "The THC did not make the rats")
    starts = summary_texts.article_starts(clusters[98])
    assert quotation_apart(texts, [silveira, study, at], starts) == [at]
    assert quotation_apart(texts, [silveira, study, at - 1, at], starts) == []
    # since summary106 the quotation waits for its credit ("X, however," after the opening
    # words), and the pair is not chosen: never shown without it
    assert summary_texts.shown_only_after_the_sentence_before(clusters[98], "“What’s interesting")
    credit, quoted = summary_texts.before_and(clusters[238], "“But he still has a lot of work")
    assert "said Craig Robinson" in credit
    assert _right_below(summary_texts.summary(clusters[238]), credit, quoted)
