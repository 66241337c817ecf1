"""One attack's bombs counted two ways (conflict_blasts.py): raw validation 76 (val-290),
Damascus on Saturday 17 March 2012, "three suicide bombings in Damascus killed 27 people"
in [1] (AP) against "twin car bombs ripped through two neighbourhoods of Damascus on
Saturday, killing 27 people" in [2] (AFP); [3] (Al Jazeera) mourns "the 27 victims of
Saturday's car bombs", no count. One day, one city, one toll: one attack, two counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from chorus import brief
from chorus.analyze.conflict_blasts import blast_conflicts, bomb_counts, tolls
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_reader22 import placed
from tests.test_analyze_conflict_reader26 import _plus_documents


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def rule_alone(rule: Callable[..., list[Conflict]], documents: list[str]) -> list[Conflict]:
    """A rule reading the story's sentences, their texts, lowered and joined, alone over a
    cluster's sentences, split as the analysis splits them."""
    story = [s for article in as_articles(documents) for s in split(clean(article))]
    texts = [s.text for s in story]
    lowered = [text.lower() for text in texts]
    return rule(story, texts, lowered, Joined.of(lowered))


def test_damascus_saturday_bombs_are_shown_as_two_against_three(raw):
    documents = raw[76]["documents"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    (bombs,) = [c for c in analysis.conflicts if "bombs" in c.reason]
    assert (bombs.kind, bombs.reason) == (
        "number",
        "Different counts of bombs for one toll of 27 dead: 2 vs 3",
    )
    twin = placed(documents, "twin car bombs ripped through")
    three = placed(documents, "three suicide bombings in Damascus")
    assert [s.text for s in bombs.side_a] == [twin[1]] and twin[0] == 2
    assert [s.text for s in bombs.side_b] == [three[1]] and three[0] == 1
    # both tell Saturday's attack in Damascus, and [3] its 27 dead
    assert "Saturday" in twin[1] and "Saturday" in three[1]
    assert placed(documents, "memorials to the 27 victims of Saturday's car bombs")[0] == 3


def test_the_two_counts_are_no_longer_shown_agreed(raw):
    # main showed [2]'s twin car bombs as agreed by all three, [1]'s three bombings its
    # support; a pair shown in conflict is not also agreed, and [2] stays agreed with [3]'s
    # 27 victims of Saturday's car bombs, which counts none
    analysis = brief(raw[76]["documents"], words=100).analysis
    assert analysis is not None
    agreed = [[s.text for s in fact.sentences] for fact in analysis.agreed]

    def holding(texts: list[str], words: str) -> bool:
        return any(words in text for text in texts)

    assert not any(
        holding(texts, "twin car bombs") and holding(texts, "three suicide bombings")
        for texts in agreed
    )
    assert any(
        holding(texts, "twin car bombs") and holding(texts, "memorials to the 27 victims")
        for texts in agreed
    )


def test_counts_read_from_the_articles_words(raw):
    documents = _plus_documents("train", {43782})[43782]
    # a double car bomb and two bombs: Makhachkala's one attack, told alike; "at least 46
    # as blasts struck" counts the injured, no blasts
    assert [bomb_counts(d.lower()) for d in documents] == [{2.0}, {2.0}, {2.0}]
    assert rule_alone(blast_conflicts, documents) == []
    # the count of bombs is no toll of its own: raw 184's Volgograd, 34 dead, not 2
    volgograd = placed(raw[184]["documents"], "two suicide bombings killed 34 people")[1]
    assert bomb_counts(volgograd.lower()) == {2.0}
    assert tolls(volgograd) == {34.0}
    assert bomb_counts("the first two blasts hit a bus") == set()
    assert bomb_counts("two more bombs went off later") == set()
    assert bomb_counts("a bomb killed four") == set()


def test_only_raw_76_counts_bombs_two_ways(raw):
    # of the raw and DUC clusters with two articles counting bombs, DUC d30010t's two
    # articles hear "two explosions" alike, and give no toll with them
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    counting = [
        (name, n)
        for name, clusters in (("raw", raw), ("duc", duc))
        for n, cluster in enumerate(clusters)
        if sum(bool(bomb_counts(d.lower())) for d in cluster["documents"]) >= 2
    ]
    assert counting == [("raw", 76), ("duc", 2)]
    assert len(rule_alone(blast_conflicts, raw[76]["documents"])) == 1
    assert rule_alone(blast_conflicts, duc[2]["documents"]) == []
