"""One person's act dated two days by two articles (conflict_days.py), and one street put
at two blocks (conflict_blocks.py), on raw validation 161 (Tavin Price, shot at a car wash
over his red shoes): [2] (NBC4) has Dwight Smith arrested on June 17 ("On June 17,
detectives executed a search warrant at the home of Dwight Smith, 30, who was arrested")
and Kevin Johnson "A day later"; [3], from county inmate records, has it the other way
("Johnson was arrested June 17", "Smith was arrested June 18"). [1] puts the car wash in
the 3000 block of West Florence Avenue, [2] and [3] in the 3300 block. Multi-News+ train
678 (one party's shooting at two blocks of one street) and train 12981 (one block written
"13,000" and "13000") check the block rule's reading."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import pytest

from chorus import brief
from chorus.analyze.conflict_blocks import block_conflicts
from chorus.analyze.conflict_days import WORDS, _dated_acts, day_conflicts
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


@pytest.fixture(scope="module")
def price(raw) -> list[Conflict]:
    analysis = brief(raw[161]["documents"], words=250).analysis
    assert analysis is not None
    return list(analysis.conflicts)


def _rules(documents: list[str]) -> list[Conflict]:
    """The two rules alone over a cluster's sentences, split as the analysis splits them."""
    story = [s for article in as_articles(documents) for s in split(clean(article))]
    texts = [s.text for s in story]
    lowered = [text.lower() for text in texts]
    joined = Joined.of(lowered)
    return day_conflicts(story, texts, joined) + block_conflicts(story, lowered, joined)


def _places(documents: list[str], conflict: Conflict) -> tuple[list[int], list[int]]:
    """The places ([1], [2], ...) of the documents of each side of a conflict."""
    return (
        [placed(documents, s.text)[0] for s in conflict.side_a],
        [placed(documents, s.text)[0] for s in conflict.side_b],
    )


def test_the_two_arrests_are_shown_each_with_its_two_days(raw, price):
    documents = raw[161]["documents"]
    smith, johnson = [c for c in price if "arrest" in c.reason]
    assert (smith.kind, smith.reason) == (
        "date",
        "Different dates for Smith's arrest: June 17 vs June 18",
    )
    assert _places(documents, smith) == ([2], [3])
    assert "home of Dwight Smith, 30, who was arrested" in smith.side_a[0].text
    assert smith.side_b[0].text.startswith("Smith was arrested June 18")
    # [2]'s "A day later" is the day after its sentence before's June 17
    assert (johnson.kind, johnson.reason) == (
        "date",
        "Different dates for Johnson's arrest: June 18 vs June 17",
    )
    assert _places(documents, johnson) == ([2], [3])
    assert johnson.side_a[0].text.startswith("A day later, Kevin Johnson, 25, also was arrested")
    assert "Johnson was arrested June 17" in johnson.side_b[0].text


def test_each_act_is_read_only_beside_its_own_day():
    # the readings the rule makes of raw 161's sentences, each checked against the text;
    # "arrested last week" and "charged with murder on June 19" date nothing the rule reads
    said = [
        "On June 17, detectives executed a search warrant at the home of Dwight Smith, 30, "
        "who was arrested on suspicion of murder, police said.",
        "A day later, Kevin Johnson, 25, also was arrested on suspicion of murder.",
        "Two other men were arrested last week and were charged with murder on June 19, "
        "according to Barling.",
        "Jarrett was arrested on the afternoon of the killing and was being held on $500,000 bail.",
    ]
    assert _dated_acts(said[0], "") == [("Smith", "arrested", (6, 17), None)]
    assert _dated_acts(said[1], said[0]) == [("Johnson", "arrested", (6, 18), None)]
    assert _dated_acts(said[1], "") == []  # no sentence before, no day before
    assert _dated_acts(said[2], "") == []
    assert _dated_acts(said[3], "") == []


def test_the_car_washs_two_blocks_are_shown(raw, price):
    documents = raw[161]["documents"]
    (block,) = [c for c in price if "block" in c.reason]
    assert (block.kind, block.reason) == (
        "number",
        "Different blocks of West Florence Avenue: 3000 vs 3300",
    )
    assert _places(documents, block) == ([1], [2, 3])
    assert "car wash in the 3000 block" in block.side_a[0].text


def test_loomis_streets_party_is_at_two_blocks():
    documents = _plus_documents("train", {678})[678]
    (block,) = _rules(documents)
    assert block.reason == "Different blocks of South Loomis Street: 1300 vs 1200"
    assert all("party" in s.text or "shooting" in s.text for s in block.side_a + block.side_b)
    assert {s.article.id for s in block.side_a}.isdisjoint(s.article.id for s in block.side_b)


def test_one_block_written_with_and_without_a_comma_is_one_block():
    # "the 13000 block of deer creek drive" and "the 13,000 block of deer creek drive":
    # one home near Piedmont, one block
    documents = _plus_documents("train", {12981})[12981]
    assert sum("13,000 block of deer creek" in d for d in documents) == 1
    assert sum("13000 block of deer creek" in d for d in documents) == 1
    assert _rules(documents) == []


def told_in_two(raw: list[dict], holds: Callable[[str], bool]) -> tuple[list[list[str]], list[int]]:
    """The documents of the raw 250 clusters then the DUC 30, and the clusters two of whose
    articles `holds` something a rule reads."""
    with gzip.open(DATA / "duc2003-task2.jsonl.gz", "rt", encoding="utf-8") as lines:
        duc = [json.loads(line)["documents"] for line in lines]
    clusters = [cluster["documents"] for cluster in raw] + duc
    return clusters, [n for n, docs in enumerate(clusters) if sum(map(holds, docs)) >= 2]


def test_no_other_raw_or_duc_cluster_gets_either(raw):
    # the clusters where two articles tell an act the rule reads beside a day, or a block
    clusters, telling = told_in_two(raw, lambda d: any(w in d for w in (*WORDS, "block of")))
    assert 161 in telling and len(telling) > 60
    shown = {n: len(_rules(clusters[n])) for n in telling}
    assert {n: found for n, found in shown.items() if found} == {161: 3}
