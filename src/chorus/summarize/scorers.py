"""Sentence scorers: features in, one worth-including number per sentence out.

Two scorers share the feature matrix of `summarize.features`:

- "heuristic": a hand-weighted sum of a few features, tuned on raw Multi-News validation.
- "learned": gradient-boosted regression trees trained by `chorus train` on Multi-News+
  train to predict each sentence's ROUGE precision against the reference, z-scored
  within the cluster, plus `prior_weight` × the heuristic. The training text holds only
  the first ~430 words of each cluster, so it never shows the trees a sentence deep in a
  long raw article; the heuristic's position prior, tuned on raw text, covers that.

The trees ship inside the package as plain arrays (`chorus/data/scorer.npz`) and are
evaluated with numpy: no scikit-learn, no download, at run time.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

import numpy as np

from chorus.errors import ChorusError
from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES
from chorus.summarize.tree_paths import exit_nodes

MODEL_FILE = "scorer.npz"


def heuristic_scores(features: np.ndarray, options: SummaryOptions) -> np.ndarray:
    column = {name: features[:, i] for i, name in enumerate(FEATURES)}
    return (
        options.position_weight * column["lead_prior"]
        + options.centrality_weight * column["centrality"]
        + options.relevance_weight * column["relevance"]
        + options.support_weight * column["support"]
        - options.headline_penalty * column["unfinished"]
        - options.long_penalty * column["long"]
    )


_TREE_ARRAYS = ("feature", "threshold", "left", "right", "value", "leaf", "roots")


@dataclass(frozen=True, slots=True, eq=False)
class TreeScorer:
    """An additive ensemble of binary regression trees over the raw feature values.

    All trees' nodes are stored in flat arrays: node `i` sends a row to `left[i]` when
    `row[feature[i]] <= threshold[i]`, else to `right[i]`; a leaf adds `value[i]`.
    `roots[t]` is the first node of tree `t`.
    """

    feature_names: tuple[str, ...]
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    leaf: np.ndarray
    roots: np.ndarray
    baseline: float
    metadata: dict

    @property
    def trees(self) -> int:
        return len(self.roots)

    def __call__(self, features: np.ndarray) -> np.ndarray:
        rows = np.nan_to_num(np.asarray(features, dtype=np.float64))
        if rows.shape[1] != len(self.feature_names):
            raise ChorusError(
                f"scorer expects {len(self.feature_names)} features, got {rows.shape[1]}"
            )
        # Exit leaves from per-feature tables built once per scorer (see tree_paths).
        return self.baseline + self.value[exit_nodes(self, rows)].sum(axis=1)

    def save(self, path: str) -> None:
        meta = {**self.metadata, "features": list(self.feature_names), "baseline": self.baseline}
        arrays = {name: getattr(self, name) for name in _TREE_ARRAYS}
        np.savez_compressed(path, metadata=np.array(json.dumps(meta)), **arrays)

    @classmethod
    def load(cls, source) -> TreeScorer:
        with np.load(source, allow_pickle=False) as arrays:
            missing = [name for name in (*_TREE_ARRAYS, "metadata") if name not in arrays.files]
            if missing:
                raise ChorusError(f"not a chorus tree scorer (missing {', '.join(missing)})")
            metadata = json.loads(str(arrays["metadata"]))
            loaded = {name: arrays[name] for name in _TREE_ARRAYS}
        return cls(
            feature_names=tuple(metadata.pop("features")),
            baseline=float(metadata.pop("baseline")),
            metadata=metadata,
            **loaded,
        )


@functools.cache
def shipped_scorer() -> TreeScorer:
    """The scorer trained by `chorus train`, loaded once from the package data."""
    resource = resources.files("chorus") / "data" / MODEL_FILE
    if not resource.is_file():
        raise ChorusError(f"the trained scorer {MODEL_FILE} is missing from the chorus package")
    with resources.as_file(resource) as path:
        scorer = TreeScorer.load(path)
    if scorer.feature_names != FEATURES:
        raise ChorusError(f"{MODEL_FILE} was trained on other features; run chorus train")
    return scorer


def standardized(values: np.ndarray) -> np.ndarray:
    """Values z-scored within the cluster (all zeros when they do not vary)."""
    spread = float(values.std())
    if spread == 0.0:
        return np.zeros_like(values, dtype=np.float64)
    return (values - values.mean()) / spread


def learned_scores(
    features: np.ndarray, options: SummaryOptions, scorer: TreeScorer | None = None
) -> np.ndarray:
    predicted = (scorer or shipped_scorer())(features)
    return standardized(predicted) + options.prior_weight * heuristic_scores(features, options)


def scores(features: np.ndarray, options: SummaryOptions) -> np.ndarray:
    if options.scorer == "heuristic":
        return heuristic_scores(features, options)
    return learned_scores(features, options)
