"""Streaming the clusters of a JSON Lines file (optionally gzipped), one line at a time.

Each line becomes a `Cluster` or a `Problem` that names the line; the file is never held
in memory, and a bad line never stops the reading.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from chorus.errors import ChorusError
from chorus.ingest.clusters import UTF8_BOM, holds_cluster, not_json_lines
from chorus.ingest.paths import missing_reason
from chorus.ingest.records import cluster_documents, invalid_json, json_kind, parse_json
from chorus.settings import MAX_ARTICLES, MAX_FILE_BYTES

MALFORMED = "malformed"
EMPTY = "empty"
DUPLICATE = "duplicate"
FAILED = "failed"

_WHERE = "cluster"
_OPENING_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"
STDIN = "-"
"""The INPUT that reads standard input."""
_SKIP_BYTES = 1 << 20
"""Read size while passing over the rest of a line too large to brief."""


@dataclass(frozen=True, slots=True)
class Cluster:
    """One story to brief: its documents' texts, empty and repeated ones left out."""

    line: int
    id: str
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """A line that was not briefed: its kind (MALFORMED, EMPTY, DUPLICATE, FAILED) and why."""

    line: int
    kind: str
    reason: str
    cluster_id: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def unique_texts(texts: Iterator[str]) -> tuple[str, ...]:
    """Non-blank texts, first copy of each: what `chorus brief` keeps of a cluster."""
    return tuple(dict.fromkeys(t for t in texts if t.strip()))


def _cluster_id(record: dict, line: int) -> str:
    """The record's id, or `line-N` when it has none that names it (a bool is no id)."""
    raw_id = record.get("id")
    usable = isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and raw_id != ""
    return str(raw_id) if usable else f"line-{line}"


def too_large(line: int, size: int) -> Problem:
    """A line over chorus brief's limit for one file: refused unread, as `chorus brief`
    refuses that file, rather than briefed for the time limit and then stopped."""
    reason = (
        f"too large ({size / 1e6:.1f} MB; a cluster takes at most {MAX_FILE_BYTES / 1e6:.0f} MB)"
    )
    return Problem(line, MALFORMED, reason)


def parse_line(line: int, raw: bytes) -> Cluster | Problem:
    """One JSON Lines record `{"id", "documents": [...]}` as a cluster, or its problem."""
    try:
        # Without its line end: a record cut short was reported "at column 1" of the
        # next line, not at the column of this one where it stops.
        record = parse_json(raw.rstrip(b"\r\n"))
    except UnicodeDecodeError:
        return Problem(line, MALFORMED, "not UTF-8 text")
    except json.JSONDecodeError as exc:
        return Problem(line, MALFORMED, invalid_json(exc))
    except ChorusError as exc:
        return Problem(line, MALFORMED, str(exc))
    if not isinstance(record, dict):
        return Problem(line, MALFORMED, f"expected a JSON object, not {json_kind(record)}")
    cluster_id = _cluster_id(record, line)
    # Hugging Face's Multi-News names its one raw string `document`, as `chorus brief` reads.
    if not holds_cluster(record):
        if "text" in record:
            reason = "an article, not a cluster (chorus brief reads articles)"
            return Problem(line, MALFORMED, reason, cluster_id)
        return Problem(line, MALFORMED, "no 'documents' field", cluster_id)
    try:
        articles = cluster_documents(record, _WHERE)
    except ChorusError as exc:
        reason = str(exc).removeprefix(f"{_WHERE}: ").removeprefix(f"{_WHERE} ")
        return Problem(line, MALFORMED, reason, cluster_id)
    documents = unique_texts(a.text for a in articles)
    if not documents:
        return Problem(line, EMPTY, "no documents with text", cluster_id)
    if len(documents) > MAX_ARTICLES:
        reason = f"{len(documents):,} documents; a briefing takes at most {MAX_ARTICLES:,}"
        return Problem(line, MALFORMED, reason, cluster_id)
    return Cluster(line, cluster_id, documents)


def opening_problem(opening: bytes) -> str | None:
    """Why a file that starts with `opening` is no JSON Lines of clusters, or None.

    Checked before the run: a text article, a PDF or an empty file given to `chorus batch`
    is one clear error, not a store full of "malformed line" problems, one per line.
    """
    start = opening.lstrip().removeprefix(UTF8_BOM).lstrip()
    if not start:
        return "empty: no clusters to brief" if len(opening) < _OPENING_BYTES else None
    kind = not_json_lines(opening)
    if kind is None:
        return None
    return (
        f'{kind}, not JSON Lines: chorus batch reads one {{"id", "documents": [...]}} '
        "per line (chorus brief reads articles)"
    )


