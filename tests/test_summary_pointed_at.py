"""The summary a reader sees, forty-seventh pass, on raw Multi-News validation clusters
(0-based lines of the file; readers 64 and 65): lines pointing at what no line shown tells,
"that person" (raw 141), "these questions" and "such an analysis" (118), "The Phish frontman"
(44), a teaser closing its page (111), and the mother's claim the police called a lie,
opening the summary on an unnamed "she" (141)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.contrasts import taken_back
from chorus.summarize.pointed_at import points_at_before, role_opening, teases
from chorus.summarize.unnamed_rows import unnamed_opening
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 246 (the hoax of a shot officer, the last read here)."""
    return read_clusters(RAW_VALIDATION, 247)


def test_a_teaser_closing_its_page_is_never_shown(clusters):
    texts = sentences(clusters[111])
    teaser = row_of(texts, "In a heartbreaking twist to the story, Brad also revealed")
    assert teases(texts).tolist() == [row == teaser for row in range(len(texts))]
    assert texts[teaser] not in summary(clusters[111])


def test_that_person_and_these_questions_wait_for_the_line_before(clusters):
    video, person = before_and(clusters[141], "It was unclear if police were still searching")
    assert "released a video of a man at a 7-Eleven" in video
    assert points_at_before(person) and not points_at_before(video)
    shown = summary(clusters[141])
    assert person not in shown or shown[shown.index(person) - 1] == video
    # the nominee the sentence itself writes is "that person"
    assert not points_at_before(sentence(clusters[193], "He added that it's up to the American"))
    questions = sentence(clusters[118], "It was decided that a rigorous, scientific approach")
    analysis = sentence(clusters[118], "To our knowledge, such an analysis")
    assert points_at_before(questions) and points_at_before(analysis)
    assert not points_at_before(sentence(clusters[118], "The Committee was composed of experts"))
    assert questions not in summary(clusters[118])


def test_a_role_for_a_name_does_not_open_the_summary(clusters):
    frontman = sentence(clusters[44], "The Phish frontman says")
    assert role_opening(frontman)
    assert role_opening(sentence(clusters[108], "The Vermont senator was less concerned"))
    assert not role_opening(sentence(clusters[135], "The Oscar winner Jim Broadbent"))
    assert not role_opening(sentence(clusters[44], "Anastasio is set to take the stage"))
    assert unnamed_opening([frontman], [0]) == [0]
    briefed = brief(clusters[44]["documents"], words=250).summary
    assert briefed[0].text != frontman


def test_a_claim_the_police_called_a_lie_is_not_shown_alone(clusters):
    claim, lie = before_and(clusters[141], "The story though was all a lie according to police")
    assert claim == "When she woke up in Largo Central Park, Jordan was gone, she said."
    report = sentence(clusters[141], "According to a police report, Stinson became upset")
    assert taken_back([claim, lie, report]).tolist() == [True, False, False]
    cruiser, hoax = before_and(clusters[246], "But within hours, police decided it was all a hoax")
    assert taken_back([cruiser, hoax]).tolist() == [True, False]
    shown = summary(clusters[141])
    assert claim not in shown or shown[shown.index(claim) + 1] == lie
    # a summary opening on "..., she said." never says who she is
    assert unnamed_opening([claim], [0]) == [0]
    assert not shown[0].endswith(", she said.")
