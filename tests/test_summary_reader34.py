"""The summary a reader sees, thirty-fourth pass, on raw Multi-News validation clusters
(0-based lines of the file): a "he said" after a participle ("Responding to ..., he said:
...", raw 133) opening the summary; a student's own write-up in "I" (raw 129's Shinozuka)
and his mother's "“We were so proud ...”" shown with no speaker; a studio memo's "On behalf
of all of us, I am ..." opening the summary (raw 231)."""

from __future__ import annotations

import pytest

from chorus.summarize.opening_clause import clause_leans_back
from chorus.summarize.own_voice import OwnPages
from chorus.summarize.whose_words import quotation_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import (
    before_and,
    sentence,
    shown_only_after_the_sentence_before,
    summary,
)
from tests.test_summary_reader33 import _rows


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 232)


def test_a_he_after_a_participle_waits_for_whom_it_names(clusters):
    """Raw 133: "Responding to the Italian reporter's question ..., he said: “I don't have
    answers.”" opened the summary, its "he" no one. The participle's subject is the "he"
    (so 95's "According to Whelan, he shot Hunt ..." and 202's "Speaking to reporters at
    Leinster House on Tuesday, he confirmed ..."); a name after the phrase is its own
    subject ("Speaking in an interview ..., Sollecito said ...")."""
    assert clause_leans_back(sentence(clusters[133], "Responding to the Italian reporter"))
    assert clause_leans_back(sentence(clusters[95], "According to Whelan, he shot Hunt"))
    assert clause_leans_back(sentence(clusters[202], "Speaking to reporters at Leinster"))
    assert not clause_leans_back(sentence(clusters[133], "Speaking in an interview broadcast"))
    shown = summary(clusters[133])
    assert not shown[0].startswith("Responding to")
    assert shown_only_after_the_sentence_before(clusters[133], "Responding to the Italian")


def test_a_write_up_in_its_own_i_is_left_out_beside_the_reports(clusters):
    """Raw 129's A2 is Shinozuka's project write-up, "I" in most of its sentences and his
    name nowhere: "One night, I was looking after my grandfather ..." read as no one's beside
    the Scientific American and NBC reports. Knox's blog (133) says "I" in fewer of its
    sentences and is left to `quoted_elsewhere`."""
    flat, starts, article_of = _rows(clusters[129])
    night = [n for n, s in enumerate(flat) if s.text.startswith("One night, I was looking")]
    assert len(night) == 1
    assert OwnPages(flat, starts, article_of).written_as_i(night) == night
    flat, starts, article_of = _rows(clusters[133])
    blog = [n for n, s in enumerate(flat) if s.text.startswith("Raffaele has plenty of reason")]
    pages = OwnPages(flat, starts, article_of)
    assert pages.rows(blog) == blog
    assert pages.written_as_i(blog) == []
    shown = summary(clusters[129])
    assert not any(t.startswith("One night, I was") or "my aunt’s" in t for t in shown)
    # the story's own lines stay: the award and the 437 nights it caught
    assert shown[0].startswith("Fifteen-year-old Kenneth Shinozuka of New York City won")
    assert any("437 known cases of wandering" in t for t in shown)


def test_a_we_quotation_alone_is_shown_with_its_speaker(clusters):
    """Raw 129's "We were so proud, ..." is Shinozuka's mother's, named on the line before
    it ("His mother, Maria Feng, remembers that breakthrough."); raw 182's "“We are not going
    to get enough buses ...”" McCain's, credited on the line before. Shown after another
    line, either read as the summary's last speaker's or the writer's."""
    mother, proud = before_and(clusters[129], '"We were so proud')
    assert mother.startswith("His mother, Maria Feng")
    other = sentence(clusters[129], "Shinozuka's device instead directly alerts")
    assert quotation_apart([other, mother, proud], [0, 2], [0]) == [2]
    assert shown_only_after_the_sentence_before(clusters[129], '"We were so proud')
    assert shown_only_after_the_sentence_before(clusters[182], "“We are not going to get")


def test_a_memo_speaking_for_us_does_not_open_the_summary(clusters):
    """Raw 231: Universal's memo writes "On behalf of all of us, I am incredibly proud of the
    motion picture team ...": opening the summary, its "I" and "us" are no one; the
    report's lead ("Universal’s “Furious 7” will cross $1 billion ...") opens it."""
    shown = summary(clusters[231])
    assert shown[0].startswith("Universal’s “Furious 7” will cross $1 billion")
