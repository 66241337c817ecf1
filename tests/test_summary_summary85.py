"""The summary a reader sees, sixty-ninth pass (summary85), on raw Multi-News validation
clusters (0-based lines of the file): a letter's "we" (raw 26's Zuckerberg letter, "To our
community," ... "Mark") and an organiser's plea on a news page (25's park staff, "... and we
want to honor him during this difficult time.") are their writers' words, shown as no one's:
left out of the summary."""

from __future__ import annotations

import pytest

from chorus.summarize.authors_voice import organisers_plea, salutation
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 144 (the President's "If we want to compete ...")."""
    return read_clusters(RAW_VALIDATION, 145)


def test_a_salutation_line_and_a_plea_are_read_and_a_condition_is_not(clusters):
    assert salutation(sentence(clusters[26], "To our community"))
    assert salutation(sentence(clusters[7], "Dear Friends of Nepal"))
    # a sentence opening on "To" is no salutation
    assert not any(salutation(text) for text in sentences(clusters[25]))
    assert organisers_plea(sentence(clusters[25], "Coach Magwood has devoted countless hours"))
    # a speaker's condition, a presenter's address to the audience
    assert not organisers_plea(sentence(clusters[144], "If we want to compete with other"))
    assert not organisers_plea(sentence(clusters[91], "But we want to introduce you"))
    assert not organisers_plea('"We want to honor him," said the coach\'s friend.')


def test_a_letter_s_we_lines_are_left_out_and_its_publication_is_told(clusters):
    shown = summary(clusters[26])
    letter = sentences(clusters[26])  # the letter is the cluster's first page
    for opening in ("At each step, we built", "Facebook is a work in progress, and we"):
        assert sentence(clusters[26], opening) in letter
        assert not any(text.startswith(opening) for text in shown)
    # The letter's publication told (reader81): by "Mr Zuckerberg's interview comes alongside
    # the publication of a 5,500-word letter ..." until the fifty-second cleaning pass took
    # BBC's "Losing hope" (clean68); since, by '"Accuracy of information is very important,"
    # he said in the 5,500-word letter, published on Thursday.'
    assert any("5,500-word letter" in text and "publi" in text for text in shown)


def test_an_organisers_plea_is_left_out_and_the_speaker_named_in_full(clusters):
    shown = summary(clusters[25])
    assert not any("we want to honor him" in text for text in shown)
    assert any(text.endswith("said Dwayne Eberhart.") for text in shown)
