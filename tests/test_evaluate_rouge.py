"""rouge-score-rs must give rouge-score's numbers on real summaries and references."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chorus.evaluate import rouge
from chorus.evaluate.datasets import cluster_from_record
from chorus.evaluate.harness import truncate
from chorus.evaluate.splitter import reference_lines
from chorus.evaluate.systems import lead

DATA = Path(__file__).parents[1] / "../shared/data"


def _clusters(name: str, count: int) -> list:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as stream:
        records = [json.loads(line) for _, line in zip(range(count), stream, strict=False)]
    return [cluster_from_record(r, name, "?") for r in records]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    """(reference, lead summary) on 30 Multi-News clusters and all 120 DUC references."""
    found = []
    for name, count, words in (
        ("multinews-raw-validation.jsonl.gz", 30, 250),
        ("duc2003-task2.jsonl.gz", 30, 100),
    ):
        for cluster in _clusters(name, count):
            summary = "\n".join(truncate(lead(cluster.documents, words), words))
            found += [(reference_lines(r), summary) for r in cluster.references]
    return found


def test_fast_scorer_agrees_with_rouge_score_on_real_pairs(pairs: list[tuple[str, str]]) -> None:
    fast, slow = rouge.fast_scorer(), rouge.reference_scorer()
    assert fast is not None, "rouge-score-rs is part of the eval extra"
    assert len(pairs) == 150
    for target, prediction in pairs:
        ours, theirs = fast.score(target, prediction), slow.score(target, prediction)
        for metric in rouge.METRICS:
            assert tuple(ours[metric]) == pytest.approx(tuple(theirs[metric]), abs=1e-6)


def test_lsum_reads_one_sentence_per_line(pairs: list[tuple[str, str]]) -> None:
    target, prediction = pairs[0]
    assert target.count("\n") >= 3 and prediction.count("\n") >= 3
    on_lines = rouge.score(prediction.split("\n"), [target])
    on_one_line = rouge.score([prediction.replace("\n", " ")], [target.replace("\n", " ")])
    assert on_lines.rouge1 == pytest.approx(on_one_line.rouge1)
    assert on_lines.rouge_lsum != pytest.approx(on_one_line.rouge_lsum)


def test_score_averages_f1_over_references(pairs: list[tuple[str, str]]) -> None:
    slow = rouge.reference_scorer()
    duc = pairs[-4:]  # the four references of the last DUC cluster, one summary
    summary = duc[0][1]
    assert all(p == summary for _, p in duc)
    expected = sum(slow.score(t, summary)["rouge2"].fmeasure for t, _ in duc) / 4 * 100
    got = rouge.score(summary.split("\n"), [t for t, _ in duc])
    assert got.rouge2 == pytest.approx(expected, abs=1e-9)


def test_tokenize_is_rouge_scores_stemmed_tokenizer() -> None:
    assert rouge.backend() == "rouge-score-rs"
    assert rouge.tokenize("The runners were Running, quickly!") == [
        "the",
        "runner",
        "were",
        "run",
        "quickli",
    ]
