"""Training examples: the summarizer's own features, labelled against the reference.

Two labellings (`LABELS`):

- "precision" (the default): the mean of a sentence's ROUGE-1 and ROUGE-2 precision
  against the reference, centred within the cluster. Under a fixed word budget a
  summary's ROUGE grows with the matching n-grams packed into it, so matches per word is
  what a budgeted selector should rank by; centring removes how easy a whole cluster's
  reference is, which no sentence can change.
- "oracle": 1 for the sentences a greedy ROUGE oracle picks for a 250-word summary,
  else 0. On Multi-News+ train, whose clusters are cut to ~430 words, the oracle takes
  more than half of every cluster, so these labels say little about which sentence is
  best; they measured worse on raw validation (docs/decisions.md) and are kept for that
  comparison.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chorus.clean import clean
from chorus.errors import ChorusError
from chorus.ingest import make_article
from chorus.ingest.clusters import not_json_lines, record_documents
from chorus.ingest.records import invalid_json, json_kind, parse_json
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES, ClusterView, cluster_view, feature_matrix

LABELS = ("precision", "oracle")
ORACLE_WORDS = 250


@dataclass(frozen=True, slots=True)
class Examples:
    features: np.ndarray
    labels: np.ndarray
    groups: np.ndarray
    clusters: int


def read_clusters(path: Path, limit: int | None) -> Iterator[tuple[list[str], str]]:
    """(documents, reference) per JSONL(.gz) line or table row, streaming."""
    # Imported here: `chorus brief` loads this package, and none of chorus.evaluate.
    from chorus.evaluate.datasets import is_table, open_binary, read_opening

    if is_table(path):
        yield from _table_clusters(path, limit)
        return
    kind = not_json_lines(read_opening(path))
    if kind is not None:
        # A UTF-16 file was "line 1: not UTF-8 (byte 1)", where eval and batch name it.
        raise ChorusError(
            f'{path}: {kind}, not JSON Lines: chorus train reads one {{"documents": [...], '
            '"summary": "..."} per line or a .csv with document and summary columns'
        )
    count = 0
    try:
        # Bytes decoded line by line: text mode decodes ahead, and a bad byte on line 2
        # was reported on line 1.
        with open_binary(path) as lines:
            for count, raw in enumerate(lines, start=1):
                if limit is not None and count > limit:
                    return
                yield _documents_and_reference(parse_json(_decoded(raw, count)))
    except FileNotFoundError:
        raise ChorusError(f"{path}: no such file") from None
    # Training reads a file it was pointed at whole: a bad line is an error, not a skip.
    except (OSError, EOFError) as exc:
        raise ChorusError(f"{path}: cannot read line {count + 1} ({exc})") from None
    except UnicodeDecodeError as exc:
        raise ChorusError(f"{path} line {count}: not UTF-8 (byte {exc.start + 1})") from None
    except ChorusError as exc:  # from parse_json, which cannot know the line
        raise ChorusError(f"{path} line {count}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ChorusError(f"{path} line {count}: {invalid_json(exc)}") from None
    except ValueError as exc:
        raise ChorusError(f"{path} line {count}: not a cluster with a reference: {exc}") from None


def _table_clusters(path: Path, limit: int | None) -> Iterator[tuple[list[str], str]]:
    """A table's rows as clusters (Kaggle's Multi-News: `document,summary`), which training
    refused as "invalid JSON" on line 1."""
    from chorus.evaluate.datasets import table_rows

    rows = table_rows(path)
    for where, row in rows if limit is None else itertools.islice(rows, limit):
        try:
            yield _documents_and_reference(row)
        except ValueError as exc:
            raise ChorusError(f"{where}: not a cluster with a reference: {exc}") from None


def _decoded(raw: bytes, number: int) -> str:
    # A byte order mark, as Windows' editors write one, is no part of line 1. The line end
    # goes first: a line cut short was "invalid JSON (... at column 1)", of a line after it.
    return raw.rstrip(b"\r\n").decode("utf-8-sig" if number == 1 else "utf-8")


def _documents_and_reference(record: object) -> tuple[list[str], str]:
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, not {json_kind(record)}")
    if "documents" not in record and "document" not in record:
        if "text" in record:
            raise ValueError("an article, not a cluster (chorus brief reads articles)")
        raise ValueError("no 'documents' field (nor Multi-News' 'document')")
    documents = record_documents(record)
    if documents is None:
        raise ValueError("'documents' must be a list of strings")
    summaries = record.get("summaries")
    first_summary = summaries[0] if isinstance(summaries, list) and summaries else ""
    reference = record.get("summary") or first_summary
    if not isinstance(reference, str) or not reference.strip():
        # an empty reference would label every sentence 0 and train on nothing true
        raise ValueError("no reference summary")
    return documents, reference.removeprefix("– ")


class Labeller:
    """Sentence labels against a reference, with ROUGE's own tokenizer and stemmer."""

    def __init__(self, kind: str) -> None:
        from rouge_score_rs import rouge_scorer, tokenizers

        if kind not in LABELS:
            raise ChorusError(f"labels must be one of {', '.join(LABELS)}, not {kind!r}")
        self.kind = kind
        self.rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
        self.tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)

    def __call__(self, texts: Sequence[str], reference: str) -> np.ndarray:
        if self.kind == "oracle":
            labels = np.zeros(len(texts), dtype=np.float32)
            labels[self.oracle(texts, reference)] = 1.0
            return labels
        scored = self.rouge.score_batch([reference] * len(texts), list(texts))
        labels = np.array(
            [(s["rouge1"].precision + s["rouge2"].precision) / 2 for s in scored],
            dtype=np.float32,
        )
        return labels - labels.mean()

    def oracle(self, texts: Sequence[str], reference: str, words: int = ORACLE_WORDS) -> list[int]:
        """Greedy: add the sentence that most raises mean ROUGE-1/2 F1 until none does."""
        tokens = [self.tokenizer.tokenize(t) for t in texts]
        grams = [(Counter(t), Counter(itertools.pairwise(t))) for t in tokens]
        ref = self.tokenizer.tokenize(reference)
        targets = (Counter(ref), Counter(itertools.pairwise(ref)))
        sizes = [max(sum(t.values()), 1) for t in targets]
        lengths = [len(t.split()) for t in texts]
        summary: tuple[Counter, Counter] = (Counter(), Counter())
        chosen: list[int] = []
        best, used = 0.0, 0
        while True:
            pick, pick_value = None, best
            for row, (unigrams, bigrams) in enumerate(grams):
                if row in chosen or not tokens[row] or used + lengths[row] > words:
                    continue
                value = (
                    _f1(summary[0] + unigrams, targets[0], sizes[0])
                    + _f1(summary[1] + bigrams, targets[1], sizes[1])
                ) / 2
                if value > pick_value:
                    pick, pick_value = row, value
            if pick is None:
                return chosen
            chosen.append(pick)
            summary = (summary[0] + grams[pick][0], summary[1] + grams[pick][1])
            best, used = pick_value, used + lengths[pick]


