"""What the cross-source analysis adds to `chorus brief` on real Multi-News clusters.

    python bench/analysis_speed.py [--clusters 60]

Times brief(analyze=False) and brief(analyze=True) on the same clusters of
multinews-raw-validation, alternating in one process after a warm-up (models loaded,
caches filled), and prints the totals and their ratio. The bar: the analysis adds no
more than 2× the plain briefing's time (ratio ≤ 3).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

from chorus import brief

RAW_VALIDATION = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-raw-validation.jsonl.gz"
)


def load(limit: int) -> list[list[str]]:
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["documents"] for _, line in zip(range(limit), lines, strict=False)]


def timed(documents: list[str], analyze: bool) -> float:
    started = time.perf_counter()
    brief(documents, words=250, analyze=analyze)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=60)
    args = parser.parse_args()
    clusters = load(args.clusters)
    for documents in clusters[:3]:
        timed(documents, analyze=True)
    plain, full = [], []
    for documents in clusters:
        plain.append(timed(documents, analyze=False))
        full.append(timed(documents, analyze=True))
    ratios = [f / p for p, f in zip(plain, full, strict=True)]
    print(f"{len(clusters)} clusters of multinews-raw-validation")
    print(f"brief(analyze=False): {sum(plain) / len(plain) * 1000:.1f} ms per cluster (mean)")
    print(f"brief(analyze=True):  {sum(full) / len(full) * 1000:.1f} ms per cluster (mean)")
    print(
        f"ratio of totals: {sum(full) / sum(plain):.2f}; median per-cluster ratio: "
        f"{statistics.median(ratios):.2f}"
    )


if __name__ == "__main__":
    main()
