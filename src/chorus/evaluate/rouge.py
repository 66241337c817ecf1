"""ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 exactly as Google's rouge-score computes them.

use_stemmer=True; ROUGE-Lsum reads one sentence per line. rouge-score-rs (a Rust port
that claims bit-identical scores) is used when it is installed and agrees with
rouge-score on a check pair; tests/test_evaluate_rouge.py holds it to that on real data.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any, Protocol

METRICS = ("rouge1", "rouge2", "rougeLsum")

_CHECK_TARGET = "The runners were running quickly.\nThey won 3 medals at the games!"
_CHECK_PREDICTION = "Runners ran quick races and won medals.\nThe games were over."


class Scorer(Protocol):
    def score(self, target: str, prediction: str) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Scores:
    """F1 × 100 for each metric."""

    rouge1: float
    rouge2: float
    rouge_lsum: float

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.rouge1, self.rouge2, self.rouge_lsum)


def reference_scorer() -> Scorer:
    from rouge_score.rouge_scorer import RougeScorer
    from rouge_score.tokenizers import DefaultTokenizer

    # The same tokenizer it would make itself; passing it skips an INFO log line.
    return RougeScorer(list(METRICS), tokenizer=DefaultTokenizer(use_stemmer=True))


def fast_scorer() -> Scorer | None:
    """rouge-score-rs' scorer, or None when it is not installed."""
    try:
        from rouge_score_rs.rouge_scorer import RougeScorer
    except ImportError:
        return None
    return RougeScorer(list(METRICS), use_stemmer=True)


def _agree(first: Scorer, second: Scorer) -> bool:
    one = first.score(_CHECK_TARGET, _CHECK_PREDICTION)
    two = second.score(_CHECK_TARGET, _CHECK_PREDICTION)
    return all(tuple(one[m]) == tuple(two[m]) for m in METRICS)


@functools.cache
def scorer() -> Scorer:
    """The fast scorer when it is there and agrees with rouge-score, else rouge-score."""
    fast = fast_scorer()
    if fast is not None and _agree(fast, reference_scorer()):
        return fast
    return reference_scorer()


def backend() -> str:
    """The name of the package doing the scoring."""
    return scorer().__class__.__module__.split(".")[0].replace("_", "-")


@functools.cache
def _tokenizer() -> Any:
    if backend() == "rouge-score-rs":
        from rouge_score_rs.tokenizers import DefaultTokenizer
    else:
        from rouge_score.tokenizers import DefaultTokenizer
    return DefaultTokenizer(use_stemmer=True)


def tokenize(text: str) -> list[str]:
    """ROUGE's tokens of a text: lowercased runs of [a-z0-9], Porter-stemmed."""
    return _tokenizer().tokenize(text)


def score(summary: Sequence[str], references: Sequence[str], using: Scorer | None = None) -> Scores:
    """A summary (one sentence per item) against references (one sentence per line):
    F1 × 100 of each metric, averaged over the references."""
    prediction = "\n".join(summary)
    results = [(using or scorer()).score(target, prediction) for target in references]
    r1, r2, rl = (100 * fmean(r[m].fmeasure for r in results) for m in METRICS)
    return Scores(r1, r2, rl)
