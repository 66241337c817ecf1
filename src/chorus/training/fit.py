"""Fitting the scorer: a small scikit-learn MLP whose weights are exported to numpy."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES
from chorus.summarize.scorers import LearnedScorer
from chorus.training.examples import build_examples

HIDDEN_LAYERS = (32, 16)


@dataclass(frozen=True, slots=True)
class TrainReport:
    clusters: int
    sentences: int
    validation_r2: float
    model_path: Path


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def train(
    data: Path,
    out: Path,
    *,
    limit: int | None = None,
    seed: int = 0,
    max_iter: int = 60,
    progress: Callable[[], None] = lambda: None,
) -> TrainReport:
    """Build examples from `data`, fit the MLP (seeded, reproducible), write `out`."""
    from sklearn.neural_network import MLPRegressor

    options = SummaryOptions()
    examples = build_examples(data, limit, options, progress)
    mean = examples.features.mean(axis=0)
    scale = examples.features.std(axis=0)
    scale[scale == 0] = 1.0
    inputs = (examples.features - mean) / scale
    held_out = examples.groups % 10 == 0
    model = MLPRegressor(
        hidden_layer_sizes=HIDDEN_LAYERS,
        alpha=1e-4,
        batch_size=512,
        learning_rate_init=1e-3,
        max_iter=max_iter,
        early_stopping=True,
        n_iter_no_change=5,
        random_state=seed,
    )
    model.fit(inputs[~held_out], examples.labels[~held_out])
    validation_r2 = (
        float(model.score(inputs[held_out], examples.labels[held_out]))
        if held_out.any()
        else float("nan")
    )
    scorer = LearnedScorer(
        feature_names=FEATURES,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=tuple(w.astype(np.float32) for w in model.coefs_),
        biases=tuple(b.astype(np.float32) for b in model.intercepts_),
        metadata={
            "data": data.name,
            "data_sha256": _file_digest(data),
            "clusters": examples.clusters,
            "limit": limit,
            "seed": seed,
            "commit": _commit(),
            "trained": dt.date.today().isoformat(),
            "hidden_layers": list(HIDDEN_LAYERS),
            "validation_r2": validation_r2,
        },
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    scorer.save(str(out))
    return TrainReport(examples.clusters, len(examples.labels), validation_r2, out)
