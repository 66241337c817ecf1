"""The summary a reader sees, thirty-sixth pass, on raw Multi-News validation clusters
(0-based lines of the file): a summary opening on 'The two were "familiar with the area,
..."' (raw 164) with no one named before it, and a "his" or "she" whose person no line
shown names ("By the next afternoon his temperature had shot to 104.6, ...", 241, the
summary's first line)."""

from __future__ import annotations

import pytest

from chorus.dangling import refers_back
from chorus.summarize.people_unmet import speaker_unshown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_count_standing_for_people_told_before_waits_for_them(clusters):
    """Raw 164's "The two" are Hackett and his son-in-law, named in the sentence before;
    94's "The two injured officers" says which two."""
    two = sentence(clusters[164], "The two were")
    officers = sentence(clusters[94], "The two injured officers")
    pair = sentence(clusters[137], "The pair threw back vodka shots")
    assert list(refers_back([two, officers, pair])) == [True, False, True]
    assert not any(t.startswith("The two") for t in summary(clusters[164]))


def test_a_his_no_line_shown_names_is_taken_with_its_naming_sentence(clusters):
    """Raw 241's second sentence speaks of Tim Monahan, named only in the first: shown
    alone, "his temperature" is no one's. A "his" after the person it stands for ("the boy
    ... on his lap", 75) and a "he" named right before (115's Americo Lopes) are read."""
    texts = sentences(clusters[241])
    fever = texts.index(sentence(clusters[241], "By the next afternoon his temperature"))
    assert "Tim Monahan" in texts[fever - 1]
    assert speaker_unshown(texts, [fever], [0]) == [(fever, fever - 1)]
    assert not summary(clusters[241])[0].startswith("By the next afternoon")
    boy = sentences(clusters[75])
    photo = boy.index(sentence(clusters[75], "A photo released by school officials"))
    assert speaker_unshown(boy, [photo], [0]) == []
    lotto = sentences(clusters[115])
    ticket = lotto.index(sentence(clusters[115], "In November 2009, one of the tickets he bought"))
    assert speaker_unshown(lotto, [ticket - 1, ticket], [0]) == []
    assert speaker_unshown(lotto, [ticket], [0]) == [(ticket, ticket - 1)]
