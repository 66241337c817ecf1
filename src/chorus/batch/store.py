"""Where batch results live: a small `Store` interface and its SQLite implementation.

SQLite in WAL mode, one transaction per chunk: a crash or `kill -9` loses at most the
chunks in flight, and readers (`chorus export`) can read while a run writes. Results are
keyed by cluster id and written with `ON CONFLICT DO NOTHING`, so writing twice is
harmless and `--resume` skips what is already there. One run writes a store at a time:
its process holds an exclusive lock on `<store>.lock` until it closes the store. Reading a
store read-only (`chorus export`, `chorus eval --run`) lives in `chorus.batch.store_reader`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from chorus.batch.source import FAILED, Problem
from chorus.batch.store_guard import RunLock, hold_lock, not_a_run_store
from chorus.batch.work import Result
from chorus.errors import ChorusError

BRIEFED = "briefed"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    chorus_version TEXT NOT NULL,
    settings TEXT NOT NULL,
    input TEXT NOT NULL,
    engine TEXT NOT NULL,
    workers INTEGER NOT NULL,
    chunk_size INTEGER NOT NULL,
    briefed INTEGER,
    skipped INTEGER,
    failed INTEGER,
    seconds REAL
);
CREATE TABLE IF NOT EXISTS results (
    cluster_id TEXT PRIMARY KEY,
    line INTEGER NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs (id),
    briefing TEXT NOT NULL,
    seconds REAL NOT NULL,
    worker TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (
    line INTEGER PRIMARY KEY,
    cluster_id TEXT,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs (id)
);
"""


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run was asked to do; `chorus_version` and `settings` must match to resume."""

    chorus_version: str
    settings: dict[str, Any]
    input: str
    engine: str
    workers: int
    chunk_size: int


@dataclass(frozen=True, slots=True)
class RunTotals:
    briefed: int
    skipped: int
    failed: int
    seconds: float


class Store(Protocol):
    """What `chorus batch` needs from a store of results."""

    def start(self, info: RunInfo, *, resume: bool) -> int:
        """Record a new run (checking a resumed one matches the store); its id."""
        ...

    def settled(self) -> dict[str, str]:
        """Cluster ids that need no more work, each with BRIEFED or FAILED."""
        ...

    def save(
        self,
        run_id: int,
        results: Sequence[Result],
        worker: str,
        problems: Sequence[Problem],
        so_far: RunTotals,
    ) -> None:
        """Write one chunk's results, the problems found so far and the run's counts so
        far, all or nothing."""
        ...

    def finish(self, run_id: int) -> None:
        """Mark the run complete; its counts are those its last `save` wrote."""
        ...

    def close(self) -> None: ...


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _write_error(path: Path, exc: sqlite3.Error) -> ChorusError:
    full = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    cause = "the disk is full" if full else str(exc)
    return ChorusError(
        f"{path}: cannot write ({cause}); every chunk committed before this is kept: "
        "fix it and rerun with --resume"
    )


def _why_no_folder(path: Path, exc: OSError) -> str:
    """The file in the way of a store's folder is named: "File exists" said nothing of it."""
    blocking = next((p for p in path.parents if p.is_file()), None)
    if blocking is None:
        return str(exc.strerror)
    return f"{blocking} is a file, not a folder: choose an --out outside it"


