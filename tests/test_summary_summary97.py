"""The summary a reader sees, on raw Multi-News validation clusters (0-based lines of the file;
summary93's and reader84's items, summary97): a page of questions and answers shows an answer
only right below its own question, and a question only with its answer right after it (raw
115's AP page, "Q: But what if I'm good at managing the money?" above the answer to "Is it
OK to splurge a little?"; 144's interview, a question of Stephanopoulos's no answer follows)."""

from __future__ import annotations

import numpy as np

from chorus.summarize.questions import questions_answered
from tests.raw_pages import raw_clusters
from tests.summary_texts import article_starts, row_of, sentences, summary


def _read(line: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    cluster = raw_clusters()[line]
    texts = sentences(cluster)
    asked, unanswered = questions_answered(texts, np.array(article_starts(cluster)))
    return texts, asked, unanswered


def test_each_q_line_of_115s_page_is_asked_with_the_a_line_after_it():
    texts, asked, unanswered = _read(115)
    questions = [row for row, text in enumerate(texts) if text.startswith("Q: ")]
    assert len(questions) == 11
    assert np.flatnonzero(asked).tolist() == questions
    assert all(texts[row + 1].startswith("A: ") for row in questions)
    assert not unanswered.any()


def test_an_interviews_asking_turn_is_read_by_its_answers():
    texts, asked, unanswered = _read(144)
    convince = row_of(texts, "How do you convince them that they are?")
    assert asked[convince]
    assert texts[convince + 1].startswith("PRESIDENT OBAMA: Well, I don't think")
    # Stephanopoulos goes on after this question ("(LAUGH) Let me just finish up ..."): no
    # answer follows it, nor his setup line, "We have a brand new poll out at ABC."
    assert unanswered[row_of(texts, "GEORGE STEPHANOPOULOS: And you're not going to tell")]
    assert unanswered[row_of(texts, "GEORGE STEPHANOPOULOS: We have a brand new poll")]
    # the answerer's lines are never the asker's, even his own question before the next turn
    assert not (asked | unanswered)[row_of(texts, "PRESIDENT OBAMA: Absolutely.")]


def test_a_transcript_or_a_page_of_headings_answers_nothing():
    # 91's NPR transcript (MARTIN, LEE: no question answered) and 156's "EDITORIAL:" and
    # "AUDIO:" headings are no pages of questions and answers
    for line in (91, 156):
        _, asked, unanswered = _read(line)
        assert not asked.any() and not unanswered.any()


def test_115s_answers_are_shown_below_their_own_questions():
    """On main f26e624a 115's summary showed "A: Before anything else, sign the back of the
    ticket." with no question, and "Q: But what if I'm good at managing the money?" above
    "A: Sure, it's why you bought a ticket, right?"."""
    texts = sentences(raw_clusters()[115])
    shown = summary(raw_clusters()[115])
    labelled = [n for n, text in enumerate(shown) if text.startswith(("Q: ", "A: "))]
    assert labelled
    for n in labelled:
        row = texts.index(shown[n])
        if shown[n].startswith("Q: "):
            assert shown[n + 1] == texts[row + 1]
        else:
            assert n and shown[n - 1] == texts[row - 1]


def test_144s_questions_are_shown_only_with_their_answers():
    """On main f26e624a 144's summary closed on "GEORGE STEPHANOPOULOS: And you're not going
    to tell it's how long it's going to take?", which no answer follows."""
    texts = sentences(raw_clusters()[144])
    shown = summary(raw_clusters()[144])
    assert len(shown) >= 6
    for n, text in enumerate(shown):
        if text.startswith("GEORGE STEPHANOPOULOS:"):
            row = texts.index(text)
            assert n + 1 < len(shown) and shown[n + 1] == texts[row + 1]
            assert shown[n + 1].startswith("PRESIDENT OBAMA:")
