"""Those "in custody" counted as arrests, and a live blog's update time in a count's reason
(the fifty-fourth pass: raw 35's AP "13 people are in custody" against the Register's "12
people were arrested"), read on the raw validation and Multi-News+ validation text."""

from __future__ import annotations

import pytest

from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_updates import update_time
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.briefings import raw_briefing
from tests.conftest import DATA, read_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def plus() -> list[dict]:
    return read_clusters(PLUS_VALIDATION, 3692)


def _sentence(documents: list[str], words: str) -> str:
    """The sentence of the documents holding `words`, split as chorus splits them."""
    sentences = [s.text for a in as_articles(documents) for s in split(clean(a))]
    return next(s for s in sentences if words in s)


def _arrests(text: str) -> list[tuple[float, str, str]]:
    return [(c.value, c.what, c.bound) for c in rival_counts(text) if c.quantity == "arrests"]


def test_the_arrests_two_outlets_count_two_ways_are_a_conflict():
    # [1] (Orange County Register): 12 arrested, five Klan members and seven
    # counter-protesters; [2] (AP's live blog, its 2:44 p.m. update): 13 in custody, six
    # Klan supporters and seven counter-protesters. One tally of a brawl already over.
    analysis = raw_briefing(35).analysis
    assert analysis is not None
    (conflict,) = analysis.conflicts
    assert conflict.kind == "number"
    assert conflict.reason == (
        "Different figures for arrests: 12 people vs 13 people; one is a live update of"
        " 2:44 p.m.: they may be counts of different times"
    )
    (ours,), (theirs,) = conflict.side_a, conflict.side_b
    assert "and 12 people were arrested during a brawl" in ours.text
    assert theirs.text.startswith("Authorities say 13 people are in custody")
    assert ours.article.id != theirs.article.id


def test_in_custody_counts_arrests_after_a_form_of_to_be(plus):
    documents = _raw_35()
    assert _arrests(_sentence(documents, "13 people are in custody")) == [(13, "people", "")]
    # the 1:26 p.m. update's suspect held for one stabbing
    assert _arrests(_sentence(documents, "One person is in custody")) == [(1, "person", "")]
    taken = _sentence(plus[3691]["documents"], "were taken into custody")
    assert _arrests(taken) == [(3, "people", "at least")]


def test_custody_that_counts_no_arrests_is_not_read(plus):
    # those left after some went free
    remain = _sentence(plus[1158]["documents"], "eight people remain in custody")
    assert _arrests(remain) == []
    # a time spent there
    years = _sentence(plus[1420]["documents"], "14 years in custody")
    assert _arrests(years) == []
    # children in a state agency's care, read without the "of" that makes them a part
    care = _sentence(plus[557]["documents"], "are in custody of the texas department")
    assert _arrests(care.replace("Two of three missing", "Two missing")) == []


def test_an_aside_after_a_verb_opens_no_list():
    # "one with a flagpole" is one of the three stabbed; the 12 are a count of their own
    lead = _sentence(_raw_35(), "Three people were stabbed, one with a flagpole")
    assert _arrests(lead) == [(12, "people", "")]


def test_a_live_blogs_update_time():
    sentences = [s for a in as_articles(_raw_35()) for s in split(clean(a))]
    texts = [s.text for s in sentences]

    def row(words: str) -> int:
        return next(at for at, text in enumerate(texts) if words in text)

    assert update_time(sentences, row("Authorities say 13 people")) == "2:44 p.m."
    assert update_time(sentences, row("Three people have been detained.")) == "1:26 p.m."
    # the Register's article has no time mark
    assert update_time(sentences, row("12 people were arrested during a brawl")) == ""
    # a page with one time mark is no live blog: the mark may be its stamp
    one_mark = sentences[: row("1:26 p.m.")]
    assert update_time(one_mark, row("Authorities say 13 people")) == ""


def _raw_35() -> list[str]:
    return read_clusters(DATA / "multinews-raw-validation.jsonl.gz", 36)[35]["documents"]
