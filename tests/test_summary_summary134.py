"""The summary a reader sees (summary134, stop 57), on raw Multi-News validation clusters
(0-based lines of the file): a commentator's own study ("In Lee's own study of 55,000 adults,
...", 74 [1]) with its "It was published in 2014, ..." is never a summary line: the study's
own finding is shown third, not eighth."""

from __future__ import annotations

import pytest

from chorus.summarize.side_studies import own_study
from chorus.summarize.stands_on import standing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's first 75 clusters."""
    return read_clusters(RAW_VALIDATION, 75)


def test_74_shows_the_study_s_finding_third_and_no_line_of_lee_s_own_study(clusters):
    texts = summary(clusters[74])
    assert texts[2].startswith("The strenuous joggers, the investigators found, were as likely")
    assert not any(text.startswith(("In Lee's own study", "It was published")) for text in texts)


def test_74_s_published_line_stands_on_lee_s_own_study(clusters):
    texts = sentences(clusters[74])
    stands, _ = standing(texts, article_starts(clusters[74]))
    at = next(n for n, t in enumerate(texts) if t.startswith("It was published in 2014"))
    assert stands[at]
    assert own_study(texts[at - 1])
    assert sum(map(own_study, texts)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same researchers' earlier study, below the news (raw 29, 31)
        "In an earlier study, Zeitzer and his colleagues found that light therapy works best.",
        "Previous research has shown how mutations in part of the GDF5 gene cause malformation.",
        # an "own" that is no study
        "In Lee's own words, the study has limitations.",
        "In his own study, he found a lower risk of death.",
        # someone's own study inside a quotation
        "“In Lee's own study, we found a lower risk,” Smith said.",
    ],
)
def test_no_commentator_s_own_study(text):
    assert not own_study(text)