def _flat(settings: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            flat |= _flat(value, f"{prefix}{key}.")
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _check_same_run(path: Path, version: str, settings: dict[str, Any], info: RunInfo) -> None:
    """A resumed run must make the briefings the stored ones were made with."""
    if version != info.chorus_version:
        raise ChorusError(
            f"{path} was made by chorus {version}, this is chorus {info.chorus_version}: "
            "resume with the same version, or choose another --out"
        )
    before, now = _flat(settings), _flat(info.settings)
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    if changed:
        was = ", ".join(f"{k.rsplit('.', 1)[-1]}={before.get(k)}" for k in changed)
        asked = ", ".join(f"{k.rsplit('.', 1)[-1]}={now.get(k)}" for k in changed)
        raise ChorusError(
            f"{path} was made with {was}, this run asks {asked}: resume with the same "
            "settings, or choose another --out"
        )


def _cannot_open(path: Path, exc: sqlite3.Error) -> str:
    return f"{path}: cannot open as a chorus run store ({exc})"


class SqliteStore:
    """The embedded default store: one SQLite file, WAL mode, one transaction per chunk."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: RunLock) -> None:
        self.path = path
        self.connection = connection
        self.lock = lock

    @classmethod
    def open(cls, path: Path) -> SqliteStore:
        """Open or create the store, failing now (not after hours of work) if it cannot be
        written."""
        if path.is_dir():
            raise ChorusError(f"{path}: is a directory; --out names a .sqlite file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ChorusError(
                f"{path}: cannot create its folder ({_why_no_folder(path, exc)})"
            ) from None
        writable = path if path.exists() else path.parent
        if not os.access(writable, os.W_OK):
            raise ChorusError(f"{path}: not writable (permission denied)")
        lock = hold_lock(path)
        try:
            connection = sqlite3.connect(path, timeout=30)
        except sqlite3.Error as exc:
            lock.refuse()
            raise ChorusError(_cannot_open(path, exc)) from None
        try:
            refused = not_a_run_store(path, connection, _SCHEMA)
            if refused is None:
                connection.execute("PRAGMA journal_mode=WAL")
                with connection:
                    connection.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            # Closed too: a caller that goes on (the API, a test) kept the file open.
            refused = _cannot_open(path, exc)
        if refused is not None:
            connection.close()
            lock.refuse()
            raise ChorusError(refused)
        return cls(path, connection, lock)

    def _holds_nothing_done(self) -> bool:
        return not self.connection.execute(
            "SELECT 1 FROM results UNION ALL SELECT 1 FROM problems LIMIT 1"
        ).fetchone()

    def start(self, info: RunInfo, *, resume: bool) -> int:
        first = self.connection.execute(
            "SELECT chorus_version, settings FROM runs ORDER BY id LIMIT 1"
        ).fetchone()
        # A run that stopped before committing anything (an unreadable input, say) leaves
        # nothing to resume: a fresh run replaces it.
        replace = first is not None and not resume and self._holds_nothing_done()
        if first is not None and not resume and not replace:
            raise ChorusError(
                f"{self.path} already holds a run; pass --resume to continue it, "
                "or choose another --out"
            )
        if first is not None and not replace:
            _check_same_run(self.path, first[0], json.loads(first[1]), info)
        settings = json.dumps(info.settings, sort_keys=True)
        row = (_now(), info.chorus_version, settings, info.input, info.engine, info.workers)
        try:
            with self.connection:
                if replace:
                    self.connection.execute("DELETE FROM runs")
                cursor = self.connection.execute(
                    "INSERT INTO runs (started, chorus_version, settings, input, engine, "
                    "workers, chunk_size) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*row, info.chunk_size),
                )
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None
        return int(cursor.lastrowid or 0)

    def settled(self) -> dict[str, str]:
        failed = self.connection.execute(
            "SELECT cluster_id FROM problems WHERE kind = ?", (FAILED,)
        )
        done = self.connection.execute("SELECT cluster_id FROM results")
        return {row[0]: FAILED for row in failed} | {row[0]: BRIEFED for row in done}

    def save(
        self,
        run_id: int,
        results: Sequence[Result],
        worker: str,
        problems: Sequence[Problem],
        so_far: RunTotals,
    ) -> None:
        briefed = [
            (r.cluster_id, r.line, run_id, r.briefing, r.seconds, worker)
            for r in results
            if r.briefing is not None
        ]
        rows = [(p.line, p.cluster_id, p.kind, p.reason, run_id) for p in problems]
        try:
            with self.connection:
                self.connection.executemany(
                    "INSERT INTO results (cluster_id, line, run_id, briefing, seconds, worker) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id) DO NOTHING",
                    briefed,
                )
                self.connection.executemany(
                    "INSERT INTO problems (line, cluster_id, kind, reason, run_id) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (line) DO NOTHING",
                    rows,
                )
                # With the chunk: a run stopped or killed still says how far it got.
                self.connection.execute(
                    "UPDATE runs SET briefed = ?, skipped = ?, failed = ?, seconds = ? "
                    "WHERE id = ?",
                    (so_far.briefed, so_far.skipped, so_far.failed, so_far.seconds, run_id),
                )
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None

    def finish(self, run_id: int) -> None:
        try:
            with self.connection:
                self.connection.execute(
                    "UPDATE runs SET finished = ? WHERE id = ?", (_now(), run_id)
                )
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None

    def close(self) -> None:
        self.connection.close()
        self.lock.close()
