"""`bench/eval_quality.py`'s mistakes caught before an hour of runs, each one line."""

import os
import subprocess
import sys

import pytest

from tests.conftest import DATA, REPO

SCRIPT = REPO / "bench" / "eval_quality.py"


def _run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments],
        capture_output=True,
        text=True,
        check=False,
        # argparse wraps help at hyphens too: wide enough for a path to stay whole
        env={**os.environ, "COLUMNS": "400"},
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--data", str(REPO)], f"{REPO}/multinews-raw-validation.jsonl.gz: no such file"),
        (["--data", str(DATA), "--out", "/no/such/folder/B.md"], "cannot write (no folder"),
        (["--data", str(DATA), "--out", str(REPO)], "is a directory; --out names"),
        (["--data", str(DATA), "--limit", "0"], "expected a whole number of at least 1, not '0'"),
    ],
)
def test_bench_refuses_a_wrong_path_or_limit_in_one_line_before_running(arguments, message):
    result = _run(*arguments)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("eval_quality.py: error: ") and message in last
    assert result.stdout == ""  # no chorus eval was started


def test_bench_help_names_the_datasets_and_the_defaults():
    result = _run("--help")
    assert result.returncode == 0
    text = result.stdout
    assert "multinews-raw-validation.jsonl.gz and duc2003-task2.jsonl.gz" in text
    assert str(DATA) in text and "(default: all)" in text
