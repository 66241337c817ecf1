"""Who may open a run store: one run at a time (an exclusive lock on `<store>.lock` that
goes with its process), and only on a file that is a chorus run store or new."""

from __future__ import annotations

import contextlib
import fcntl
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from chorus import __version__
from chorus.errors import ChorusError


def _tables(connection: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each table of a database with its column names."""
    names = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        name: tuple(
            c for (c,) in connection.execute("SELECT name FROM pragma_table_info(?)", (name,))
        )
        for (name,) in names
    }


def _schema_tables(schema: str) -> dict[str, tuple[str, ...]]:
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        connection.executescript(schema)
        return _tables(connection)


def not_a_run_store(path: Path, connection: sqlite3.Connection, schema: str) -> str | None:
    """Why an existing SQLite file must not take this run's tables, or None: a database of
    something else would get three tables added to it, and a store whose tables differ
    (another chorus version's) would fail at its first chunk."""
    found = _tables(connection)
    if not found or found == _schema_tables(schema):
        return None
    if "runs" not in found:
        return (
            f"{path}: a SQLite database, not a chorus run store (its tables: "
            f"{', '.join(sorted(found))}); choose another --out"
        )
    return (
        f"{path}: a run store whose tables differ from this chorus {__version__}'s (made by "
        "another version?); choose another --out"
    )


@dataclass(frozen=True, slots=True)
class RunLock:
    """The open `<store>.lock` a run holds, and whether this run created it."""

    path: Path
    holder: IO[bytes]
    created: bool

    def close(self) -> None:
        self.holder.close()

    def refuse(self) -> None:
        """Let go of a store that was refused: a lock file this run created was left, empty,
        beside a file that is no run store (`--out notes.txt`)."""
        if self.created:
            self.path.unlink(missing_ok=True)  # still held: no other run can be using it
        self.holder.close()


def hold_lock(path: Path) -> RunLock:
    """Hold `<store>.lock` exclusively, or fail at once: two runs on one store would brief
    the same clusters twice and interleave their chunks. The lock goes with the process
    (closed, crashed or killed), so it never outlives a run."""
    lock = Path(f"{path}.lock")
    created = not lock.exists()
    try:
        holder = lock.open("ab")  # held until the store closes
    except OSError as exc:
        # Named by the store the user gave, not by the lock file they never typed.
        raise ChorusError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder.close()
        raise ChorusError(
            f"{path}: another chorus batch is writing to it; wait for it to finish "
            "(then --resume) or choose another --out"
        ) from None
    return RunLock(lock, holder, created)


def locked(path: Path) -> bool:
    """Whether a run holds `<store>.lock` (see `hold_lock`), tested without taking it."""
    try:
        holder = open(f"{path}.lock", "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False  # no lock file: no run has held it
    with holder:
        try:
            fcntl.flock(holder, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(holder, fcntl.LOCK_UN)
    return False
