"""How much of an input is read: a file, standard input and a gzip's unpacked bytes are
each read up to one limit (settings.MAX_FILE_BYTES), and past it skipped with a reason."""

from __future__ import annotations

import gzip
import io
from typing import BinaryIO, TextIO


class TooLarge(Exception):
    """An input past the limit; its message is the reason it was skipped."""


def limit(max_bytes: int) -> str:
    return f"the limit of {max_bytes / 1e6:.0f} MB for one input"


def stdin_bytes(stdin: TextIO, max_bytes: int) -> bytes:
    """Standard input's bytes, undecoded (read as text, invalid UTF-8, a Latin-1 file or a
    binary one, would fail on the way in rather than be noted or skipped like a file's),
    and no more than one past the limit: piped, 100 MB were read whole and briefed."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        return _at_most(stdin.read(max_bytes + 1).encode("utf-8"), max_bytes)
    return stream_bytes(buffer, max_bytes)


def stream_bytes(stream: BinaryIO, max_bytes: int) -> bytes:
    """A stream's bytes, no more than one past the limit: a pipe or a device has no size
    to check first (`chorus brief /dev/zero` read until memory ran out)."""
    return _at_most(stream.read(max_bytes + 1), max_bytes)


def _at_most(data: bytes, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise TooLarge(f"too large (over {limit(max_bytes)}); not read")
    return data


def unpacked(data: bytes, max_bytes: int) -> bytes:
    """A gzip file's bytes, unpacked no further than the limit: 0.6 MB of gzip held a
    100 MB file, briefed in a minute (and an upload to the web app could hold gigabytes).
    Raises OSError or EOFError for a file that is not gzip or is cut short."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
        data = packed.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"too large unpacked (over {limit(max_bytes)}); not read")
    return data
