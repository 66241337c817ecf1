"""Summary lines leaning on their article's line before by a demonstrative subject after an
opening word ("At least that was the consensus ...", raw 85, the briefing's first line), by
"a similar" thing ("... followed a similar trajectory last year.", raw 82), and by a closing
"she added" after an opening "But it" (raw 85), wait for that line (summary96, raw
Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.api import brief
from chorus.dangling_inside import points_back_inside
from chorus.summarize.leaning import leans_on_before
from chorus.summarize.told_before import similar_before
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_a_demonstrative_subject_after_an_opening_word_waits(clusters):
    for line, opening in (
        (85, "At least that was the consensus"),
        (205, "But this has never happened"),
        (212, "But that didn’t mean"),
    ):
        assert points_back_inside(summary_texts.sentence(clusters[line], opening))
        assert summary_texts.shown_only_after_the_sentence_before(clusters[line], opening)
    # "that" opening a clause after "Now" is no subject pointing back
    assert not points_back_inside(summary_texts.sentence(clusters[85], '"Now that the people'))


def test_the_briefing_no_longer_opens_on_a_leaning_that(clusters):
    shown = [s.text for s in brief(clusters[85]["documents"], words=250).summary]
    assert not shown[0].startswith("At least that")
    assert not any(text.startswith("At least that") for text in shown)


def test_a_similar_thing_waits_unless_the_sentence_gives_the_other_half(clusters):
    trajectory = '"Where Have You Been" followed a similar trajectory'
    assert similar_before(summary_texts.sentence(clusters[82], trajectory))
    assert summary_texts.shown_only_after_the_sentence_before(clusters[82], trajectory)
    assert similar_before(summary_texts.sentence(clusters[218], "A similar find"))
    # compared inside the sentence: by "to", or with what its main clause tells
    assert not similar_before(summary_texts.sentence(clusters[139], "Letting a can of beans"))
    assert not similar_before(summary_texts.sentence(clusters[86], "Joplin, Mo., Mayor"))


def test_a_closing_she_added_after_but_it_is_read(clusters):
    texts = summary_texts.sentences(clusters[85])
    row = summary_texts.row_of(texts, "But it was too little, too late, she added.")
    assert "said Malkan" in texts[row - 1]
    assert leans_on_before(texts)[row]
