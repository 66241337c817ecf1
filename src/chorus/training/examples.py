"""Training examples: the summarizer's own features, labelled against the reference.

A sentence's label is the mean of its ROUGE-1 and ROUGE-2 precision against the
cluster's reference summary, centred within the cluster. Under a fixed word budget the
summary's ROUGE grows with the matching n-grams packed into it, so precision — matches
per word — is what a greedy selector should rank by; centring removes how easy a whole
cluster's reference is, which no sentence can change.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chorus.clean import clean
from chorus.errors import ChorusError
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.features import cluster_view, feature_matrix


@dataclass(frozen=True, slots=True)
class Examples:
    features: np.ndarray
    labels: np.ndarray
    groups: np.ndarray
    clusters: int


def read_clusters(path: Path, limit: int | None) -> Iterator[tuple[list[str], str]]:
    """(documents, reference) per JSONL(.gz) line, streaming."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for count, line in enumerate(lines):
                if limit is not None and count >= limit:
                    return
                record = json.loads(line)
                reference = record.get("summary") or (record.get("summaries") or [""])[0]
                yield record["documents"], reference.removeprefix("– ")
    except FileNotFoundError:
        raise ChorusError(f"{path}: no such file") from None


def cluster_examples(
    documents: list[str], reference: str, options: SummaryOptions, rouge
) -> tuple[np.ndarray, np.ndarray] | None:
    """Features and centred labels for one cluster, or None when it has no sentences."""
    articles = [make_article(d, f"document {i}", origin="train") for i, d in enumerate(documents)]
    groups = [g for g in (split(clean(a)) for a in articles) if g]
    if not groups or not reference.strip():
        return None
    texts = [s.text for g in groups for s in g]
    view = cluster_view(groups, embed(texts))
    scored = rouge.score_batch([reference] * len(texts), texts)
    labels = np.array(
        [(s["rouge1"].precision + s["rouge2"].precision) / 2 for s in scored], dtype=np.float32
    )
    return feature_matrix(view, options), labels - labels.mean()


def build_examples(path: Path, limit: int | None, options: SummaryOptions, progress) -> Examples:
    from rouge_score_rs import rouge_scorer

    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    features, labels, groups = [], [], []
    for number, (documents, reference) in enumerate(read_clusters(path, limit)):
        example = cluster_examples(documents, reference, options, rouge)
        progress()
        if example is None:
            continue
        features.append(example[0])
        labels.append(example[1])
        groups.append(np.full(len(example[1]), number, dtype=np.int64))
    if not features:
        raise ChorusError(f"{path}: no usable clusters to train on")
    return Examples(
        features=np.concatenate(features),
        labels=np.concatenate(labels),
        groups=np.concatenate(groups),
        clusters=len(features),
    )
