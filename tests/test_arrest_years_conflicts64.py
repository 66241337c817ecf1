"""One person's arrest dated two years by two outlets (the sixty-fourth conflicts pass,
conflict_act_years.py): raw validation 136's WKMG "In 1999, Orange County authorities
arrested Poole following allegations ..." against the Orlando Sentinel's "In 2001, the
Orange County Sheriff's Office arrested Poole on charges of sexual battery ...". The
Sentinel also tells an arrest "in 1991" for food stamps and twelve in all, so an arrest is
one only where the two sentences are alike and share a word besides the name, the verb and
the year."""

from __future__ import annotations

import gzip
import json

import pytest

from chorus import brief
from chorus.analyze.conflict_act_years import WORDS, _told_alike, act_years
from chorus.analyze.similarity import stems
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_reader22 import placed

LOTTERY_WINNER = 136


@pytest.fixture(scope="module")
def documents() -> list[str]:
    return read_clusters(RAW_VALIDATION, 250)[LOTTERY_WINNER]["documents"]


def _sentence(documents: list[str], words: str) -> str:
    return placed(documents, words)[1]


def test_the_two_years_of_poole_s_arrest_are_a_conflict(documents):
    conflicts = brief(documents, words=250).analysis.conflicts  # type: ignore[union-attr]
    arrests = {c.reason: (c.kind, c.side_a, c.side_b) for c in conflicts if "arrest" in c.reason}
    (kind, (wkmg,), (sentinel,)) = arrests["Different years for Poole's arrest: 1999 vs 2001"]
    assert kind == "date" and len(arrests) == 1
    assert placed(documents, wkmg.text) == (1, wkmg.text)
    assert placed(documents, sentinel.text) == (2, sentinel.text)
    assert wkmg.text.startswith("In 1999, Orange County authorities arrested Poole")
    assert sentinel.text.startswith("In 2001, the Orange County Sheriff's Office arrested Poole")


def test_an_arrest_told_by_a_pronoun_or_counted_is_not_read(documents):
    assert act_years(_sentence(documents, "he was arrested in 1991")) == {}
    assert act_years(_sentence(documents, "has been arrested 12 times")) == {}
    assert act_years(_sentence(documents, "In 2001, the Orange County")) == {
        "Poole's arrest": {2001}
    }


def test_two_arrests_for_two_things_are_not_told_alike(documents):
    wkmg = _sentence(documents, "In 1999, Orange County")
    sentinel = _sentence(documents, "In 2001, the Orange County")
    food_stamps = _sentence(documents, "he was arrested in 1991")
    # the county and the charge are shared by the two tellings of one arrest
    assert _told_alike(stems(wkmg), stems(sentinel), "Poole's arrest")
    # the 1991 arrest for food stamps shares only the verb with the 1999 one
    assert not _told_alike(stems(wkmg), stems(food_stamps), "Poole's arrest")


def test_only_three_arrests_are_dated_over_raw_and_duc():
    read = []
    for path in (RAW_VALIDATION, DATA / "duc2003-task2.jsonl.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                for article in as_articles(json.loads(line)["documents"]):
                    for sentence in split(clean(article)):
                        if any(word in sentence.text.lower() for word in WORDS):
                            read += act_years(sentence.text).items()
    assert read == [
        ("Poole's arrest", {1999}),
        ("Poole's arrest", {2001}),
        ("Vasiliades's arrest", {2015}),
    ]
