"""One person's memoir dated two years by two articles (conflict_memoirs.py), on the two
clusters of the data that do it: raw validation 21, Prodigy's "My Infamous Life" (out
after his 2011 release: [3] "Shortly after his release, he published an unusually candid
autobiography, 'My Infamous Life'", yet "his 2012 memoir" in the same article, against
[5]'s "2011 autobiography"), and Multi-News+ train 25634, Corey Feldman's "Coreyography"
(a 2014 autobiography in one article, a 2013 memoir in another)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_memoirs import WORDS, memoir_conflicts
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_reader22 import placed
from tests.test_analyze_conflict_reader26 import _plus_documents


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _memoir_conflicts(documents: list[str]) -> list[Conflict]:
    """The rule alone over a cluster's sentences, split as the analysis splits them."""
    story = [s for article in as_articles(documents) for s in split(clean(article))]
    lowered = [s.text.lower() for s in story]
    return memoir_conflicts(story, lowered, Joined.of(lowered))


def test_prodigys_one_memoir_is_shown_with_its_two_years(raw):
    documents = raw[21]["documents"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    (memoir,) = [c for c in analysis.conflicts if "memoir" in c.reason]
    assert (memoir.kind, memoir.reason) == ("date", "Different years for one memoir: 2012 vs 2011")
    ours, theirs = placed(documents, "his 2012 memoir"), placed(documents, "2011 autobiography")
    assert [s.text for s in memoir.side_a] == [ours[1]] and ours[0] == 3
    assert [s.text for s in memoir.side_b] == [theirs[1]] and theirs[0] == 5
    # the book [3] dates 2012 is the one it says came out on his release, which [5] dates
    assert "in March 2011" in placed(documents, "He was released after three")[1]
    assert placed(documents, "Shortly after his release, he published")[0] == 3


def test_feldmans_coreyography_is_dated_2014_and_2013():
    documents = _plus_documents("train", {25634})[25634]
    (memoir,) = _memoir_conflicts(documents)
    assert memoir.reason == "Different years for one memoir: 2014 vs 2013"
    (ours,), (theirs,) = memoir.side_a, memoir.side_b
    assert 'his 2014 autobiography, " coreyography: a memoir' in ours.text
    assert "his 2013 memoir coreyography" in theirs.text
    assert ours.article.id != theirs.article.id


def test_no_other_raw_cluster_naming_a_memoir_twice_gets_one(raw):
    # 198 (Gillibrand's "Off the Sidelines"): two articles call it "her new memoir",
    # no year: one book, no disagreement
    naming = [
        n
        for n, cluster in enumerate(raw)
        if sum(any(w in d.lower() for w in WORDS) for d in cluster["documents"]) >= 2
    ]
    assert naming == [21, 198]
    assert [len(_memoir_conflicts(raw[n]["documents"])) for n in naming] == [1, 0]
