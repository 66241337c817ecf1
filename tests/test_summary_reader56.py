"""The summary a reader sees, forty-first pass, on raw Multi-News validation clusters (0-based
lines of the file): a claim shown without the sentence after it that takes it back (raw
218's first officer's phone "made contact with a cell tower", the next line "However, ...
said there was no evidence the first officer ... had tried to make a call."), and a question
in someone else's words reading as the summary's own (221's Kristol "Have we had in modern
times a president who was so out of his depth?")."""

from __future__ import annotations

import pytest

from chorus.summarize.contrasts import taken_back
from chorus.summarize.newsroom import writers_question
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentence, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_claim_the_next_sentence_takes_back_is_marked(clusters):
    # the next line denies what each tells ("no evidence ... had tried to make a call"), or
    # sets another voice against it at once (forty-second pass: "But according to James"
    # answers what the researchers believed; the report answers the verse's "utterly destroy
    # them" with no widespread destruction found)
    for number, opening in (
        (218, "However, the U.S. official -- who cited information"),
        (132, "Still, the memo acknowledged there was no evidence"),
        (194, "But according to James, residue of pitch"),
        (89, "However, according to the report, archaeological evidence"),
    ):
        assert taken_back(before_and(clusters[number], opening)).tolist() == [True, False]
    # a doubt of when leaves Sony's announcement standing; a plain "But" denies nothing; a
    # credit further on tells where a fact comes from, not that the line before is wrong
    for number, opening in (
        (169, "However, it's unclear when Sony's headset will launch."),
        (221, "But it was clear that when Obama spoke to House Democrats"),
        (215, "But at 11 p.m. on Feb. 20, according to Russell"),
        (65, "But now those football players, at least at Northwestern"),
    ):
        assert taken_back(before_and(clusters[number], opening)).tolist() == [False, False]


def test_the_phone_contact_is_not_shown_without_its_denial(clusters):
    """Raw 218 closed its summary on the first officer's phone reaching a cell tower at main;
    the article's next line says there was no evidence he tried to make a call."""
    claim, denial = before_and(clusters[218], "However, the U.S. official -- who cited")
    assert claim.startswith("The phone of the first officer")
    shown = summary(clusters[218])
    assert claim not in shown or shown[shown.index(claim) + 1] == denial


def test_a_question_opening_on_have_or_has_is_no_line_of_the_story(clusters):
    """Raw 221's "Have we had ...?" is Kristol's, from the editorial [3] prints as its own
    paragraphs; 37's "Has this affected you?" an interviewer's. Neither states a fact."""
    kristol = sentence(clusters[221], "Have we had in modern times a president")
    asked = sentence(clusters[37], "Has this affected you?")
    told = sentence(clusters[221], "Two hundred and nineteen of his neighbors")
    assert [writers_question(t) for t in (kristol, asked, told)] == [True, True, False]
    shown = summary(clusters[221])
    assert told in shown
    assert kristol not in shown
