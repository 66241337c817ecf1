"""Reading articles from bytes in memory: uploaded files, pasted text, JSON records.

The same readers and rules as for files on disk (`ingest.files`): a file's suffix picks
the reader, binary data is skipped with a reason, duplicates are dropped, one story at a
time. Uploaded names are reduced to their last component and never touch the disk.
A gzip upload is decompressed only up to a limit, so a small bomb cannot fill memory.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from chorus.ingest.kinds import split_pasted as split_pasted  # the web form's text box
from chorus.ingest.readers import read_data
from chorus.ingest.settle import Ingested, settle
from chorus.model import Skipped


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the client gave it, and its bytes."""

    name: str
    data: bytes


def safe_name(name: str, number: int) -> str:
    """The last component of a client-given file name (`upload-N` when there is none)."""
    base = PurePosixPath(name.replace("\\", "/")).name.strip()
    return base or f"upload-{number}"


def _gunzip(data: bytes, limit: int) -> bytes | None:
    """The decompressed data, or None when it would exceed `limit` bytes or is not gzip."""
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        return None
    return None if len(out) > limit or inflater.unconsumed_tail else out


def read_uploads(
    uploads: Sequence[Upload],
    *,
    pasted: Sequence[str] = (),
    records: Sequence[dict[str, Any]] = (),
    max_bytes: int,
    date: dt.date | None = None,
) -> Ingested:
    """Articles from uploaded files, pasted texts and article records, in that order;
    `date`, when given, is every article's publication date (as `read_inputs` sets it)."""
    result = Ingested()
    for number, upload in enumerate(uploads, start=1):
        _read_upload(upload, number, result, max_bytes)
    for number, text in enumerate(pasted, start=1):
        # Named as the form's reader knows it; ".txt" has it read as text (or the JSON
        # or Multi-News lines it may hold), and the outlet is "pasted text 1" unless known.
        name = f"pasted text {number}"
        read_data(text.encode("utf-8"), PurePosixPath(f"{name}.txt"), name, result)
    if records:
        data = json.dumps(list(records), ensure_ascii=False).encode("utf-8")
        read_data(data, PurePosixPath("articles.json"), "articles", result)
    return settle(result, date=date, briefs_many="")


def _read_upload(upload: Upload, number: int, result: Ingested, max_bytes: int) -> None:
    name = safe_name(upload.name, number)
    data = upload.data
    if len(data) > max_bytes:
        result.skipped.append(Skipped(name, f"too large ({len(data)} bytes; limit {max_bytes})"))
        return
    path = PurePosixPath(name)
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, max_bytes)
        if data is None:
            reason = f"not gzip, or more than {max_bytes} bytes once decompressed"
            result.skipped.append(Skipped(name, reason))
            return
        path = path.with_suffix("")
    read_data(data, path, name, result)
