"""Where the web app keeps briefings: one small interface, a SQLite implementation.

`BriefingStore` is all the app knows; `open_store(url)` picks the implementation. SQLite
writes go through one connection guarded by a lock (WAL journal, so reads never block
on the writer); a PostgreSQL store would implement the same five methods.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from chorus.errors import ChorusError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title TEXT NOT NULL,
    sources INTEGER NOT NULL,
    words INTEGER NOT NULL,
    payload TEXT NOT NULL,
    html TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS briefings_created ON briefings (created);
"""


MAX_OFFSET = 2**63 - 1
"""The largest offset SQLite takes (its integers are 64-bit): the routes refuse a larger
one as a 422, where the store would fail with an OverflowError, a 500."""


@dataclass(frozen=True, slots=True)
class Listing:
    """A stored briefing as the list of past briefings shows it."""

    id: str
    created: str
    title: str
    sources: int
    words: int


@dataclass(frozen=True, slots=True)
class Stored:
    """A stored briefing: its listing, its JSON (`to_dict`) as text, and its HTML page."""

    listing: Listing
    payload: str
    html: str


class BriefingStore(Protocol):
    def add(self, stored: Stored) -> None: ...

    def get(self, briefing_id: str) -> Stored | None: ...

    def recent(self, limit: int, offset: int = 0) -> list[Listing]: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


class SQLiteStore:
    """Briefings in one SQLite file, safe to share between the app's threads."""

    def __init__(self, path: str) -> None:
        if Path(path).is_dir():  # else SQLite's own word: "unable to open database file"
            raise ChorusError(f"{path}: a directory; --db names the briefing store's file")
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (FileExistsError, NotADirectoryError):
            reason = "a file stands where a folder is needed"
            raise ChorusError(f"{path}: cannot open the briefing store ({reason})") from None
        except (sqlite3.Error, OSError) as exc:
            raise ChorusError(f"{path}: cannot open the briefing store ({exc})") from None
        self._lock = threading.Lock()

    def add(self, stored: Stored) -> None:
        item = stored.listing
        row = (item.id, item.created, item.title, item.sources, item.words)
        with self._lock:
            self._db.execute(
                "INSERT INTO briefings VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*row, stored.payload, stored.html),
            )

    def get(self, briefing_id: str) -> Stored | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, created, title, sources, words, payload, html FROM briefings "
                "WHERE id = ?",
                (briefing_id,),
            ).fetchone()
        return None if row is None else Stored(Listing(*row[:5]), row[5], row[6])

    def recent(self, limit: int, offset: int = 0) -> list[Listing]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, created, title, sources, words FROM briefings "
                "ORDER BY created DESC, rowid DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [Listing(*row) for row in rows]

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM briefings").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(url: str) -> BriefingStore:
    """The store a `--db` value names: a SQLite path or `sqlite:///path`."""
    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///"))
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise ChorusError(f"--db {scheme}://...: only SQLite is supported so far (give a path)")
    return SQLiteStore(url)