class Source:
    """The clusters of one file, or of standard input (`-`: a pipe, gzipped or not), read
    lazily; `position` and `size` are in file bytes (0 for standard input: unknown)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw: IO[bytes] | None = None
        self._stdin = _stdin() if str(path) == STDIN else None
        if self._stdin is not None:
            self.size = 0
            self._gzipped = self._stdin.peek(2)[:2] == _GZIP_MAGIC
        else:
            _check_file(path)
            self.size = path.stat().st_size
            # Told by its first bytes, as standard input is: by its name, a gzipped
            # `.jsonl` was "binary data" and a plain `.jsonl.gz` "Not a gzipped file".
            self._gzipped = _head(path) == _GZIP_MAGIC
        self.name = "standard input" if self._stdin is not None else str(path)
        problem = opening_problem(self._opening())
        if problem is not None:
            raise ChorusError(f"{self.name}: {problem}")

    def _lines(self, raw: IO[bytes]) -> IO[bytes]:
        return gzip.GzipFile(fileobj=raw) if self._gzipped else raw

    def _open(self) -> contextlib.AbstractContextManager[IO[bytes]]:
        if self._stdin is not None:
            return contextlib.nullcontext(self._stdin)
        return self.path.open("rb")

    def _opening(self) -> bytes:
        try:
            if self._stdin is None:
                with self.path.open("rb") as raw:
                    return self._lines(raw).read(_OPENING_BYTES)
            # Peeked, not read: the run reads standard input from its first byte.
            head = self._stdin.peek(_OPENING_BYTES)
            if self._gzipped:
                return zlib.decompressobj(wbits=31).decompress(head, _OPENING_BYTES)
            return head[:_OPENING_BYTES]
        except (OSError, EOFError, zlib.error) as exc:
            raise ChorusError(f"{self.name}: cannot read it ({exc})") from None

    @property
    def position(self) -> int:
        """How far into the file reading has got (compressed bytes for .gz)."""
        raw = self._raw
        if raw is None:
            return 0
        return self.size if raw.closed else raw.tell()

    def __iter__(self) -> Iterator[Cluster | Problem]:
        number = 0
        try:
            with self._open() as raw:
                self._raw = raw if self._stdin is None else None
                for number, line in enumerate(_bounded_lines(self._lines(raw)), start=1):
                    if isinstance(line, int):
                        yield too_large(number, line)
                    elif line.strip():
                        yield parse_line(number, line)
        except (OSError, EOFError) as exc:
            if not number:
                raise ChorusError(f"{self.name}: cannot read it ({exc})") from None
            raise ChorusError(
                f"{self.name}: cannot read past line {number} ({exc}); every chunk committed "
                "before it is kept: mend the input and rerun with --resume"
            ) from None


def _stdin() -> io.BufferedReader:
    """Standard input as a stream that can be peeked at (a test's stand-in may not be)."""
    stream = sys.stdin.buffer
    return stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as raw:
            return raw.read(len(_GZIP_MAGIC))
    except OSError as exc:
        raise ChorusError(f"{path}: cannot read it ({exc.strerror})") from None


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ChorusError(f"{path}: {missing_reason(path, str(path))}")
    if path.is_dir():
        raise ChorusError(f"{path}: a folder; {_folder_advice(path)}")
    if not path.is_file():
        raise ChorusError(
            f"{path}: not a file (chorus batch reads one JSON Lines file, or - for standard input)"
        )


def _folder_advice(path: Path) -> str:
    """What to run instead: a folder of JSON Lines files is piped in; a folder of story
    folders (articles as files), for which that pipe reads nothing, is written as JSON
    Lines first."""
    if any(child.is_dir() for child in path.iterdir()) and not any(path.glob("*.jsonl*")):
        return (
            "chorus batch reads one JSON Lines file, one cluster a line, "
            '{"id": ..., "documents": [text, ...]}: docs/batch.md ("A folder of story '
            'folders") shows the command that writes one from a folder per story'
        )
    return (
        "chorus batch reads one JSON Lines file, or standard input: "
        f"`zcat -f {path}/*.jsonl* | chorus batch - ...` reads every file of it"
    )


def _bounded_lines(lines: IO[bytes]) -> Iterator[bytes | int]:
    """Each line, or the size of a line over MAX_FILE_BYTES, passed over without holding
    more of it: one huge line must not take the run's memory."""
    while line := lines.readline(MAX_FILE_BYTES + 1):
        if len(line) <= MAX_FILE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while rest := lines.readline(_SKIP_BYTES):
            size += len(rest)
            if rest.endswith(b"\n"):
                break
        yield size
