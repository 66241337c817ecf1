"""The summary a reader sees, after a nineteenth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): two outlets' wordings of one fact, which the
analysis links as one agreed fact, are not both shown (`summarize.same_fact`); a quotation
is shown with the credit line below it (`leaning.credits_quotation`); "The" and a noun the
sentence before introduced waits for it (`dangling.introduced_before`)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.dangling import introduced_before
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.credit_lines import credits_quotation
from chorus.summarize.features import ClusterView, cluster_view
from chorus.summarize.same_fact import Told, wording
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _view(cluster: dict) -> ClusterView:
    per_article = [split(clean(a)) for a in as_articles(cluster["documents"])]
    per_article = [group for group in per_article if group]
    return cluster_view(per_article, embed([s.text for g in per_article for s in g]))


def _row(view: ClusterView, opening: str) -> int:
    return next(n for n, text in enumerate(view.texts) if text.startswith(opening))


def _again(view: ClusterView, chosen: str, candidate: str) -> bool:
    """Whether the sentence opening with `candidate` tells again, for the summary, what the
    chosen one opening with `chosen` told."""
    told = Told(wording(view.terms, view.article_of))
    first, second = _row(view, chosen), _row(view, candidate)
    told.add(first)
    return told.again(second, view.vectors[[first]] @ view.vectors[second])


# Pairs the analysis links as one agreed fact, and pairs of one story's two facts.
_PAIRS = [
    # the reader's: Mark Lane's work on the King assassination, told by both outlets
    (96, "Lane went on to investigate the Martin Luther King", "He would go on to raise", True),
    (96, "He would go on to raise", "Lane went on to investigate the Martin Luther King", True),
    (244, "The Navy said that the collision occurred 56 nautical", "The two ships collided", True),
    (187, "Eight people, including two children, were injured", "PHILADELPHIA (Reuters) -", True),
    (50, "Officer Collin Rose, 29, died Wednesday", "“I am saddened to report", True),
    # the death and the King inquiry are two facts of one obituary
    (96, "Mark Lane, died of a heart attack", "Lane went on to investigate the Martin", False),
    # the ships' collision and the crew's fate
    (244, "The two ships collided", "Nippon Yusen said all of the ACX Crystal", False),
]


@pytest.mark.parametrize(("line", "chosen", "candidate", "again"), _PAIRS)
def test_a_sentence_telling_again_another_outlets_chosen_fact(
    clusters, line, chosen, candidate, again
):
    assert _again(_view(clusters[line]), chosen, candidate) == again


def test_two_sentences_of_one_article_are_never_one_fact_told_again(clusters):
    # The summary's own redundancy and overlap cuts read one article's repeats; this one
    # reads only another outlet's wording: the same sentence added and asked is one article.
    view = _view(clusters[96])
    told = Told(wording(view.terms, view.article_of))
    row = _row(view, "He would go on to raise")
    told.add(row)
    assert not told.again(row, view.vectors[[row]] @ view.vectors[row])


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        (
            96,
            "He would go on to raise the possibility of conspiracy",
            "Lane went on to investigate the Martin Luther King Jr. assassination",
        ),
        (244, "The two ships collided around 1:30", "The Navy said that the collision occurred"),
        (187, "PHILADELPHIA (Reuters) - Eight people", "Eight people, including two children"),
        (246, "“No signs of foul play were found", "There were no signs of foul play"),
    ],
)
def test_the_summary_shows_one_outlets_wording_of_a_fact(clusters, line, first, second):
    shown = _summary(clusters[line])
    assert len(shown) >= 6
    assert sum(text.startswith((first, second)) for text in shown) == 1


def test_the_lone_words_are_read_as_the_analysis_reads_an_own_word(clusters):
    # "heart" and "attack" are written once by [2] ("The cause was a heart attack") and
    # once by [3] ("died of a heart attack"): two lone words both articles share
    view = _view(clusters[96])
    same = wording(view.terms, view.article_of)
    rows = [_row(view, "The cause was a heart attack"), _row(view, "Mark Lane, died of a heart")]
    lone = [
        set(view.terms.of(r)[same.single[view.terms.indptr[r] : view.terms.indptr[r + 1]]])
        for r in rows
    ]
    assert len(lone[0] & lone[1]) >= 2
    assert not np.array_equal(view.article_of[rows[0]], view.article_of[rows[1]])


@pytest.mark.parametrize(
    ("line", "opening", "credits"),
    [
        (10, "— Jon Cryer, on his upset victory", True),
        (10, "— Julie Bowen, asked where she’ going to put her statuette.", True),
        (242, "-- George Rede", True),
        # a dash opening a sentence after no quotation, and a dash before a sentence's verb
        (67, "— A judge’s act of compassion", False),
    ],
)
def test_a_quotations_credit_line_below_it(clusters, line, opening, credits):
    texts = _sentences(clusters[line])
    at = next(n for n, text in enumerate(texts) if text.startswith(opening))
    assert credits_quotation(texts[at], texts[at - 1]) == credits


def test_the_summary_shows_a_quotation_with_its_credit_line(clusters):
    # Raw 10: Jon Cryer's words were shown without "— Jon Cryer, on his upset victory", and
    # Julie Bowen's without hers; each quotation now comes with its credit, dash and all.
    shown = _summary(clusters[10])
    quotations = [n for n, text in enumerate(shown) if text.startswith("“")]
    assert quotations
    for n in quotations:
        assert shown[n + 1].startswith("— ")
    assert "— Jon Cryer, on his upset victory" in shown


def test_a_noun_the_sentence_before_introduced(clusters):
    # Raw 143: "The hitch punctured ..." after "... after striking a metal towing hitch ...".
    texts = _sentences(clusters[143])
    at = next(n for n, text in enumerate(texts) if text.startswith("The hitch punctured"))
    assert introduced_before(texts[at], texts[at - 1])
    # the same sentence after another: nothing introduced; a rank is no such noun
    assert not introduced_before(texts[at], texts[0])
    assert not introduced_before("The first fire was in Washington.", "A fire broke out.")


def test_the_summary_shows_the_hitch_only_after_the_sentence_introducing_it(clusters):
    assert shown_only_after_the_sentence_before(clusters[143], "The hitch punctured")


def test_a_noun_named_by_its_apposition_waits_for_nothing():
    # DUC 2003's d31022t (line 21): "The obstetrician, Dr. Barnett Slepian, was killed ..."
    # after "... this weekend's slaying of an obstetrician." names whom it tells of.
    cluster = read_clusters(DATA / "duc2003-task2.jsonl.gz", 22)[21]
    texts = _sentences(cluster)
    at = next(n for n, text in enumerate(texts) if text.startswith("The obstetrician, Dr."))
    assert texts[at - 1].endswith("slaying of an obstetrician.")
    assert not introduced_before(texts[at], texts[at - 1])
