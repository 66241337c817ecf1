"""Sentence scorers: features in, one worth-including number per sentence out.

Two scorers share the feature matrix of `summarize.features`: a hand-weighted linear
one (tuned on raw Multi-News validation) and a small neural network trained by
`chorus train` on Multi-News+ train, whose weights ship inside the package.
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


@dataclass(frozen=True, slots=True, eq=False)
class LearnedScorer:
    """A multilayer perceptron (ReLU hidden layers, linear output) over standardised features."""

    feature_names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    metadata: dict

    def __call__(self, features: np.ndarray) -> np.ndarray:
        hidden = (features - self.mean) / self.scale
        for weight, bias in zip(self.weights[:-1], self.biases[:-1], strict=True):
            hidden = np.maximum(hidden @ weight + bias, 0.0)
        return (hidden @ self.weights[-1] + self.biases[-1]).ravel()

    def save(self, path: str) -> None:
        arrays = {"mean": self.mean, "scale": self.scale}
        for i, (weight, bias) in enumerate(zip(self.weights, self.biases, strict=True)):
            arrays[f"weight_{i}"] = weight
            arrays[f"bias_{i}"] = bias
        meta = {**self.metadata, "features": list(self.feature_names)}
        np.savez_compressed(path, metadata=np.array(json.dumps(meta)), **arrays)

    @classmethod
    def load(cls, source) -> LearnedScorer:
        with np.load(source, allow_pickle=False) as arrays:
            metadata = json.loads(str(arrays["metadata"]))
            layers = sum(1 for key in arrays.files if key.startswith("weight_"))
            return cls(
                feature_names=tuple(metadata.pop("features")),
                mean=arrays["mean"],
                scale=arrays["scale"],
                weights=tuple(arrays[f"weight_{i}"] for i in range(layers)),
                biases=tuple(arrays[f"bias_{i}"] for i in range(layers)),
                metadata=metadata,
            )


@functools.cache
def shipped_scorer() -> LearnedScorer:
    """The scorer trained by `chorus train`, loaded once from the package data."""
    resource = resources.files("chorus") / "data" / MODEL_FILE
    if not resource.is_file():
        raise ChorusError(f"the trained scorer {MODEL_FILE} is missing from the chorus package")
    with resources.as_file(resource) as path:
        scorer = LearnedScorer.load(path)
    if scorer.feature_names != FEATURES:
        raise ChorusError(f"{MODEL_FILE} was trained on other features; run chorus train")
    return scorer


def scores(features: np.ndarray, options: SummaryOptions) -> np.ndarray:
    if options.scorer == "heuristic":
        return heuristic_scores(features, options)
    return shipped_scorer()(features)
