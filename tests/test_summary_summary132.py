"""The summary a reader sees (summary132, stop 56), on raw Multi-News validation cluster 144
(0-based line of the file; ABC's transcript of Obama's interview is its page [2]): a
transcript's answer of one or two words under its speaker's label ("PRESIDENT OBAMA: Yeah.")
says nothing without the question it answers and is never a summary line."""

from __future__ import annotations

import pytest

from chorus.summarize.not_story import page_not_story
from chorus.summarize.pleasantries import bare_reply
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def cluster() -> dict:
    """Raw validation's cluster 144 (Obama's ABC interview)."""
    return read_clusters(RAW_VALIDATION, 145)[144]


def test_the_interview_s_bare_replies_are_its_five_short_turns(cluster):
    """Over ABC's transcript, the five turns of a word or two, and nothing else."""
    found = [t for t in sentences({"documents": cluster["documents"][2:3]}) if bare_reply(t)]
    assert found == [
        "PRESIDENT OBAMA: Absolutely.",
        "PRESIDENT OBAMA: At minimum.",
        "GEORGE STEPHANOPOULOS: 19 years.",
        "PRESIDENT OBAMA: Yeah.",
        "PRESIDENT OBAMA: Of course.",
    ]


def test_144_s_summary_closes_on_the_president_s_2012_line_not_yeah(cluster):
    """ "Yeah." and the host's "Four years is a long time in kids' years." it answered give
    way to the president's own line on the election."""
    texts = summary(cluster)
    assert "PRESIDENT OBAMA: Yeah." not in texts
    assert not any(t.startswith("GEORGE STEPHANOPOULOS: Four years") for t in texts)
    assert texts[-1] == "There is-- going to be a contest of values and-- and vision in 2012."


@pytest.mark.parametrize("text", ["OBAMA: Yes.", "LEE: Of course!", "HOST: No."])
def test_a_word_or_two_under_a_label_is_a_bare_reply(text):
    assert bare_reply(text)
    assert page_not_story(text)


@pytest.mark.parametrize(
    "text",
    [
        # a labelled answer that tells something (raw 91)
        "LEE: I have no idea, but I'll be trying.",
        "GEORGE STEPHANOPOULOS: Four years is a long time in kids' years.",
        # a question is the interview's
        "HOST: Why not?",
        # no label: a quoted word is left to its rules
        "Yeah.",
        "“Absolutely.”",
        # a label in capitals before a headline's phrase, no stop
        "UPDATE: Suspect arrested",
    ],
)
def test_a_line_that_tells_asks_or_has_no_label_is_no_bare_reply(text):
    assert not bare_reply(text)
