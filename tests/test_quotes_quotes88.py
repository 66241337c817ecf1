"""Who said what, eighty-eighth pass (quotes88): a bare answer is shown after the question
its article asks in the sentence before, and a quoted fragment of one to three words inside
the writer's sentence is no row (raw validation 20, 34, 37; 0-based lines)."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.model import Briefing
from chorus.render.json import to_json
from chorus.render.markdown import to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def briefed() -> dict[int, Briefing]:
    clusters = read_clusters(RAW_VALIDATION, 38)
    return {n: brief(clusters[n]["documents"]) for n in (20, 34, 37)}


def _row(briefing: Briefing, words: str) -> str:
    [line] = [line for line in to_markdown(briefing).splitlines() if words in line]
    return line


@pytest.mark.parametrize(
    ("raw", "words", "question"),
    [
        # an interview's question on the line before "“No. Certainly not. Unbelievable.”"
        (37, "“No. Certainly not. Unbelievable”", "Did you anticipate anything like this"),
        (37, "“I haven’t personally.", "Were you threatened?"),
        # "Washington (CNN) Sarah Sanders was asked ...: Did President Donald Trump know
        # ...? ¶ "Not that I'm aware of," said the White House press secretary."
        (34, "“Not that I'm aware of”", "Did President Donald Trump know"),
    ],
)
def test_a_bare_answer_follows_its_question(briefed, raw, words, question):
    line = _row(briefed[raw], words)
    assert line.index("(after: “") < line.index(question) < line.index(words)


def test_the_question_is_in_the_json_as_a_span(briefed):
    quotes = json.loads(to_json(briefed[34]))["analysis"]["quotes"]
    [answer] = [q for q in quotes if q["context"]]
    assert answer["context"][0]["text"].endswith("affair with Trump?")


def test_an_answer_after_no_question_has_no_lead_in(briefed):
    # "“I think they were going to show their support ...”" answers "Teammates’ reaction to
    # your efforts?", but opens on no bare answer: shown as before
    assert "(after:" not in _row(briefed[37], "“I think they were going to show their support")


def test_a_one_word_quotation_inside_the_writers_sentence_is_no_row(briefed):
    # "The chances of the band performing live again are, he says rolling his eyes, "zero"."
    quotes = briefed[20].analysis.quotes
    assert not [q for q in quotes if q.words == "zero"]
    assert any(q.speaker == "Robert Plant" for q in quotes)
