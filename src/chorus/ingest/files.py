"""Reading articles from paths and standard input: the I/O edge of chorus.

Every input either becomes articles or is reported as skipped with a reason; a problem
that stops the whole run raises ChorusError with a one-line message naming the input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from os import PathLike
from pathlib import Path, PurePath
from typing import TextIO

from chorus.errors import ChorusError
from chorus.ingest.kinds import split_pasted
from chorus.ingest.paths import in_directory, missing_reason, no_files_reason, not_a_file_reason
from chorus.ingest.readers import STDIN_NAME, read_data
from chorus.ingest.settle import Ingested, settle
from chorus.ingest.sizes import TooLarge, limit, stdin_bytes, stream_bytes
from chorus.model import Skipped
from chorus.settings import MAX_FILE_BYTES

STDIN = "-"
_GZIP_MAGIC = b"\x1f\x8b"


def read_inputs(
    paths: Sequence[str | PathLike[str]],
    *,
    date: dt.date | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Ingested:
    """Read files, directories and `-` (stdin) into articles, in the order given."""
    if isinstance(paths, str | PathLike):
        # Else "dir" was read as the paths "d", "i" and "r" ("d: no such file").
        raise ChorusError(f"expected a list of paths, not one path: read_inputs([{str(paths)!r}])")
    # A `Path` among them failed as no string ("'PosixPath' object has no attribute").
    names = [str(path) for path in paths]
    if not names:
        raise ChorusError("no input given: name files, a directory, or - for standard input")
    if names.count(STDIN) > 1:
        raise ChorusError("-: standard input is named more than once; it can be read only once")
    result = Ingested()
    for raw_path in names:
        if raw_path == STDIN:
            if stdin is None:
                raise ChorusError("-: standard input is not available")
            try:
                data = stdin_bytes(stdin, max_bytes)
            except TooLarge as exc:
                result.skipped.append(Skipped(STDIN_NAME, str(exc)))
                continue
            # Piped input has no name to tell a gzip stream by: its first bytes tell it.
            name = f"{STDIN_NAME}.gz" if data.startswith(_GZIP_MAGIC) else STDIN_NAME
            if stdin.isatty():
                _read_pasted(data, result, max_bytes)
            else:
                read_data(data, PurePath(name), STDIN_NAME, result, max_bytes)
            continue
        path = Path(raw_path)
        if path.is_dir():
            _read_directory(path, result, max_bytes)
        elif path.exists():
            _read_file(path, raw_path, result, max_bytes)
        elif raw_path.startswith("-"):
            # Only after `--` does an option reach here: every word after it is an input.
            raise ChorusError(
                f"{raw_path}: {missing_reason(path)} (after `--` every word is read as an "
                "input: put options before it)"
            )
        else:
            raise ChorusError(f"{raw_path}: {missing_reason(path, raw_path)}")
    return settle(result, date=date)


def _read_pasted(data: bytes, result: Ingested, max_bytes: int) -> None:
    """What was pasted at a terminal: articles with a line of --- between two, as the
    prompt says and the web form's box takes them (they were one). Not piped input: an
    article's own divider of dashes is no such line."""
    pieces = split_pasted(data.decode("utf-8", errors="replace"))
    if len(pieces) < 2:
        read_data(data, PurePath(STDIN_NAME), STDIN_NAME, result, max_bytes)
        return
    for number, piece in enumerate(pieces, start=1):
        # Named apart, each a source of its own; placed as a JSON list's items are.
        named, origin = PurePath(f"{STDIN_NAME} #{number}"), f"{STDIN_NAME} item {number}"
        read_data(piece.strip("\r\n").encode("utf-8"), named, origin, result, max_bytes)


def _read_directory(path: Path, result: Ingested, max_bytes: int) -> None:
    everything = sorted(path.iterdir())
    entries = [p for p in everything if not p.name.startswith(".")]
    files = [p for p in entries if p.is_file()]
    if not files:
        raise ChorusError(f"{path}: {no_files_reason(everything, entries)}")
    for sub in everything:
        if sub.name.startswith("."):
            # ".draft.txt", a ".drafts/" folder: each went missing without a word.
            kind = "directory" if sub.is_dir() else "file" if sub.is_file() else None
            if kind is not None:
                reason = f"a hidden {kind} (its name starts with '.'); not read"
                result.skipped.append(Skipped(in_directory(path, sub), reason))
        elif sub.is_dir():
            reason = "a directory inside a directory; not read"
            result.skipped.append(Skipped(in_directory(path, sub), reason))
        elif not sub.is_file():
            result.skipped.append(Skipped(in_directory(path, sub), not_a_file_reason(sub)))
    for file in files:
        _read_file(file, in_directory(path, file), result, max_bytes, named=False)


def _read_file(
    path: Path, origin: str, result: Ingested, max_bytes: int, *, named: bool = True
) -> None:
    """Read the file at `path`, named `origin` in reports (as the user gave it); one the
    user `named` that cannot be read stops the run, one found in a folder is skipped."""
    size = path.stat().st_size
    if size > max_bytes:
        reason = f"file too large ({size / 1e6:.1f} MB, over {limit(max_bytes)}); not read"
        result.skipped.append(Skipped(origin, reason))
        return
    try:
        data = path.read_bytes() if path.is_file() else _special_bytes(path, max_bytes)
    except TooLarge as exc:
        result.skipped.append(Skipped(origin, str(exc)))
        return
    except OSError as exc:
        if named:
            raise ChorusError(f"{origin}: cannot read ({exc.strerror})") from None
        # One unreadable file of a folder stopped the run for all the others.
        result.skipped.append(Skipped(origin, f"cannot read ({exc.strerror})"))
        return
    read_data(data, path, origin, result, max_bytes)


def _special_bytes(path: Path, max_bytes: int) -> bytes:
    """A named pipe's or a device's bytes (`<(zcat a.gz)`, /dev/stdin), up to the limit;
    a socket is refused by name: opening one said "No such device or address"."""
    if path.is_socket():
        raise ChorusError(f"{path}: {missing_reason(path)} (chorus reads files and folders)")
    with path.open("rb") as stream:
        return stream_bytes(stream, max_bytes)


__all__ = ["STDIN", "STDIN_NAME", "missing_reason", "read_inputs"]
