"""The summary a reader sees, sixty-second pass (summary78), on raw Multi-News validation
clusters (0-based lines of the file): a paper's abstract in its authors' "we" ("We test
whether the acquisition component spills over to nonfood objects: ...", raw 6) is its
writers' own page, as one saying "I": the report of the study opens the summary."""

from __future__ import annotations

import pytest

from chorus.summarize.authors_voice import in_authors_voice
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 56 (Nature's abstract on ethanol, the last read here)."""
    return read_clusters(RAW_VALIDATION, 57)


def test_an_abstract_s_we_is_read_and_a_quoted_researcher_s_is_not(clusters):
    assert in_authors_voice(sentence(clusters[6], "We test whether the acquisition component"))
    assert in_authors_voice(sentence(clusters[56], "Here we show that nanocrystalline Cu"))
    assert in_authors_voice(sentence(clusters[56], "Our results demonstrate the ability"))
    # a researcher's "we" in a report is quoted, and a reporter's "we" reports no study
    quoted = [text for text in sentences(clusters[6]) if text.startswith(('"We', "“We"))]
    assert quoted and not any(in_authors_voice(text) for text in quoted)
    assert not in_authors_voice("We hope our results inspire other people to work on it.")
    assert not in_authors_voice("As we reported earlier this summer, some leaders disagree.")


def test_the_report_of_the_study_opens_before_the_abstract(clusters):
    shown = summary(clusters[6])
    assert shown[0].startswith("People buy far more stuff and spend more money when they're hungry")
    # the abstract's lines are still shown, below the report's
    abstract = sentence(clusters[6], "We test whether the acquisition component")
    assert shown.index(abstract) > 0
    assert shown.index(sentence(clusters[6], "Hunger is assumed to motivate eating")) > 0
