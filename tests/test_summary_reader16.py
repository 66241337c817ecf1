"""The summary a reader sees, after the twenty-fifth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): openings that lean on a count or a list
told before ("The rest ...", "The organizations included ...", "The general went on to
..."), a sameness closing a sentence ("... in the same situation."), a studio's memo in its
own "we" where another outlet quotes it, a bracket an aside opened in the sentence before,
and the about line of a summary that shows every sentence of its one article."""

from __future__ import annotations

import numpy as np
import pytest

from chorus import brief
from chorus.render.about import short_of_words
from chorus.represent import embed
from chorus.summarize.credit_lines import quoted_elsewhere
from chorus.summarize.refers_before import refers_to_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # what is left of the 32.1 / 31.6 / 14 percent the sentence before counts
        (145, "The rest live with another family member"),
        # compared with the men and the less educated the sentences before tell of
        (145, "Black and Hispanic young people, compared with white people"),
        # which organisations: the page named them before
        (68, "The organizations included the National Science Teachers"),
        # the general is Lt. Gen. Thomas Bergeson, named two sentences before
        (104, "The general went on to explain"),
    ],
)
def test_a_sentence_leaning_on_what_was_told_before_waits_for_it(clusters, line, opening):
    assert refers_to_before(_sentence(clusters[line], opening))
    assert shown_only_after_the_sentence_before(clusters[line], opening)


def test_the_rest_of_a_thing_named_and_an_idiom_stand_alone(clusters):
    """102's "The rest of the president's commentary ..." names its whole; 30's "... at the
    same time." is an idiom."""
    assert not refers_to_before(_sentence(clusters[102], "The rest of the president's"))
    assert not refers_to_before(_sentence(clusters[30], "The hard-charging filmmaker"))


def test_an_aside_closed_in_its_second_sentence_loses_its_bracket(clusters):
    """145: "(Young Americans are still less likely ..." / "In Macedonia, ..., Pew says.)":
    the summary showed the second alone, with its stray bracket."""
    macedonia = [s for s in _summary(clusters[145]) if s.startswith("In Macedonia")]
    assert macedonia == [
        "In Macedonia, more than 70 percent of 18- to 34-year-olds reportedly live at home, "
        "Pew says."
    ]


def test_a_memo_in_its_own_we_gives_way_to_the_outlet_quoting_it(clusters):
    """231: Universal's memo (its own page, "At Universal we have had ...") opened the summary
    on three sentences with no speaker; Variety quotes the same words as Ron Meyer's."""
    memo = _sentence(clusters[231], "At Universal we have had franchises")
    quoted = _sentence(clusters[231], "“At Universal we have had franchises")
    assert quoted.endswith("Meyer noted.")
    texts = [memo, quoted]
    assert quoted_elsewhere(texts, embed(texts), np.array([0, 1]), [0, 1]) == [0]
    shown = _summary(clusters[231])
    assert not any(s.startswith(("At Universal", "When our friend", "We were all")) for s in shown)
    assert shown[0].startswith("Universal’s “Furious 7” will cross $1 billion")
    assert any("in 17 days" in s and "fastest movie" in s for s in shown)


def test_a_persons_own_i_is_left_where_the_summary_names_him(clusters):
    """121: Michael Dunn's jail calls in his own "I", quoted by another outlet too, stay: the
    summary's first line names him, and holding them back cost the cluster 24 points of R-1."""
    shown = _summary(clusters[121])
    assert shown[0].startswith("Michael Dunn, who shot and killed Jordan Davis")
    assert "I was the one that was being preyed upon and I fought back." in shown


def test_a_summary_showing_its_whole_article_says_so(clusters):
    """148: the family's statement is the one article on the story and all ten of its
    sentences are shown; the about line gave reasons for leaving others out."""
    briefing = brief(clusters[148]["documents"], words=250)
    reason = short_of_words(briefing)
    assert reason.startswith("The summary stops at 156 of the 250 words asked: it shows every")
    assert "every sentence of the article on the story" in reason
    assert "(the other source is set aside, see Background)" in reason
    assert "repeats what it says" not in reason
