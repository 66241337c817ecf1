"""`chorus batch` and `chorus train` in a log (stderr no terminal: `nohup`, a file, CI):
a line at each tenth of the work, as `chorus eval` prints, where rich drew its bar once, at
the end; and `batch --out` refused without a lock file left beside it or named for it."""

from __future__ import annotations

import gzip
import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from chorus.cli import app
from tests.conftest import DATA, RAW_VALIDATION, SEEDS

runner = CliRunner()
PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


def _first_lines(source: Path, count: int, out: Path) -> Path:
    with gzip.open(source, "rb") as lines:
        out.write_bytes(b"".join(next(lines) for _ in range(count)))
    return out


def test_batch_logs_a_line_at_each_tenth_of_its_limit(tmp_path):
    data = _first_lines(RAW_VALIDATION, 12, tmp_path / "twelve.jsonl")
    out = tmp_path / "run.sqlite"
    args = ["batch", str(data), "--out", str(out), "--limit", "10", "--chunk-size", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    logged = re.findall(
        r"^batch: (\d+) of 10 clusters; (\d+) briefed, 0 skipped/failed; \d+ s so far$",
        result.stderr,
        re.M,
    )
    # Before: nothing until the summary line (the bar drawn once, at the end, off a terminal).
    assert [(int(done), int(briefed)) for done, briefed in logged] == [(n, n) for n in range(1, 11)]
    assert result.stderr.splitlines()[-1].startswith("briefed 10 in ")


def test_batch_logs_the_share_of_the_input_read_without_a_limit(tmp_path):
    data = _first_lines(RAW_VALIDATION, 12, tmp_path / "twelve.jsonl")
    result = runner.invoke(
        app, ["batch", str(data), "--out", str(tmp_path / "run.sqlite"), "--chunk-size", "1"]
    )
    assert result.exit_code == 0, result.output
    logged = re.findall(
        r"^batch: (\d+)% of the input read; (\d+) briefed, 0 skipped/failed; \d+ s so far$",
        result.stderr,
        re.M,
    )
    shares = [int(share) for share, _ in logged]
    briefed = [int(count) for _, count in logged]
    assert 5 <= len(logged) <= 10 and shares[-1] == 100
    assert shares == sorted(set(shares)) and briefed == sorted(set(briefed))
    assert "━" not in result.stderr


def test_train_logs_a_line_at_each_tenth_of_its_limit(tmp_path):
    data = _first_lines(PLUS_VALIDATION, 10, tmp_path / "ten.jsonl")
    model = tmp_path / "model.npz"
    result = runner.invoke(app, ["train", str(data), "--out", str(model), "--limit", "10"])
    assert result.exit_code == 0, result.output
    logged = re.findall(r"^labelled (\d+) of 10 clusters, \d+ s so far$", result.stderr, re.M)
    assert [int(done) for done in logged] == list(range(1, 11))
    assert result.stderr.splitlines()[-1].endswith(f"wrote {model}")


def test_a_refused_out_leaves_no_lock_file_beside_it(tmp_path):
    data = _first_lines(RAW_VALIDATION, 2, tmp_path / "two.jsonl")
    notes = tmp_path / "notes.txt"
    notes.write_bytes(next(SEEDS.glob("*.txt")).read_bytes())
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE articles (id INTEGER, body TEXT)")
    connection.close()
    for out, why in ((notes, "file is not a database"), (other, "not a chorus run store")):
        result = runner.invoke(app, ["batch", str(data), "--out", str(out)])
        assert result.exit_code == 1 and why in result.stderr
        # Before: an empty `<out>.lock` was left beside the refused file.
        assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "other.db", "two.jsonl"]
    # A lock file an earlier run left is the store's own: a refusal keeps it.
    lock = tmp_path / "notes.txt.lock"
    lock.write_bytes(b"")
    assert runner.invoke(app, ["batch", str(data), "--out", str(notes)]).exit_code == 1
    assert lock.is_file()


def test_an_out_that_cannot_be_written_is_named_not_its_lock(tmp_path):
    data = _first_lines(RAW_VALIDATION, 2, tmp_path / "two.jsonl")
    result = runner.invoke(app, ["batch", str(data), "--out", "/sys/run.sqlite"])
    assert result.exit_code == 1
    # Before: "/sys/run.sqlite.lock: cannot create the run lock (Permission denied)".
    assert result.stderr.startswith("chorus: error: /sys/run.sqlite: ")
    assert ".lock" not in result.stderr
