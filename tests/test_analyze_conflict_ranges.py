"""One measure given as two ranges one end apart (conflict_ranges.py), on raw validation 209
(MH370's search): Reuters [1] has Thailand's Anond Snidvongs say the objects his satellite
saw "were between 2 meters (6.5 ft) and 16 meters (52 ft) in size"; the BBC [2] has him tell
it "the objects ranged from 2m to 15m (6.5ft to 50ft) in size". One official, one image,
the largest object 16 m or 15 m: a conflict (readers 54 and 56). [3]'s "objects ranging from
3 to 75 feet" are the images Malaysia's minister told of on Wednesday, another thing."""

from __future__ import annotations

import itertools

import pytest

from chorus.analyze.conflict_ranges import _apart
from chorus.analyze.ranges import Range, one_end_apart, ranges
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.sentences import split
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_reader22 import placed

REUTERS = "were between 2 meters (6.5 ft) and 16 meters (52 ft) in size"
BBC = "the objects ranged from 2m to 15m (6.5ft to 50ft) in size"


@pytest.fixture(scope="module")
def documents() -> list[str]:
    return read_clusters(RAW_VALIDATION, 210)[209]["documents"]


def _sentences(documents: list[str]) -> list[list[Sentence]]:
    """Each document's sentences, split as the analysis splits them."""
    return [split(clean(article)) for article in as_articles(documents)]


def _holding(sentences: list[Sentence], words: str) -> Sentence:
    return next(s for s in sentences if words in s.text)


def _the_two(documents: list[str]) -> tuple[Sentence, Sentence]:
    """[1]'s sentence of the sizes and [2]'s."""
    reuters, bbc, *_ = _sentences(documents)
    return _holding(reuters, REUTERS), _holding(bbc, BBC)


def test_the_objects_two_sizes_are_shown_beside_the_passengers(documents):
    analysis = raw_briefing(209).analysis
    assert analysis is not None
    sized = [c for c in analysis.conflicts if "ranges" in c.reason]
    assert [(c.kind, c.reason) for c in sized] == [
        ("number", "Different ranges for one measure: 2 to 16 m vs 2 to 15 m")
    ]
    (conflict,) = sized
    assert [placed(documents, s.text)[0] for s in conflict.side_a] == [1]
    assert [placed(documents, s.text)[0] for s in conflict.side_b] == [2]
    assert REUTERS in conflict.side_a[0].text and BBC in conflict.side_b[0].text
    # the passengers' conflict the section showed before stays
    assert any("150 Chinese vs 153 Chinese" in c.reason for c in analysis.conflicts)


def test_each_range_is_read_with_its_unit_and_the_ministers_is_none(documents):
    assert ranges(REUTERS) == frozenset({("m", 2.0, 16.0)})
    assert ranges(BBC) == frozenset({("m", 2.0, 15.0), ("ft", 6.5, 50.0)})
    assert one_end_apart(("m", 2.0, 16.0), ("m", 2.0, 15.0))
    # both ends apart, or one unit against another, is no measure told two ways
    assert not one_end_apart(("m", 2.0, 16.0), ("m", 3.0, 15.0))
    assert not one_end_apart(("m", 2.0, 16.0), ("ft", 2.0, 15.0))
    # [3]'s "from 3 to 75 feet" writes no unit after its first end: not read
    minister = _holding(_sentences(documents)[2], "3 to 75 feet")
    assert ranges(minister.text) == frozenset()


def test_an_article_giving_both_ranges_tells_two_things(documents):
    reuters, bbc = _the_two(documents)
    assert _apart(reuters, bbc) == (("m", 2.0, 16.0), ("m", 2.0, 15.0))
    # the BBC article telling Reuters' sizes too gives the measure both ways itself
    both = list(documents)
    both[1] += f"\n\nReuters reported that the objects {REUTERS}."
    reuters, bbc = _the_two(both)
    assert _apart(reuters, bbc) is None


def _apart_pairs(clusters: list[dict]) -> list[tuple[int, tuple[Range, Range]]]:
    """Every pair of two articles' sentences whose ranges are one end apart, by cluster:
    the reading the rule pairs, before any likeness of the sentences is asked."""
    found = []
    for line, cluster in enumerate(clusters):
        if sum(bool(ranges(text)) for text in cluster["documents"]) < 2:
            continue  # fewer than two articles give a range
        articles = [
            [s for s in article if ranges(s.text)] for article in _sentences(cluster["documents"])
        ]
        for ours, theirs in itertools.combinations(articles, 2):
            found += [(line, pair) for a in ours for b in theirs if (pair := _apart(a, b))]
    return found


def test_only_209_gives_two_articles_ranges_one_end_apart():
    raw = _apart_pairs(read_clusters(RAW_VALIDATION, 250))
    assert raw == [(209, (("m", 2.0, 16.0), ("m", 2.0, 15.0)))]
    assert _apart_pairs(read_clusters(DUC, 30)) == []