def _f1(candidate: Counter, reference: Counter, reference_size: int) -> float:
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(candidate.values()), overlap / reference_size
    return 2 * precision * recall / (precision + recall)


def cluster_examples(
    documents: list[str], reference: str, options: SummaryOptions, labeller: Labeller
) -> tuple[np.ndarray, np.ndarray] | None:
    """Features and labels for one cluster, or None when it has no sentences (but
    for cut-off ends)."""
    articles = [make_article(d, f"document {i}", origin="train") for i, d in enumerate(documents)]
    groups = [g for g in (split(clean(a)) for a in articles) if g]
    if not groups or not reference.strip():
        return None
    texts = [s.text for g in groups for s in g]
    view = cluster_view(groups, embed(texts))
    features = feature_matrix(view, options)
    kept = ~cut_off_ends(view, features)
    if not kept.any():
        return None
    # The fragments stay in the text the other sentences' features read.
    return features[kept], labeller([t for t, k in zip(texts, kept, strict=True) if k], reference)


def cut_off_ends(view: ClusterView, features: np.ndarray) -> np.ndarray:
    """Per sentence: whether it ends its article unfinished. Multi-News+ cuts four in
    five of its articles off mid-sentence; such a fragment is no sentence a raw article
    has, yet it was 94% of the unfinished training sentences, which taught the trees
    that "unfinished" is a cut-off line of the story, not the headline, byline or
    caption it is on raw text. Fragments are left out of the examples."""
    last = np.zeros(len(view.sentences), dtype=bool)
    last[np.append(view.article_starts[1:], len(last)) - 1] = True
    return last & (features[:, FEATURES.index("unfinished")] > 0)


def build_examples(
    path: Path,
    limit: int | None,
    options: SummaryOptions,
    labels: str = "precision",
    progress: Callable[[], None] = lambda: None,
) -> Examples:
    labeller = Labeller(labels)
    features, targets, groups = [], [], []
    for number, (documents, reference) in enumerate(read_clusters(path, limit)):
        example = cluster_examples(documents, reference, options, labeller)
        progress()
        if example is None:
            continue
        features.append(example[0])
        targets.append(example[1])
        groups.append(np.full(len(example[1]), number, dtype=np.int64))
    if not features:
        raise ChorusError(f"{path}: no usable clusters to train on")
    return Examples(
        features=np.concatenate(features),
        labels=np.concatenate(targets),
        groups=np.concatenate(groups),
        clusters=len(features),
    )
