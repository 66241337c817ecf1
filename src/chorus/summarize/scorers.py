"""Sentence scorers: features in, one worth-including number per sentence out.

Two scorers share the feature matrix of `summarize.features`:

- "heuristic": a hand-weighted sum of a few features, tuned on raw Multi-News validation.
- "learned": gradient-boosted regression trees trained by `chorus train` on Multi-News+
  train to predict each sentence's ROUGE precision against the reference, z-scored
  within the cluster, plus `prior_weight` × the heuristic. The training text holds only
  the first ~430 words of each cluster, so it never shows the trees a sentence deep in a
  long raw article; the heuristic's position prior, tuned on raw text, covers that,
  and sentences past twice the training text's depth lose a little (`beyond_training`).
  A word prior learned from the same data (`WordPrior`) adds what the features cannot
  see: which words references use.

The trees ship inside the package as plain arrays (`chorus/data/scorer.npz`) and are
evaluated with numpy: no scikit-learn, no download, at run time.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from chorus.errors import ChorusError
from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES, ClusterView
from chorus.summarize.lexical import marked_tokens
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
_PRIOR_ARRAYS = ("prior_words", "prior_values", "prior_default")
_BETWEEN_TEXTS = -1.0
"""What the mark `marked_tokens` puts between texts looks up to: no word's prior."""


@dataclass(frozen=True, slots=True, eq=False)
class WordPrior:
    """Per word (a lowercased `[a-z0-9]` run, as ROUGE reads it): the share of training
    clusters using it in their articles whose reference uses it too, smoothed toward
    `default`, the share over all words (which unlisted, rare words get).

    A sentence's mean is the ROUGE-1 precision its words earn with a typical reference,
    before anything is known of the story. The trees see no words, only features of
    them; this is what they miss: the function words and plain reporting language
    references are written in score high, names and page text of one story low.
    """

    words: tuple[str, ...]
    values: np.ndarray
    default: float
    _lookup: dict[bytes, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup = dict(zip((w.encode() for w in self.words), self.values.tolist(), strict=True))
        # `marked_tokens` marks where one text ends with a token that is no word.
        (between,) = marked_tokens(["", ""])
        lookup[between] = _BETWEEN_TEXTS
        object.__setattr__(self, "_lookup", lookup)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """Per text: the mean prior of its words (`default` for a text without words)."""
        return self.of_tokens(marked_tokens(texts), len(texts))

    def of_tokens(self, tokens: Sequence[bytes], texts: int) -> np.ndarray:
        """The prior of `texts` texts from their `marked_tokens`, when the caller has them."""
        values = np.fromiter(
            map(self._lookup.get, tokens, itertools.repeat(self.default)),
            dtype=np.float64,
            count=len(tokens),
        )
        between = values == _BETWEEN_TEXTS
        text_of = np.cumsum(between)[~between]
        totals = np.bincount(text_of, weights=values[~between], minlength=texts)
        counts = np.bincount(text_of, minlength=texts)
        return np.divide(totals, counts, out=np.full(texts, self.default), where=counts > 0)

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "prior_words": np.array("\n".join(self.words)),
            "prior_values": self.values,
            "prior_default": np.array(self.default),
        }

    @classmethod
    def from_arrays(cls, arrays) -> WordPrior:
        text = str(arrays["prior_words"])
        return cls(
            words=tuple(text.split("\n")) if text else (),
            values=np.asarray(arrays["prior_values"], dtype=np.float32),
            default=float(arrays["prior_default"]),
        )


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
    word_prior: WordPrior | None = None
    """Shipped beside the trees: learned from the same clusters by `chorus train`."""

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
        if self.word_prior is not None:
            arrays.update(self.word_prior.arrays())
        np.savez_compressed(path, metadata=np.array(json.dumps(meta)), **arrays)

    @classmethod
    def load(cls, source) -> TreeScorer:
        with np.load(source, allow_pickle=False) as arrays:
            missing = [name for name in (*_TREE_ARRAYS, "metadata") if name not in arrays.files]
            if missing:
                raise ChorusError(f"not a chorus tree scorer (missing {', '.join(missing)})")
            metadata = json.loads(str(arrays["metadata"]))
            loaded = {name: arrays[name] for name in _TREE_ARRAYS}
            prior = None
            if all(name in arrays.files for name in _PRIOR_ARRAYS):
                prior = WordPrior.from_arrays(arrays)
        return cls(
            feature_names=tuple(metadata.pop("features")),
            baseline=float(metadata.pop("baseline")),
            metadata=metadata,
            word_prior=prior,
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


TRAINED_WORDS = 430
"""Multi-News+ keeps about this many words of each training cluster, shared among its
articles, so the trees never saw a sentence deeper in an article than its share."""


def beyond_training(view: ClusterView) -> np.ndarray:
    """Per sentence: whether it starts after twice its article's share of TRAINED_WORDS,
    deeper than any sentence the trees were fitted on, where their score is a guess."""
    before = np.cumsum(view.words) - view.words
    before -= before[view.article_starts][view.article_of]
    return before >= 2 * TRAINED_WORDS / view.articles


def learned_scores(
    features: np.ndarray,
    options: SummaryOptions,
    scorer: TreeScorer | None = None,
    view: ClusterView | None = None,
) -> np.ndarray:
    """The trees' z-scored prediction plus the weighted heuristic and, given the
    cluster's `view`, the z-scored word prior of each sentence's text and the penalty
    for sentences beyond the training text's depth."""
    model = scorer or shipped_scorer()
    values = standardized(model(features))
    values += options.prior_weight * heuristic_scores(features, options)
    if view is not None:
        if model.word_prior is not None and options.word_prior_weight:
            prior = model.word_prior.of_tokens(view.tokens, len(view.texts))
            values += options.word_prior_weight * standardized(prior)
        values -= options.depth_penalty * beyond_training(view)
    return values


def scores(
    features: np.ndarray, options: SummaryOptions, view: ClusterView | None = None
) -> np.ndarray:
    """Per sentence (rows of `features`, computed from `view`, which the learned scorer
    also reads)."""
    if options.scorer == "heuristic":
        return heuristic_scores(features, options)
    return learned_scores(features, options, view=view)
