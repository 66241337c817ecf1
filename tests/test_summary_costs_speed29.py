"""Tests that two line patterns, rewritten to open on what a search can skip to, find what
their `\\b` forms found, on real articles and on copies with their words glued in (summary
speed, twenty-ninth pass)."""

from __future__ import annotations

import re

import pytest

from chorus.summarize.summed_up import _SUMS_IT
from chorus.summarize.told_before import _ONE_OF_THE_PEOPLE
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

_SUMS_IT_BEFORE = re.compile(
    r"\b(?:(?:en)?capsulat|capsuli[sz]|describ|characteri[sz])(?:e|es|ed|ing)\s+it\b"
    r"|\bsum(?:s|med|ming)?\s+it\s+up\b"
)
_ONE_OF_THE_PEOPLE_BEFORE = re.compile(
    r"\bone\s+of\s+(?:the|those|them)(?:\s+[a-z]+){0,2}?\s+(?:said|says|told|added)\b"
    r"|,\s+the\s+(?:people|sources|officials)\s+(?:said|say|says|added),"
)
# Each form's words, and the same words inside a longer word or after one (which neither
# pattern reads), glued after a sentence's last character or a space.
_GLUED = (
    "summed it up.",
    "sums  it\nup",
    "encapsulated it",
    "capsulise it",
    "described it as",
    "characterizing it",
    "undescribed it",
    "xsum it up",
    "one of the people said,",
    "one of those officials told",
    "someone of the people said",
    "one\nof them added",
    ",  the sources said,",
    ", the officials say, that",
    "gone of them told",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The sentences of the first 40 raw clusters, in order."""
    return [text for c in read_clusters(RAW_VALIDATION, 40) for text in sentences(c)]


def _glued(texts: list[str]) -> list[str]:
    """Every tenth sentence with each form glued on, to its last character and after a space."""
    return [t + gap + form for t in texts[::10] for form in _GLUED for gap in ("", " ")]


@pytest.mark.parametrize(
    ("pattern", "before"),
    [(_SUMS_IT, _SUMS_IT_BEFORE), (_ONE_OF_THE_PEOPLE, _ONE_OF_THE_PEOPLE_BEFORE)],
)
def test_the_same_matches_as_the_word_boundary_form(
    texts: list[str], pattern: re.Pattern[str], before: re.Pattern[str]
) -> None:
    glued = _glued(texts)
    for text in texts + glued:
        found, expected = pattern.search(text), before.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    # the glued words are read where they stand as words, and not inside another word
    assert sum(before.search(t) is not None for t in glued) >= len(glued) // 4
    assert sum(before.search(t) is None for t in glued) >= len(glued) // 4
