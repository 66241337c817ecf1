"""The summary a reader sees, after the twenty-first reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a summary does not open on a "He" naming
no one (`summarize.unnamed_rows.unnamed_opening`); "On the first, ..." and "the un-cracked ones"
wait for the sentence before them (`refers_to_before`); "It's one thing to ..." is shown
only with the sentence after it (`sets_up_contrast`)."""

from __future__ import annotations

import re

import pytest

from chorus.summarize.contrasts import sets_up_contrast
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.unnamed_rows import unnamed_opening
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_summary_does_not_open_on_a_he_naming_no_one(clusters):
    """102: "He put the killing in a racial context, and that was enough." opened it (the
    sentence before in its article, "It was so smooth that few noticed.", names no one, so
    `leans_on_before` let it be)."""
    shown = _summary(clusters[102])
    assert len(shown) >= 8
    assert not re.match(r"\W*(?:He|She)\b", shown[0])
    assert _sentence(clusters[102], "He put the killing") not in shown


def test_only_an_opening_he_or_she_is_read_as_unnamed():
    texts = [
        "He put the killing in a racial context, and that was enough.",
        "Obama pronounced the killing as racially motivated, though he didn't use the words.",
        "“He is collateral damage in the unreasonable ... scapegoating,” the lawyer said.",
    ]
    assert unnamed_opening(texts, [0, 1]) == [0]
    # "He" further down goes on from the sentence opening the summary
    assert unnamed_opening(texts, [1, 0]) == []
    # a quotation's "He" is the speaker's subject
    assert unnamed_opening(texts, [2, 0]) == []
    assert unnamed_opening(texts, []) == []


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (102, "On the first, Mr. Obama said:"),
        (139, "Keep the un-cracked ones frozen"),
    ],
)
def test_a_sentence_naming_one_of_what_was_told_waits(clusters, line, opening):
    assert refers_to_before(_sentence(clusters[line], opening))
    assert shown_only_after_the_sentence_before(clusters[line], opening)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # "the ... ones" after a plural it may stand for, or told by what follows
        (24, "Republicans aren’t the only ones"),
        (24, "Debra Burlingame, whose brother Charles"),
        (157, "Investigators got a hit when her fingerprints"),
        (70, "Those who get the inside jokes"),
        # "the first" that is no share of what was told
        (102, "You know, when Trayvon Martin was first shot"),
    ],
)
def test_ones_told_in_their_own_sentence_do_not_wait(clusters, line, opening):
    assert not refers_to_before(_sentence(clusters[line], opening))


def test_the_ones_of_the_sentence_before_are_read_only_there(clusters):
    """Over 139's sentences only the eggs' "un-cracked ones" are read as standing for what the
    sentence before names."""
    marked = [t for t in _sentences(clusters[139]) if " ones" in t and refers_to_before(t)]
    assert marked == [_sentence(clusters[139], "Keep the un-cracked ones frozen")]


def test_it_is_one_thing_is_shown_with_the_sentence_after_it(clusters):
    """221: "It's one thing to say Republicans aren't participating ..." was shown without
    "The argument Obama made Saturday went further."."""
    texts = _sentences(clusters[221])
    marked = sets_up_contrast(texts)
    at = texts.index(_sentence(clusters[221], "It's one thing to say"))
    assert list(marked.nonzero()[0]) == [at]
    shown = _summary(clusters[221])
    assert len(shown) >= 8
    assert texts[at] in shown
    assert shown[shown.index(texts[at]) + 1] == texts[at + 1]


def test_it_is_one_thing_with_its_other_half_is_not_marked():
    texts = [
        "It's one thing to win a primary, and it's another to win a general election.",
        "It is one thing to say Republicans aren't participating in the process.",
        "It’s a cold snap life for penguins.",
    ]
    assert list(sets_up_contrast(texts)) == [False, True, False]
