"""The summary a reader sees, twentieth pass, on raw Multi-News validation clusters (0-based
lines of the file): an opening "He" after a sentence speaking of a "he" it does not name
(61's CEO), an impersonal "It’s not clear whether it ..." (14), a speaker named only as "the
security official" met sentences before (110), and a newsroom's "Attempts to reach ... have
been unsuccessful." (75)."""

from __future__ import annotations

import pytest

from chorus.summarize.leaning import leans_on_before
from chorus.summarize.newsroom import newsroom_step
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.told_before import source_met_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and as _before_and
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_he_after_a_sentence_speaking_of_him_waits_for_it(clusters):
    """61's "He capitulated ..." after "With that, Keurig’s CEO did what he had to do.": the
    CEO is no name, but the sentence before speaks of him."""
    pair = _before_and(clusters[61], "He capitulated Wednesday")
    assert pair[0].startswith("With that, Keurig’s CEO did what he had to do.")
    assert leans_on_before(pair).tolist() == [False, True]
    assert shown_only_after_the_sentence_before(clusters[61], "He capitulated Wednesday")


def test_he_after_a_quotation_speaking_of_her_is_not_held(clusters):
    """155's "He returned home ..." after “I never meant for her to get pregnant.”: the
    "her" is inside the quotation, and no one outside it."""
    pair = _before_and(clusters[155], "He returned home to western New York")
    assert leans_on_before(pair).tolist() == [False, False]


def test_an_unclear_it_about_what_the_sentence_before_names_waits_for_it(clusters):
    """14 opened its summary on "It’s not clear whether it was fully carried out." (the plan
    told only in the sentence before, a curly apostrophe read as the straight one)."""
    text = _sentence(clusters[14], "It’s not clear whether it was")
    assert refers_to_before(text)
    assert refers_to_before(text.replace("’", "'"))
    assert not refers_to_before(_sentence(clusters[14], "George Zimmerman, the neighborhood"))
    assert shown_only_after_the_sentence_before(clusters[14], "It’s not clear whether it was")
    assert not _summary(clusters[14])[0].startswith("It’s not clear")


def test_a_speaker_named_only_as_the_official_met_before_is_left_out(clusters):
    """110's "The security official said she ..." four sentences after "A French security
    official, ..., said ...": the summary shows neither introduction nor who."""
    text = _sentence(clusters[110], "The security official said she appeared")
    introduction = _sentence(clusters[110], "A French security official, who was not")
    assert source_met_before([introduction, text]).tolist() == [False, True]
    assert text not in _summary(clusters[110])


def test_a_newsrooms_failed_attempt_to_reach_someone_is_no_news(clusters):
    """75's "Attempts to reach members of Anderson's family have been unsuccessful."; 7's
    climbers' "two attempts to reach the summit ..., but failed" is news."""
    assert newsroom_step(_sentence(clusters[75], "Attempts to reach members of Anderson"))
    assert not newsroom_step(_sentence(clusters[7], "Steck and Goettler made two attempts"))
