"""What the cross-source analysis adds to `chorus brief` on real Multi-News clusters.

    python bench/analysis_speed.py [--clusters 60] [--runs 5]

1. In one process: brief(analyze=False) and brief(analyze=True) on the same clusters of
   multinews-raw-validation, alternating, after a warm-up (models and dateparser loaded,
   caches filled):
   ms per cluster, the analysis' own cost and the ratio of the totals, in wall time and
   in the process's CPU time (which the other work of a shared machine disturbs less).
2. The `chorus brief` command on one cluster (its articles as files in a temporary
   directory), with and without `--no-analysis`, alternating, `--runs` times each: the
   wall time a user waits, imports and model loading included, and the command's CPU time
   (user + system), which other work on a shared machine disturbs less than the wall time.

The bar: the analysis adds no more than 2× the plain briefing's time (ratio ≤ 3).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chorus import brief
from chorus.analyze.quote_matches import compile_patterns
from chorus.ingest import read_inputs

RAW_VALIDATION = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-raw-validation.jsonl.gz"
)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SOURCE = Path(__file__).resolve().parents[1] / "src"
"""The checkout's own package, so the command runs the code measured in process."""


def load(limit: int) -> list[list[str]]:
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["documents"] for _, line in zip(range(limit), lines, strict=False)]


def timed(documents: list[str], analyze: bool) -> tuple[float, float]:
    """Wall and CPU seconds of one briefing."""
    started, cpu = time.perf_counter(), time.process_time()
    brief(documents, words=250, analyze=analyze)
    return time.perf_counter() - started, time.process_time() - cpu


def in_process(clusters: list[list[str]]) -> None:
    for documents in clusters[:3]:
        timed(documents, analyze=True)
    # The seeds as `chorus brief` reads them are dated: their relative dates load
    # dateparser (~90 ms, once a process), a load like the models', which a raw cluster
    # dated only by its own lines (validation 19's "Feb. 5, 2018:") would otherwise pay here.
    brief(read_inputs([str(SEEDS)]).articles, words=250)
    # The quote patterns a briefing compiles when a sentence first needs one (~100 ms, once
    # a process) are compiled here too, as `chorus batch` warms its workers: until stop 41
    # the window paid them, ~0.7 ms a cluster over 250 clusters (~0.05 of the ratio).
    compile_patterns()
    plain_times, full_times = [], []
    for documents in clusters:
        plain_times.append(timed(documents, analyze=False))
        full_times.append(timed(documents, analyze=True))
    (plain, plain_cpu), (full, full_cpu) = (zip(*t, strict=True) for t in (plain_times, full_times))
    ratios = [f / p for p, f in zip(plain, full, strict=True)]
    plain_ms, full_ms = sum(plain) / len(plain) * 1000, sum(full) / len(full) * 1000
    print(f"{len(clusters)} clusters of multinews-raw-validation, in one process")
    print(f"brief(analyze=False): {plain_ms:.1f} ms per cluster (mean)")
    print(f"brief(analyze=True):  {full_ms:.1f} ms per cluster (mean)")
    print(f"the analysis adds:    {full_ms - plain_ms:.1f} ms per cluster")
    print(
        f"ratio of totals: {sum(full) / sum(plain):.2f}; median per-cluster ratio: "
        f"{statistics.median(ratios):.2f}"
    )
    print(
        f"CPU time per cluster: {sum(plain_cpu) / len(plain) * 1000:.1f} ms without the "
        f"analysis, {sum(full_cpu) / len(full) * 1000:.1f} ms with it; ratio of totals: "
        f"{sum(full_cpu) / sum(plain_cpu):.2f}"
    )


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def command_seconds(folder: Path, analysis: bool) -> tuple[float, float]:
    """Wall and CPU seconds of one `chorus brief` run."""
    command = [sys.executable, "-m", "chorus", "brief", str(folder), "--words", "250"]
    environment = {**os.environ, "PYTHONPATH": str(SOURCE)}
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(
        [*command, "--analysis" if analysis else "--no-analysis"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=environment,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def command(documents: list[str], runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(documents):
            (Path(folder) / f"article{number}.txt").write_text(text, encoding="utf-8")
        plain, full = [], []
        for _ in range(runs):
            plain.append(command_seconds(Path(folder), analysis=False))
            full.append(command_seconds(Path(folder), analysis=True))
    print(f"`chorus brief` on the first cluster ({len(documents)} articles), median of {runs}")
    for kind, column in (("wall", 0), ("CPU", 1)):
        plain_s = statistics.median(p[column] for p in plain)
        full_s = statistics.median(f[column] for f in full)
        print(
            f"{kind}: --no-analysis {plain_s:.2f} s; with the analysis {full_s:.2f} s; "
            f"ratio {full_s / plain_s:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    clusters = load(args.clusters)
    in_process(clusters)
    command(clusters[0], args.runs)


if __name__ == "__main__":
    main()
