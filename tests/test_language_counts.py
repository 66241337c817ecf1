"""counts.py on real sentences: tens written in words, the noun a counting verb's number
heads ("killed five u.n. foreign staff"), and the items of a list after a counting verb
("killed five alpacas, two foxes and one emu")."""

from __future__ import annotations

import pytest

from chorus.analyze.count_rivals import rival_counts
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language.count_disagreement import disagreement
from chorus.language.counts import counts
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.test_analyze_conflicts_plus12 import _documents

NONE = frozenset[str]()


def _holding(documents: list[str], words: str) -> str:
    """The first sentence of a cluster's documents holding `words`, split as chorus splits."""
    sentences = (s.text for a in as_articles(documents) for s in split(clean(a)))
    return next(s for s in sentences if words in s)


@pytest.fixture(scope="module")
def raw() -> dict[str, list[str]]:
    """Raw validation and DUC clusters by id."""
    clusters = [
        *read_clusters(RAW_VALIDATION, 250),
        *read_clusters(DATA / "duc2003-task2.jsonl.gz", 30),
    ]
    return {c["id"]: c["documents"] for c in clusters}


@pytest.fixture(scope="module")
def plus() -> dict[str, list[str]]:
    """Multi-News+ clusters by id (their lines read at test time)."""
    return _documents({"multi_news-val-594", "multi_news-val-787", "multi_news-train-20584"})


def test_tens_in_words_are_read(raw):
    disapprove = _holding(raw["multi_news-val-381"], "Fifty-five percent disapprove")
    assert [(c.quantity, c.value) for c in counts(disapprove)] == [("percentage", 55)]
    # two shares, one in words: neither is the sentence's one share (it was the 8 alone)
    partisan = _holding(raw["multi_news-val-381"], "Eighty-four percent of Democrats")
    assert [c.value for c in counts(partisan)] == [84, 8]
    assert rival_counts(partisan) == []
    # "Thirty other people died" counts the rest, as "Seventeen others died" does
    thirty = _holding(raw["d31011t"], "Thirty other people died")
    seventeen = _holding(raw["d31011t"], "Seventeen others died")
    assert [c.quantity for c in counts(thirty)] == ["injuries"]  # "102 people were injured"
    assert counts(seventeen) == []
    assert [c.value for c in counts("Twenty-three people were killed.")] == [23]


def test_a_counting_verbs_number_keeps_the_noun_its_words_narrow(plus):
    # five U.N. staff are a part of the at least eight killed: no rival figures
    staff = _holding(plus["multi_news-val-594"], "killed five u.n.")
    toll = _holding(plus["multi_news-val-594"], "killing at least eight people")
    assert [c.what for c in counts(staff)] == ["staff"]
    assert [c.what for c in counts(toll)] == ["people"]
    assert disagreement(counts(staff), counts(toll), NONE, NONE) == []
    # a bare noun is the whole toll in the writer's word: 50 militants against 49 people
    militants = _holding(plus["multi_news-val-787"], "more than 50 militants")
    people = _holding(plus["multi_news-val-787"], "killing 49 people")
    assert [c.what for c in counts(militants)] == [""]
    assert disagreement(counts(militants), counts(people), NONE, NONE) != []


def test_a_counting_verbs_noun_ends_before_words_of_time_and_place(raw):
    volgograd = _holding(raw["multi_news-val-1942"], "killed 34 people just before")
    europe = _holding(raw["d31010t"], "killed at least 62 people throughout Europe")
    assert [c.what for c in counts(volgograd)][-1] == "people"
    assert [c.what for c in counts(europe)] == ["people"]


def test_items_of_a_list_after_a_counting_verb_are_no_count(plus):
    # eight animals in three items, not the "five" that was set against "six animals"
    zoo = _holding(plus["multi_news-train-20584"], "five alpacas, two foxes")
    assert counts(zoo) == []
    # a total before "N of them" stays a count
    assert [c.value for c in counts("The fire killed 12 people, three of them children.")] == [12]


def test_a_capitalised_word_right_after_a_number_is_part_of_the_counted_noun(raw):
    serbs = _holding(raw["d30051t"], "Three Serbs were wounded")
    crew = _holding(raw["multi_news-val-324"], "Six Japanese crew were declared dead")
    assert [(c.quantity, c.value, c.what) for c in counts(serbs)] == [("injuries", 3, "serbs")]
    # a participle is no counted noun
    assert [(c.quantity, c.value, c.what) for c in counts(crew)] == [("deaths", 6, "crew")]
    # further on a capitalised word is most often a place, which ends the phrase
    poland = _holding(raw["d31010t"], "32 people throughout Poland had died")
    assert counts(poland) == []
