"""The eighty-sixth agreement pass (agree88; raw validation and DUC clusters, 0-based, file
order): one count from three up both sentences tell in words of one noun, with a word in
common near it, links them below OPEN_THRESHOLD (agreement_worded_counts.py). Raw 119's
three murder charges thrown out are agreed; counts given as known, heights in floors and
counts sharing nothing besides link nothing."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_worded_counts import worded_counts
from chorus.api import brief
from tests.briefings import DUC
from tests.conftest import RAW_VALIDATION
from tests.gold import agreed_item, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

# raw 119, Gosnell's trial
_THROWN_OUT = "A judge has thrown out three murder charges against a Philadelphia abortion provider"
_DROPPED = "convince the judge to drop three first-degree murder charges against Gosnell"


@pytest.fixture(scope="module")
def gosnell():
    return brief(raw_clusters()[119]["documents"])


def test_the_charges_thrown_out_are_agreed(gosnell):
    fact = agreed_item(gosnell.analysis, _THROWN_OUT)
    assert any(_DROPPED in support.text for support in fact.support)
    assert len({s.article.id for s in fact.sentences}) == 2


def test_the_summary_cites_both_outlets_for_the_charges(gosnell):
    (sentence,) = [s for s in gosnell.summary if _THROWN_OUT in s.shown.text]
    assert len({s.article.id for s in sentence.sources}) == 2


def test_three_men_charged_and_three_arrested_stay_apart():
    # raw 161: charged and arrested are two facts (agreement_reader22's gold); the words they
    # share ("police", "shoes") lie far from the count
    shooting = brief(raw_clusters()[161]["documents"])
    arrested = "Three men identified by police as gang members and a woman were arrested"
    assert not pair_shown(
        shooting.analysis,
        arrested,
        "Murder charges have been filed against three men suspected of killing",
    )
    assert pair_shown(
        shooting.analysis, arrested, "Four people have been arrested in connection with"
    )


def test_a_count_in_words_and_what_it_counts():
    # raw 119: the word counted past a word joined by hyphens
    assert worded_counts(data_sentence_raw(119, "drop three first-degree")) == {("three", "murde")}
    assert worded_counts(data_sentence_raw(119, "thrown out three murder")) == {("three", "murde")}
    # raw 76: a bound before the count is passed over, and the count is told
    assert worded_counts(data_sentence_raw(76, "At least three people were killed")) == {
        ("three", "peopl")
    }


def test_counts_given_as_known_tie_nothing():
    # DUC 21: "the three doctors" / "one of only three doctors" (two facts)
    assert not worded_counts(data_sentence(DUC, 21, "the three doctors who publicly"))
    assert not worded_counts(data_sentence(DUC, 21, "one of only three doctors"))
    # raw 23: "his five brothers" recalled on the way to a letter
    assert not worded_counts(data_sentence_raw(23, "his five brothers, along with"))
    # DUC 15: the company whose four employees were kidnapped
    assert not worded_counts(data_sentence(DUC, 15, "whose four employees were kidnapped"))


def test_heights_spans_and_joined_counts_tie_nothing():
    # raw 17: two falls, "eight stories below" / "plummeted eight stories"
    assert not worded_counts(data_sentence_raw(17, "plummeted eight stories"))
    # DUC 17: "the pope's three-day visit", a count joined to its word
    assert not worded_counts(data_sentence(DUC, 17, "highlight of the pope's three-day visit"))
    # DUC 3: a span of time
    assert not worded_counts(data_sentence(DUC, 3, "light show in three decades"))


def test_a_count_sharing_nothing_besides_links_nothing():
    # raw 35: "Three people were stabbed ..." / "Three people have been detained." (two deeds)
    brawl = brief(raw_clusters()[35]["documents"])
    detained = "Three people have been detained."
    assert any(detained in document for document in raw_clusters()[35]["documents"])
    assert not pair_shown(brawl.analysis, "Three people were stabbed", detained)


def data_sentence_raw(line: int, pattern: str) -> str:
    """The sentence of raw validation cluster `line` holding `pattern`."""
    return data_sentence(RAW_VALIDATION, line, pattern)
