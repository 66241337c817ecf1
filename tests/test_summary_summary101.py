"""Summary lines leaning on a thing or a person only their article's line before brings in: a
"the" subject after an opening source ("According to CTVNews, the zoo has ...", raw 139), a
surname going on to say more ("Celli went on to say that ...", 139) and an opening phrase
going through each of a set ("At each assessment, they were asked ...", 190) wait for their
line before or are left out (summary101, raw Multi-News validation, 0-based lines of the
file)."""

from __future__ import annotations

import pytest

from chorus.summarize.definites_unmet import definites_unmet
from chorus.summarize.refers_before import refers_to_before
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_a_the_subject_after_an_opening_source_needs_its_thing_met(clusters):
    texts = summary_texts.sentences(clusters[139])
    zoo = summary_texts.row_of(texts, "According to CTVNews, the zoo")
    lead = summary_texts.row_of(texts, "It’s a cold snap life")
    # shown below the lead alone, no line gives the zoo ("The zoo follows ..." is its line before)
    starts = summary_texts.article_starts(clusters[139])
    assert definites_unmet(texts, [lead, zoo], starts) == [zoo]
    # below the line naming the Calgary Zoo, the zoo is met
    calgary = summary_texts.row_of(texts, "Not only did the Calgary Zoo")
    assert definites_unmet(texts, [lead, calgary, zoo], starts) == []


def test_a_summary_never_leans_on_an_unshown_zoo_or_set(clusters):
    texts = summary_texts.sentences(clusters[139])
    shown = summary_texts.summary(clusters[139])
    zoo = texts.index(summary_texts.sentence(clusters[139], "According to CTVNews, the zoo"))
    if texts[zoo] in shown:
        at = shown.index(texts[zoo])
        assert any("Zoo" in line or "zoo" in line for line in shown[:at])
    for line, opening in ((139, "Celli went on to say"), (190, "At each assessment,")):
        assert summary_texts.shown_only_after_the_sentence_before(clusters[line], opening)


def test_going_on_to_say_and_each_of_a_set_wait_for_the_line_before(clusters):
    for line, opening in (
        (139, "Celli went on to say"),
        (179, "Mr Carpentier went on to add"),
        (191, "In the letter, Hockley goes on to talk"),
        (190, "At each assessment,"),
        (103, "In each case, the judge said"),
        (93, "In each one, babies"),
    ):
        assert refers_to_before(summary_texts.sentence(clusters[line], opening)), opening
    # a life's next step reads alone: "went on to" what is no saying
    assert not refers_to_before(summary_texts.sentence(clusters[96], "Lane went on to investigate"))
