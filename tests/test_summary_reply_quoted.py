"""One reply two outlets quote a word of, told once (summary69, reader 74, raw Multi-News
validation, 0-based lines of the file): raw 132's briefing gave UNFPA's answer twice, [1]'s
"... argued it was "erroneous" to suggest ..." and [2]'s "... based on an “erroneous claim”
...". And "that condition" waits for the line telling the condition."""

from __future__ import annotations

import pytest

from chorus.represent import embed
from chorus.summarize.pointed_at import points_at_before
from chorus.summarize.quoted_twice import piece_quoted_again
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence

_FIRST = "The U.N. Population Fund, known as UNFPA, said it regretted the U.S. move"
_SECOND = "In a statement on its website, UNFPA said it regrets the U.S. decision"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 132 (the UNFPA funding cut)."""
    return read_clusters(RAW_VALIDATION, 133)


def _pair(cluster: dict, first: str, second: str) -> tuple[list[str], object]:
    texts = [sentence(cluster, first), sentence(cluster, second)]
    return texts, embed(texts)


def test_the_later_outlets_telling_of_one_quoted_reply_is_left_out(clusters):
    texts, vectors = _pair(clusters[132], _FIRST, _SECOND)
    assert piece_quoted_again(texts, vectors, [0, 1], [0, 1]) == [1]
    assert piece_quoted_again(texts, vectors, [0, 1], [1, 0]) == [0]
    # one article's two rows are its own two remarks
    assert piece_quoted_again(texts, vectors, [0, 0], [0, 1]) == []


def test_two_outlets_quoting_one_word_of_two_statements_both_stay(clusters):
    # the government's "terrorists" blamed for the bombings, state television's killed
    texts, vectors = _pair(
        clusters[76], 'The government blames "terrorists"', "Syrian state television said three"
    )
    assert piece_quoted_again(texts, vectors, [0, 1], [0, 1]) == []


def test_the_briefing_tells_unfpas_reply_once(clusters):
    briefing = raw_briefing(132)
    erroneous = [line.text for line in briefing.summary if "erroneous" in line.text]
    assert len(erroneous) == 1
    # the cut itself still leads
    assert briefing.summary[0].text.startswith("The Trump administration")  # past its dateline


def test_a_condition_or_criteria_pointed_at_waits_for_the_line_before(clusters):
    assert points_at_before(sentence(clusters[132], "It's up to each administration"))
    assert points_at_before("Under those criteria, Xiong would never have had his second chance.")
    # a modifier after it says which: no rule pointed at
    assert not points_at_before("He met those standards of conduct in every post.")
    # a quotation's words are its speaker's
    assert not points_at_before("“I doubt he can meet this standard,” Durbin said.")
