"""Tests that `summed_up.sums_up_before`, its pattern searched only on texts writing a
stem of its verbs, answers as its reading before that test did, on real articles and on
copies with its forms glued in (summary speed, thirty-second pass)."""

from __future__ import annotations

import pytest

from chorus.summarize.summed_up import _AS_BEFORE, _SUMS_IT, sums_up_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

# Each verb's forms with "it", read or not: each stem in turn, an "as" clause before one,
# "it" not its object, a stem inside another word.
_GLUED = (
    "Bannon seemed to capsulize it in a speech.",
    "Her aide encapsulated it well.",
    "One critic characterised it as a rout.",
    "The mayor described it as a disaster.",
    "He summed it up in one word.",
    "As one local reporter described it, the town was empty.",
    "The consumer summed up its losses.",
    "He described how it ended.",
    "Nobody could describe it.",
    "They were summing it up when the lights went out.",
)


@pytest.fixture(scope="module")
def found() -> list[str]:
    """The sentences of the first 40 raw clusters."""
    return [text for c in read_clusters(RAW_VALIDATION, 40) for text in sentences(c)]


def _sums_up_before(text: str) -> bool:
    """The rule as it read before this pass: the pattern on every text writing " it"."""
    if " it" not in text:
        return False
    found = _SUMS_IT.search(text)
    return found is not None and _AS_BEFORE.search(text, 0, found.start()) is None


def test_sums_up_before_answers_as_before(found: list[str]) -> None:
    texts = found + [t + " " + form for t in found[::10] for form in _GLUED]
    expected = [_sums_up_before(t) for t in texts]
    assert [sums_up_before(t) for t in texts] == expected
    # seven glued forms are read after nearly every tenth sentence (one closing on "as ..."
    # makes the verb's clause an "as" clause): a stem left out of the test before the
    # pattern leaves its forms unread in every copy
    assert sum(expected) >= 6 * len(found[::10])
    assert sums_up_before("Bannon seemed to capsulize it in a speech.")
    assert not sums_up_before("As one local reporter described it, the town was empty.")
    assert not sums_up_before("The consumer summed up its losses.")
