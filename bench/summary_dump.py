"""Dump the summaries of `chorus` and `chorus:heuristic` for the benchmark clusters, so a
speed change can be checked to leave every summary as it was (diff two dumps).

    PYTHONPATH=src python3 bench/summary_dump.py > before.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from chorus.evaluate.datasets import load
from chorus.evaluate.systems import resolve

DATA = Path("/work/shared/data")
RUNS = (("multinews-raw-validation.jsonl.gz", 250), ("duc2003-task2.jsonl.gz", 100))
SYSTEMS = ("chorus", "chorus:heuristic")


def main() -> None:
    systems = resolve(list(SYSTEMS), None, 60)
    for name, words in RUNS:
        for number, cluster in enumerate(load(DATA / name).clusters):
            for system in systems:
                summary = system(cluster.documents, words, [])
                sys.stdout.write(f"# {name} {number} {system.name}\n")
                sys.stdout.write("".join(line + "\n" for line in summary))


if __name__ == "__main__":
    main()
