"""Fitting the scorer: scikit-learn gradient-boosted trees, exported to numpy arrays."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES
from chorus.summarize.scorers import TreeScorer, WordPrior
from chorus.training.examples import LABELS, build_examples
from chorus.training.prior import MIN_CLUSTERS, SMOOTHING, word_prior

if TYPE_CHECKING:
    from sklearn.ensemble import HistGradientBoostingRegressor

TREES = 200
LEAVES = 31
LEARNING_RATE = 0.1
MIN_LEAF = 50
HELD_OUT = 10
"""Every HELD_OUT-th cluster is first kept out of fitting and scored as a check; the
shipped trees are then fitted on all clusters."""


@dataclass(frozen=True, slots=True)
class TrainReport:
    clusters: int
    sentences: int
    held_out_correlation: float
    """Mean within-cluster Spearman correlation of predictions and labels, held out."""
    model_path: Path
    seconds: float


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _git(*args: str) -> str:
    out = subprocess.run(
        ["git", *args], capture_output=True, text=True, check=True, cwd=Path(__file__).parent
    )
    return out.stdout.strip()


def _commit() -> str:
    """HEAD of the source tree, with "+dirty" when the package has uncommitted changes."""
    try:
        commit = _git("rev-parse", "HEAD")
        dirty = _git("status", "--porcelain", "--", str(Path(__file__).parents[1]))
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + ("+dirty" if dirty else "")


def export_trees(model, metadata: dict, prior: WordPrior | None = None) -> TreeScorer:
    """A fitted HistGradientBoostingRegressor as flat numpy arrays (see TreeScorer),
    shipped with `prior`."""
    parts: dict[str, list[np.ndarray]] = {
        k: [] for k in ("feature", "threshold", "left", "right", "value", "leaf")
    }
    roots = []
    offset = 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not supported")
        roots.append(offset)
        parts["feature"].append(nodes["feature_idx"].astype(np.int32))
        parts["threshold"].append(nodes["num_threshold"].astype(np.float64))
        parts["left"].append(nodes["left"].astype(np.int32) + offset)
        parts["right"].append(nodes["right"].astype(np.int32) + offset)
        parts["value"].append(nodes["value"].astype(np.float64))
        parts["leaf"].append(nodes["is_leaf"].astype(bool))
        offset += len(nodes)
    return TreeScorer(
        feature_names=FEATURES,
        roots=np.asarray(roots, dtype=np.int32),
        baseline=float(np.ravel(model._baseline_prediction)[0]),
        metadata=metadata,
        word_prior=prior,
        **{name: np.concatenate(arrays) for name, arrays in parts.items()},
    )


def _within_cluster_correlation(
    predicted: np.ndarray, labels: np.ndarray, groups: np.ndarray
) -> float:
    from scipy.stats import spearmanr

    values = []
    for group in np.unique(groups):
        mine = groups == group
        if mine.sum() > 2 and np.ptp(labels[mine]) > 0 and np.ptp(predicted[mine]) > 0:
            values.append(spearmanr(predicted[mine], labels[mine]).statistic)
    return float(np.mean(values)) if values else float("nan")


CHECK_FIT = "trees for the held-out check"
SHIPPED_FIT = "trees on every cluster"


def fit_trees(
    features: np.ndarray,
    labels: np.ndarray,
    *,
    trees: int,
    seed: int,
    fitted: Callable[[int], None] = lambda done: None,
) -> HistGradientBoostingRegressor:
    """The gradient-boosted trees, `fitted` told the trees grown after each one: a fit took
    minutes on all of Multi-News+ train with nothing shown. (Grown a tenth at a time by warm
    starts, the trees were the same but the fit 70% slower: each start predicts again
    with every tree grown.)"""
    from sklearn.ensemble import HistGradientBoostingRegressor

    class Reporting(HistGradientBoostingRegressor):
        # scikit-learn takes no callback; at verbose 2 it calls this after every tree.
        def _print_iteration_stats(self, iteration_start_time: float) -> None:
            fitted(len(self._predictors))

    model = Reporting(
        max_iter=trees,
        learning_rate=LEARNING_RATE,
        max_leaf_nodes=LEAVES,
        min_samples_leaf=MIN_LEAF,
        early_stopping=False,
        random_state=seed,
        verbose=2,
    )
    # The rest verbose prints (binning, timings) is scikit-learn's, not chorus's output.
    with contextlib.redirect_stdout(io.StringIO()):
        model.fit(features, labels)
    return model


def train(
    data: Path,
    out: Path,
    *,
    limit: int | None = None,
    seed: int = 0,
    labels: str = "precision",
    trees: int = TREES,
    progress: Callable[[], None] = lambda: None,
    fitted: Callable[[str, int, int], None] = lambda fit, done, trees: None,
) -> TrainReport:
    """Build examples from `data`, fit the trees (seeded, reproducible), write `out`.
    `progress` is called after each cluster labelled, `fitted` after each tenth of a fit's
    trees with the fit (CHECK_FIT, SHIPPED_FIT), the trees grown and of how many."""
    if labels not in LABELS:
        raise ValueError(f"labels must be one of {', '.join(LABELS)}")
    started = dt.datetime.now()
    options = SummaryOptions()
    examples = build_examples(data, limit, options, labels, progress)
    held_out = examples.groups % HELD_OUT == HELD_OUT - 1
    if held_out.all() or not held_out.any():
        held_out = np.zeros_like(held_out)
    correlation = float("nan")
    if held_out.any():
        check = fit_trees(
            examples.features[~held_out],
            examples.labels[~held_out],
            trees=trees,
            seed=seed,
            fitted=lambda done: fitted(CHECK_FIT, done, trees),
        )
        correlation = _within_cluster_correlation(
            check.predict(examples.features[held_out]),
            examples.labels[held_out],
            examples.groups[held_out],
        )
    # The check done, the shipped trees are fitted on every cluster.
    model = fit_trees(
        examples.features,
        examples.labels,
        trees=trees,
        seed=seed,
        fitted=lambda done: fitted(SHIPPED_FIT, done, trees),
    )
    prior = word_prior(data, limit)
    scorer = export_trees(
        model,
        {
            "kind": "gradient-boosted trees (scikit-learn HistGradientBoostingRegressor)",
            "labels": labels,
            "data": data.name,
            "data_sha256": _file_digest(data),
            "clusters": examples.clusters,
            "sentences": len(examples.labels),
            "limit": limit,
            "seed": seed,
            "commit": _commit(),
            "trained": started.date().isoformat(),
            "trees": trees,
            "leaves": LEAVES,
            "learning_rate": LEARNING_RATE,
            "held_out_clusters": len(np.unique(examples.groups[held_out])),
            "held_out_correlation": correlation,
            "word_prior": {
                "words": len(prior.words),
                "min_clusters": MIN_CLUSTERS,
                "smoothing": SMOOTHING,
            },
        },
        prior,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    scorer.save(str(out))
    seconds = (dt.datetime.now() - started).total_seconds()
    return TrainReport(examples.clusters, len(examples.labels), correlation, out, seconds)
