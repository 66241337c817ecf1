"""Peak memory of `chorus brief` on real clusters: a 10-article cluster and a 300-article one.

    python bench/brief_memory.py

Each run is a fresh `python -m chorus brief` process (so imports and model loading count),
fed a JSON Lines file of raw Multi-News validation articles; peak RSS is the child's
`ru_maxrss`. Prints a Markdown table; the target is ≤ 300 MB for 10 articles.
"""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "multinews-raw-validation.jsonl.gz"


def articles(count: int) -> list[str]:
    """The longest raw validation articles, `count` of them, without repeats."""
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        texts = {d for line in lines for d in json.loads(line)["documents"]}
    return sorted(texts, key=len, reverse=True)[:count]


def peak_rss_mib(texts: list[str]) -> tuple[float, float]:
    """(peak RSS in MiB, wall seconds) of one `chorus brief` process over `texts`."""
    with tempfile.TemporaryDirectory() as scratch:
        cluster = Path(scratch) / "cluster.jsonl"
        cluster.write_text(
            "".join(
                json.dumps({"source": f"article {i}", "text": t}) + "\n"
                for i, t in enumerate(texts)
            ),
            encoding="utf-8",
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "chorus",
                "brief",
                str(cluster),
                "--out",
                str(Path(scratch) / "b.md"),
            ],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if after <= before:
        raise SystemExit(
            "peak RSS of the child did not exceed an earlier child's; run sizes in increasing order"
        )
    return after / 1024, seconds


def main() -> None:
    print("| articles | words | peak RSS (MiB) | wall time (s) |")
    print("|---:|---:|---:|---:|")
    for count in (10, 300):
        texts = articles(count)
        mib, seconds = peak_rss_mib(texts)
        words = sum(len(t.split()) for t in texts)
        print(f"| {count} | {words:,} | {mib:.0f} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
