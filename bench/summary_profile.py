"""Where a `chorus` call's time goes in `chorus eval` order, and where the sentences it
selects sit, over the raw validation clusters (or any dataset given).

    PYTHONPATH=src python3 bench/summary_profile.py [DATASET] [--limit N] [--words W] [--alone]

Each cluster is run through LexRank first, then through `chorus`, as `chorus eval
--systems chorus,lexrank` alternates them, so the caches are as cold as they are there;
`--alone` leaves LexRank out, so the difference is what its run costs chorus in evicted
caches. Stage times are CPU time, summed over the clusters; a stage's figure includes
the stages nested inside it (listed under it, indented). One call per stage is wrapped
where the caller looks it up, so the code measured is the code that ships. Two
remainders close the account: the call's time outside every top-level stage (the
harness' wrapper, checks, the Briefing) and summarize's outside the stages listed under
it (its per-sentence rules, the rules read after each selection, building the summary
sentences). The garbage collector's time inside the chorus calls is reported apart (it
falls where the allocations of both systems happen to trigger it).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

import chorus.api
import chorus.represent
import chorus.summarize
import chorus.summarize.cited
import chorus.summarize.features
import chorus.summarize.scorers
import chorus.summarize.ties
from chorus.evaluate.datasets import load
from chorus.evaluate.systems import resolve

RAW = Path("/work/shared/data/multinews-raw-validation.jsonl.gz")
STAGES: tuple[tuple[object, str, str], ...] = (
    (chorus.api, "as_articles", "ingest"),
    (chorus.api, "clean", "clean"),
    (chorus.api, "split_counting_runs", "split"),
    (chorus.api, "embed", "embed"),
    (chorus.represent.Embedder, "_tokenized", "  BPE of new pieces"),
    (chorus.api, "summarize", "summarize"),
    (chorus.summarize, "cluster_view", "  cluster_view"),
    (chorus.summarize.features, "token_terms", "    token_terms"),
    (chorus.summarize, "row_ties", "  row_ties"),
    (chorus.summarize.ties, "refers_back", "    refers_back"),
    (chorus.summarize, "feature_matrix", "  feature_matrix"),
    (chorus.summarize, "scores", "  scores"),
    (chorus.summarize.scorers, "exit_nodes", "    trees"),
    (chorus.summarize.scorers.WordPrior, "of_tokens", "    word prior"),
    (chorus.summarize, "select", "  select"),
    (chorus.summarize.cited, "near_duplicates", "  near_duplicates"),
    (chorus.summarize.cited, "retold_by", "  retold_by"),
    (chorus.summarize.cited, "supports", "  supports"),
)
OUTSIDE = "outside the stages"
SUMMARIZE_ELSEWHERE = "  summarize, elsewhere"
POSITIONS = (5, 10, 15, 20, 25, 30, 40)
RANKS = (10, 20, 30, 40, 60)


def timed(function: Callable, label: str, seconds: dict[str, float]) -> Callable:
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] += time.process_time() - start

    return run


def collector_clock(inside: dict[str, bool], seconds: dict[str, float]) -> Callable:
    """A `gc.callbacks` entry adding the time of collections inside a chorus call."""
    started = [0.0]

    def on_collection(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        elif inside["chorus"]:
            seconds[f"collector, generation {info['generation']}"] += (
                time.process_time() - started[0]
            )

    return on_collection


def recorded(function: Callable, key: str, seen: dict[str, object]) -> Callable:
    """`function`, keeping its last result (or, for `select`, its scores too) in `seen`."""

    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        seen[key] = result
        if key == "chosen":
            seen["scores"] = np.asarray(args[0])
        return result

    return run


def sentence_rows(seen: dict[str, object]) -> np.ndarray:
    """Per sentence of the last cluster: position in its article, words, score rank
    (0 = best) and whether it was selected."""
    view = seen["view"]
    scores = seen["scores"]
    position = np.arange(len(view.texts)) - view.article_starts[view.article_of]
    rank = np.empty(len(scores), dtype=np.int64)
    rank[np.argsort(-scores, kind="stable")] = np.arange(len(scores))
    chosen = np.zeros(len(scores), dtype=np.int64)
    chosen[seen["chosen"]] = 1
    return np.column_stack([position, view.words, rank, chosen])


def report_positions(rows: np.ndarray, clusters: int) -> None:
    chosen = rows[:, 3] == 1
    per_cluster = len(rows) / clusters
    print(f"\n{len(rows)} sentences ({per_cluster:.1f} a cluster), {chosen.sum()} selected")
    for column, name, bounds in ((0, "position", POSITIONS), (2, "score rank", RANKS)):
        for bound in bounds:
            kept = rows[:, column] < bound
            print(
                f"  {name} < {bound:3d}: {kept.mean():6.1%} of sentences, "
                f"{kept[chosen].mean():6.1%} of those selected"
            )
    short = rows[:, 1] < 9
    print(
        f"  under 9 words: {short.mean():6.1%} of sentences, "
        f"{short[chosen].mean():6.1%} of those selected"
    )
    for column, name in ((0, "position"), (1, "words"), (2, "score rank")):
        quantiles = np.percentile(rows[chosen, column], [50, 90, 95, 99, 100])
        print(f"  selected {name} 50/90/95/99/100%: " + " / ".join(f"{q:g}" for q in quantiles))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", nargs="?", type=Path, default=RAW)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--alone", action="store_true", help="no LexRank call between")
    arguments = parser.parse_args()
    clusters = load(arguments.dataset, arguments.limit).clusters
    chorus_system, lexrank = resolve(["chorus", "lexrank"], None, 60)
    for system in (chorus_system, lexrank):
        system(clusters[0].documents, arguments.words, [])

    seconds: dict[str, float] = defaultdict(float)
    seen: dict[str, object] = {}
    for owner, name, label in STAGES:
        setattr(owner, name, timed(getattr(owner, name), label, seconds))
    for key, name in (("view", "cluster_view"), ("chosen", "select")):
        setattr(chorus.summarize, name, recorded(getattr(chorus.summarize, name), key, seen))

    inside = {"chorus": False}
    gc.callbacks.append(collector_clock(inside, seconds))
    total = 0.0
    rows = []
    for cluster in clusters:
        if not arguments.alone:
            lexrank(cluster.documents, arguments.words, [])
        inside["chorus"] = True
        start = time.process_time()
        chorus_system(cluster.documents, arguments.words, [])
        total += time.process_time() - start
        inside["chorus"] = False
        rows.append(sentence_rows(seen))

    count = len(clusters)
    order = "alone" if arguments.alone else "eval order"
    print(f"chorus, {count} clusters, {order}: {1000 * total / count:.2f} ms a cluster (CPU)")
    labels = [label for _, _, label in STAGES]
    seconds[OUTSIDE] = total - sum(seconds[label] for label in labels if label[0] != " ")
    under_summarize = labels[labels.index("summarize") + 1 :]
    seconds[SUMMARIZE_ELSEWHERE] = seconds["summarize"] - sum(
        seconds[label] for label in under_summarize if label[2] != " "
    )
    # summarize's stages close the list, so its remainder is printed under them
    labels += [SUMMARIZE_ELSEWHERE, OUTSIDE]
    labels += sorted(label for label in seconds if label.startswith("collector"))
    for label in labels:
        print(f"  {label:24s} {1000 * seconds[label] / count:6.2f} ms")
    report_positions(np.concatenate(rows), count)


if __name__ == "__main__":
    main()
