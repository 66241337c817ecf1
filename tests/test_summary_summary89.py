"""Lines leaning on a line the summary does not show (summary89, raw Multi-News validation,
0-based lines of the file): raw 113's quotation going on from its credited half ('"It has to
do with the injury ..."' after '"The injury by itself is not enough ...," Apkarian added.'),
raw 134's list heading closing on a colon above its lower-case items and Kayyem's "this
mistake", raw 146's "Trump tweeted in support of the deal a few hours later."; an "It"
standing for the clause after it (raw 127's Amnesty quotation) and a time counted from a
deed the sentence tells itself are left as they are."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_lines import credited_before
from chorus.summarize.list_items import run_on_list
from chorus.summarize.pointed_at import points_at_before
from chorus.summarize.refers_before import refers_to_before
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 146 (the two-year budget deal)."""
    return read_clusters(RAW_VALIDATION, 147)


def test_a_quotation_going_on_from_its_credited_half_is_shown_with_it(clusters):
    texts = summary_texts.sentences(clusters[113])
    marked = credited_before(texts, summary_texts.article_starts(clusters[113]))
    going_on = summary_texts.row_of(texts, '"It has to do with the injury')
    assert marked[going_on]
    shown = summary_texts.summary(clusters[113])
    assert texts[going_on] in shown
    at = shown.index(texts[going_on])
    assert at > 0 and shown[at - 1] == texts[going_on - 1]
    assert texts[going_on - 1].endswith("Apkarian added.")


def test_an_it_standing_for_the_clause_after_it_goes_on_from_nothing(clusters):
    texts = summary_texts.sentences(clusters[127])
    marked = credited_before(texts, summary_texts.article_starts(clusters[127]))
    ludicrous = summary_texts.row_of(texts, "“It is ludicrous that")
    assert texts[ludicrous - 1].startswith("“The Bahraini Court of Appeals")
    assert not marked[ludicrous]


def test_a_list_run_on_in_its_heading_and_this_mistake_are_never_shown(clusters):
    texts = summary_texts.sentences(clusters[134])
    marked = run_on_list(texts, summary_texts.article_starts(clusters[134]))
    heading = summary_texts.row_of(texts, "Currently, DHS is working to upgrade")
    assert texts[heading].endswith(":")
    # the second item runs on over its line into the third ("…; and" / "improving …"), one
    # sentence since the fiftieth cleaning pass (clean66)
    assert marked[heading] and marked[heading + 1] and marked[heading + 2]
    assert not marked[heading + 3]  # "This upgrade to a sustainable ..." opens a sentence
    mistake = texts[summary_texts.row_of(texts, '"The biggest consequence of this mistake,"')]
    assert points_at_before(mistake)
    # "that" before a plural is a conjunction, not a pointer (the lead's review)
    assert not points_at_before(mistake.replace("of this mistake", "that mistakes were made"))
    assert points_at_before(mistake.replace("this mistake", "those mistakes"))
    assert not points_at_before(texts[summary_texts.row_of(texts, "CNN was unable to verify")])
    shown = summary_texts.summary(clusters[134])
    assert not any(text.endswith(":") or text[:1].islower() for text in shown)
    # its deed, "the misplacement of the documents", is two lines up, not shown
    assert mistake not in shown


def test_a_time_later_than_an_untold_deed_waits_for_the_sentence_before(clusters):
    assert refers_to_before(summary_texts.sentence(clusters[146], "Trump tweeted in support"))
    assert summary_texts.shown_only_after_the_sentence_before(clusters[146], "Trump tweeted")
    # a time later than a deed the sentence tells itself (raw 53's shooting)
    shot = read_clusters(RAW_VALIDATION, 54)[53]
    assert not refers_to_before(summary_texts.sentence(shot, "Heaven was shot in the back"))
