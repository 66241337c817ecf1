"""Reading a run store that `chorus batch` wrote, read-only: its briefings and problems in
input order (`chorus export`), whether its last run finished, and a finished run's summaries
and settings (`chorus eval --run`). A store that is no run store is refused saying what it is.
Writing lives in `chorus.batch.store`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chorus.batch.source import Problem
from chorus.batch.store_guard import locked
from chorus.errors import ChorusError
from chorus.ingest.paths import special_kind

_STORE = "the .sqlite file chorus batch --out writes"


def _read_only(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise ChorusError(f"{path}: a directory, not a run store ({_STORE})")
    if not path.is_file():
        # A socket or a named pipe that is there was "no such run store".
        kind = special_kind(path)
        missing = "no such run store" if kind is None else f"{kind}, not a run store ({_STORE})"
        raise ChorusError(f"{path}: {missing}")
    # SQLite reads an empty file as an empty database: "no such table: results" said nothing.
    if path.stat().st_size == 0:
        raise ChorusError(f"{path}: an empty file, not a run store ({_STORE})")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        connection.execute("SELECT 1 FROM results LIMIT 1")
    except sqlite3.Error as exc:
        raise ChorusError(f"{path}: not a chorus run store, {_STORE} ({exc})") from None
    return connection


def briefings(path: Path) -> Iterator[tuple[str, int, str]]:
    """(cluster id, input line, briefing JSON) of every stored briefing, in input order."""
    connection = _read_only(path)
    try:
        yield from connection.execute(
            "SELECT cluster_id, line, briefing FROM results ORDER BY line"
        )
    finally:
        connection.close()


def problems(path: Path) -> Iterator[Problem]:
    """Every recorded problem, in input order."""
    connection = _read_only(path)
    try:
        for line, cluster_id, kind, reason in connection.execute(
            "SELECT line, cluster_id, kind, reason FROM problems ORDER BY line"
        ):
            yield Problem(line, kind, reason, cluster_id)
    finally:
        connection.close()


def unfinished_run(path: Path) -> str | None:
    """Why the store's last run is not complete (a batch still writing to it, or one
    stopped before its end), or None when it finished: an export of either gave the
    briefings made so far with no word that more were to come."""
    connection = _read_only(path)
    try:
        last = connection.execute(
            "SELECT finished, input FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if last is None or last[0] is not None:
        return None
    if locked(path):
        return "a chorus batch is still writing to it"
    return (
        "its run did not finish (stopped or killed); its command again with --resume "
        f"(`chorus batch {last[1]} --out {path} ... --resume`) finishes it"
    )


def finished_summaries(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(cluster id, summary sentences) of a finished run, for `chorus eval --run`.

    Raises ChorusError if the last run in the store did not finish (resume it first).
    """
    connection = _read_only(path)
    last = connection.execute("SELECT finished FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    connection.close()
    if last is None or last[0] is None:
        raise ChorusError(f"{path}: the run did not finish; complete it with chorus batch --resume")
    for cluster_id, _, briefing in briefings(path):
        yield cluster_id, [s["text"] for s in json.loads(briefing)["summary"]]


def run_settings(path: Path) -> dict[str, Any]:
    """The settings (`SummaryOptions` as a dict) the briefings of a store were made with."""
    connection = _read_only(path)
    try:
        row = connection.execute("SELECT settings FROM runs ORDER BY id LIMIT 1").fetchone()
    finally:
        connection.close()
    if row is None:
        raise ChorusError(f"{path}: the store holds no run")
    return json.loads(row[0])["options"]
