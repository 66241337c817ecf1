"""Who said what, ninetieth pass (quotes90): a speaker told plainly. "the newspaper" is the
one paper its article quotes by name, "the sources" the sources the row before described, a
post set before a name ("the shift commander, Dana E. Barrow Jr., 60") is that person's role,
and a "that" the writer set twice is not the words' (raw validation 8, 14, 16, 30; 0-based
lines)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.model import Quote
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def quoted() -> dict[int, tuple[Quote, ...]]:
    clusters = read_clusters(RAW_VALIDATION, 31)
    found = {}
    for n in (8, 14, 16, 30):
        analysis = brief(clusters[n]["documents"]).analysis
        assert analysis is not None
        found[n] = analysis.quotes
    return found


def _row(quotes: tuple[Quote, ...], words: str) -> Quote:
    [row] = [q for q in quotes if q.words.startswith(words)]
    return row


@pytest.mark.parametrize(
    ("raw", "words", "speaker"),
    [
        # "It is unclear whether the plan was fully carried out, the newspaper noted." in
        # the article quoting "..., the Miami Herald reports."
        (14, "It is unclear whether the plan", "Miami Herald"),
        # "Law enforcement sources said ... . It's possible, the sources said, that ..."
        (30, "authorities might never make", "Law enforcement sources"),
    ],
)
def test_a_speaker_named_by_a_noun_is_the_one_named_before(quoted, raw, words, speaker):
    assert _row(quoted[raw], words).speaker == speaker


def test_a_post_set_before_a_name_is_its_role(quoted):
    # "She was then struck by the Chevy Tahoe driven by the shift commander, Dana E. Barrow
    # Jr., 60." ... "Barrow told state police that he felt a bump ..."
    row = _row(quoted[8], "he felt a bump")
    assert (row.speaker, row.role) == ("Dana E. Barrow", "the shift commander")


def test_a_that_set_twice_is_not_the_words(quoted):
    # "Carolyn Nelson, ..., confirms that that Longacre did nothing wrong and ..."
    row = _row(quoted[16], "Longacre did nothing wrong")
    assert row.speaker == "Carolyn Nelson"
    assert not [q for q in quoted[16] if q.words.startswith("that Longacre")]
