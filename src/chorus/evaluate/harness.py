"""Run systems over clusters: the same clusters, the same budget, the same process.

Clusters are the outer loop and systems the inner one, so a slow stretch of a noisy
machine falls on every system alike. Each system is warmed up on the first cluster
(imports, model loading) before anything is timed; then only the summarizer call is
timed, from raw article text to summary sentences.

Memory is the rise of the process' peak resident set size (Linux VmHWM, reset before
each call through /proc/self/clear_refs) over its size before the call: native and
numpy memory count, unlike with tracemalloc, and nothing slows the timed call. The
warm-up call's rise is reported apart, as the system's load (imports, model loading).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chorus.errors import ChorusError
from chorus.evaluate import rouge
from chorus.evaluate.datasets import Cluster
from chorus.evaluate.splitter import reference_lines
from chorus.evaluate.systems import System

BOOTSTRAP_SAMPLES = 1000
_CLEAR_REFS = Path("/proc/self/clear_refs")
_STATUS = Path("/proc/self/status")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One system on one cluster."""

    cluster: str
    system: str
    summary: tuple[str, ...]
    scores: rouge.Scores
    seconds: float
    peak_bytes: int | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Interval:
    mean: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class SystemResult:
    """A system's figures over all clusters."""

    name: str
    rouge1: Interval
    rouge2: Interval
    rouge_lsum: Interval
    clusters_per_second: float
    load_mib: float | None
    """Memory rise of the warm-up call: imports and model loading (an import shared by
    several systems counts for the first one run)."""
    peak_mib: float | None
    """Largest memory rise of one timed call."""
    failures: int
    speed_vs_chorus: float | None


def truncate(sentences: Sequence[str], words: int) -> tuple[str, ...]:
    """The first `words` whitespace words of a summary, still one sentence per item."""
    kept: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()[:left]
        if tokens:
            kept.append(" ".join(tokens))
        left -= len(tokens)
        if left <= 0:
            break
    return tuple(kept)


def _status_kib(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise ChorusError(f"{_STATUS}: no {field}")


def peak_rss_supported() -> bool:
    try:
        _CLEAR_REFS.write_text("5")
        _status_kib("VmHWM")
    except (OSError, ChorusError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class Call:
    summary: list[str]
    seconds: float
    peak_bytes: int | None
    error: str | None


def timed_call(system: System, cluster: Cluster, words: int, measure_memory: bool) -> Call:
    """Call a system once: its output (or the error it reported), time and memory rise."""
    start_kib = 0
    if measure_memory:
        _CLEAR_REFS.write_text("5")
        start_kib = _status_kib("VmRSS")
    error = None
    start = time.perf_counter()
    try:
        summary = system(cluster.documents, words, cluster.references)
    except ChorusError as exc:
        summary, error = [], str(exc)
    seconds = time.perf_counter() - start
    peak = (_status_kib("VmHWM") - start_kib) * 1024 if measure_memory else None
    return Call(summary, seconds, peak, error)


def evaluate(
    clusters: Sequence[Cluster],
    systems: Sequence[System],
    words: int,
    *,
    on_cluster: Callable[[Cluster], None] | None = None,
    on_failure: Callable[[Outcome], None] | None = None,
) -> tuple[list[Outcome], dict[str, int | None]]:
    """Every system on every cluster: outcomes in cluster order, and each system's
    warm-up memory rise in bytes (None where it cannot be measured)."""
    if not clusters:
        raise ChorusError("no clusters to evaluate")
    rouge.scorer()  # loaded (with rouge-score's NLTK) before any system's memory is measured
    memory = peak_rss_supported()
    warmup = {
        s.name: timed_call(s, clusters[0], words, memory and s.in_process).peak_bytes
        for s in systems
    }
    outcomes: list[Outcome] = []
    for cluster in clusters:
        references = [reference_lines(r) for r in cluster.references]
        for system in systems:
            call = timed_call(system, cluster, words, memory and system.in_process)
            summary = truncate(call.summary, words)
            outcome = Outcome(
                cluster=cluster.id,
                system=system.name,
                summary=summary,
                scores=rouge.score(summary, references),
                seconds=call.seconds,
                peak_bytes=call.peak_bytes,
                error=call.error,
            )
            outcomes.append(outcome)
            if outcome.error is not None and on_failure is not None:
                on_failure(outcome)
        if on_cluster is not None:
            on_cluster(cluster)
    return outcomes, warmup


def bootstrap(values: np.ndarray, seed: int, samples: int = BOOTSTRAP_SAMPLES) -> np.ndarray:
    """95% percentile interval of the column means, resampling rows: shape (2, columns)."""
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, len(values), size=(samples, len(values)))
    means = values[rows].mean(axis=1)
    return np.percentile(means, [2.5, 97.5], axis=0)


def summarize(
    outcomes: Sequence[Outcome],
    warmup: dict[str, int | None],
    seed: int,
) -> list[SystemResult]:
    """Per system: mean F1 with a 95% bootstrap interval (the same resampled clusters for
    every system), clusters per second, peak memory rise and failures."""
    by_system: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_system.setdefault(outcome.system, []).append(outcome)
    speeds = {
        name: len(mine) / max(sum(o.seconds for o in mine), 1e-12)
        for name, mine in by_system.items()
    }
    results = []
    for name, mine in by_system.items():
        values = np.array([o.scores.as_tuple() for o in mine], dtype=np.float64)
        means, (lows, highs) = values.mean(axis=0), bootstrap(values, seed)
        peaks = [o.peak_bytes for o in mine if o.peak_bytes is not None]
        load = warmup.get(name)
        results.append(
            SystemResult(
                name=name,
                rouge1=Interval(means[0], lows[0], highs[0]),
                rouge2=Interval(means[1], lows[1], highs[1]),
                rouge_lsum=Interval(means[2], lows[2], highs[2]),
                clusters_per_second=speeds[name],
                load_mib=None if load is None else load / 2**20,
                peak_mib=max(peaks) / 2**20 if peaks else None,
                failures=sum(o.error is not None for o in mine),
                speed_vs_chorus=speeds[name] / speeds["chorus"] if "chorus" in speeds else None,
            )
        )
    return results
