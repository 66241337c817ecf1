"""Ctrl-C or SIGTERM during a real `chorus batch` run on raw Multi-News validation: the exit
a shell gives the stop, and a store `--resume` finishes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import RAW_VALIDATION, REPO

CLUSTERS = 60


def _briefed(store: Path) -> int:
    try:
        with sqlite3.connect(store) as connection:
            return connection.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    except sqlite3.Error:  # not created yet, or its tables not yet
        return 0


def _batch(store: Path, *options: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "chorus", "batch", str(RAW_VALIDATION), "--out", str(store)]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(
        [*command, "--limit", str(CLUSTERS), "--chunk-size", "2", *options],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ctrl_c_delivered,
    )


def _ctrl_c_delivered() -> None:
    # A suite started in the background of a script (`pytest &`) ignores SIGINT, and a child
    # inherits that: Python then installs no KeyboardInterrupt handler and the run never
    # sees the stop. A terminal's foreground job, the case under test, has the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("stop", "code", "told"),
    [
        # Ctrl-C. Before: exit 1, as for a run that failed; a shell reports Ctrl-C as 130.
        (signal.SIGINT, 130, "interrupted"),
        # `kill`, a scheduler's stop. Before: no line at all, exit -15 (143 in a shell).
        (signal.SIGTERM, 143, "terminated"),
    ],
)
def test_a_stop_mid_run_exits_as_a_shell_reports_it_and_resume_finishes_the_run(
    tmp_path, stop, code, told
):
    store = tmp_path / "run.sqlite"
    running = _batch(store)
    deadline = time.monotonic() + 120
    while _briefed(store) == 0 and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(stop)
    _, errors = running.communicate(timeout=60)
    committed = _briefed(store)
    assert 0 < committed < CLUSTERS, errors
    assert running.returncode == code, errors
    assert errors.strip().splitlines()[-1] == (
        f"chorus: error: {told}; every chunk committed so far is in {store}: rerun with --resume"
    )
    # The stopped run's row says how far it got (its counts were left empty).
    assert _runs(store) == [(None, committed, 0, 0)]
    resumed = _batch(store, "--resume")
    _, errors = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, errors
    assert _briefed(store) == CLUSTERS
    (_, *stopped), (finished, briefed, skipped, failed) = _runs(store)
    assert stopped == [committed, 0, 0]
    assert finished is not None
    assert (briefed, skipped, failed) == (CLUSTERS - committed, committed, 0)


def _runs(store: Path) -> list[tuple]:
    with sqlite3.connect(store) as connection:
        query = "SELECT finished, briefed, skipped, failed FROM runs ORDER BY id"
        return connection.execute(query).fetchall()


def test_export_of_a_run_still_writing_or_killed_says_so(tmp_path):
    from typer.testing import CliRunner

    from chorus.cli import app

    store = tmp_path / "run.sqlite"
    running = _batch(store)
    deadline = time.monotonic() + 120
    while _briefed(store) == 0 and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    # Before: the briefings so far, exit 0 and no word that the run was not over.
    during = CliRunner().invoke(app, ["export", str(store)])
    assert during.exit_code == 0, during.output
    assert f"note {store}: a chorus batch is still writing to it; exported the " in during.stderr
    running.kill()  # as a crash or `kill -9` stops a run
    running.communicate(timeout=60)
    committed = _briefed(store)
    after = CliRunner().invoke(app, ["export", str(store)])
    assert len(after.stdout.splitlines()) == committed < CLUSTERS
    assert f"note {store}: its run did not finish (stopped or killed)" in after.stderr
    assert f"exported the {committed} briefings it holds so far" in after.stderr
    resumed = _batch(store, "--resume")
    resumed.communicate(timeout=300)
    finished = CliRunner().invoke(app, ["export", str(store)])
    assert finished.stderr == "" and len(finished.stdout.splitlines()) == CLUSTERS
