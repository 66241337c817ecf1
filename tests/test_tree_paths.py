"""TreeScorer's table evaluation must equal walking every tree node by node."""

from __future__ import annotations

import numpy as np

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.features import FEATURES, cluster_view, feature_matrix
from chorus.summarize.scorers import TreeScorer, shipped_scorer


def _walk(scorer: TreeScorer, features: np.ndarray) -> np.ndarray:
    """The plain evaluation: each row descends each tree from its root."""
    rows = np.nan_to_num(np.asarray(features, dtype=np.float64))
    totals = np.empty((len(rows), scorer.trees))
    for r, row in enumerate(rows):
        for t, node in enumerate(scorer.roots):
            while not scorer.leaf[node]:
                goes_left = row[scorer.feature[node]] <= scorer.threshold[node]
                node = scorer.left[node] if goes_left else scorer.right[node]
            totals[r, t] = scorer.value[node]
    return scorer.baseline + totals.sum(axis=1)


def _random_tree(rng, leaves: int, features: int, arrays: dict, grid: np.ndarray) -> int:
    """Append a random tree with `leaves` leaves to `arrays`; return its root."""
    node = len(arrays["leaf"])
    for name in arrays:
        arrays[name].append(0)
    if leaves == 1:
        arrays["leaf"][node] = True
        arrays["value"][node] = rng.normal()
        return node
    arrays["leaf"][node] = False
    arrays["feature"][node] = rng.integers(features)
    arrays["threshold"][node] = rng.choice(grid)
    on_left = int(rng.integers(1, leaves))
    arrays["left"][node] = _random_tree(rng, on_left, features, arrays, grid)
    arrays["right"][node] = _random_tree(rng, leaves - on_left, features, arrays, grid)
    return node


def _random_scorer(rng, trees: int, max_leaves: int, grid: np.ndarray) -> TreeScorer:
    names = ("feature", "threshold", "left", "right", "value", "leaf")
    arrays: dict = {name: [] for name in names}
    sizes = rng.integers(1, max_leaves + 1, size=trees)
    roots = [_random_tree(rng, int(n), 3, arrays, grid) for n in sizes]
    dtypes = {"feature": np.int32, "left": np.int32, "right": np.int32, "leaf": bool}
    return TreeScorer(
        feature_names=("a", "b", "c"),
        roots=np.array(roots, dtype=np.int32),
        baseline=0.25,
        metadata={},
        **{name: np.array(arrays[name], dtype=dtypes.get(name, np.float64)) for name in names},
    )


def test_shipped_scorer_equals_the_walk_on_real_clusters(validation_clusters):
    scorer = shipped_scorer()
    for cluster in validation_clusters[:20]:
        groups = [
            split(clean(make_article(text, f"a{i}", origin="test")))
            for i, text in enumerate(cluster["documents"])
        ]
        groups = [g for g in groups if g]
        view = cluster_view(groups, embed([s.text for g in groups for s in g]))
        features = feature_matrix(view, SummaryOptions())
        assert features.shape[1] == len(FEATURES)
        assert np.array_equal(scorer(features), _walk(scorer, features))


def test_trees_of_any_size_with_ties_equal_the_walk():
    """More than 64 leaves (several bitset words), one-leaf trees, and values equal to
    thresholds (which go left)."""
    rng = np.random.default_rng(7)
    grid = np.array([-1.0, 0.0, 0.5, 1.0, 2.0])
    scorer = _random_scorer(rng, trees=30, max_leaves=150, grid=grid)
    assert any(scorer.leaf[root] for root in scorer.roots)
    rows = rng.choice(np.append(grid, [-5.0, 0.25, 9.0, np.nan]), size=(200, 3))
    assert np.array_equal(scorer(rows), _walk(scorer, rows))
