"""Multi-News clusters in memory: a raw line's documents joined by `|||||`, and the
documents of a dataset's record, `documents` or Hugging Face's `document`.

Pure functions: no files are opened here (that is `ingest.files`).
"""

from __future__ import annotations

import codecs
import re

MULTINEWS_SEPARATOR = "|||||"
UTF8_BOM = b"\xef\xbb\xbf"
NEWLINE_MARK = re.compile(r" ?NEWLINE_CHAR ?")
"""How a raw Multi-News line writes a newline."""


def is_multinews_raw(text: str) -> bool:
    return MULTINEWS_SEPARATOR in text or "NEWLINE_CHAR" in text


def split_multinews(raw: str) -> list[str]:
    """The documents of one raw Multi-News cluster, with real newlines restored."""
    documents = (NEWLINE_MARK.sub("\n", part) for part in raw.split(MULTINEWS_SEPARATOR))
    return [d.strip() for d in documents if d.strip()]


def holds_cluster(record: dict) -> bool:
    """Whether a record is a cluster: Hugging Face's Multi-News names its documents
    `document`, and `chorus brief` skipped such a line as "record has no text"."""
    return "documents" in record or "document" in record


def record_documents(record: dict) -> list[str] | None:
    """A dataset record's document texts, as `chorus eval` and `chorus train` read them:
    `documents` (a list, or one raw Multi-News string) or Hugging Face's `document` (train
    read only the first); [] without either, None when they are no texts."""
    documents = record.get("documents", record.get("document", []))
    if isinstance(documents, str):
        return split_multinews(documents)
    if isinstance(documents, list) and all(isinstance(d, str) for d in documents):
        return documents
    return None


def not_json_lines(opening: bytes) -> str | None:
    """What a dataset file whose first bytes are `opening` is when no line of it can be a
    cluster ("binary data", "text starting '...'"), or None when it may be JSON Lines.

    A blank opening is None: only the caller knows whether the file ends there. So is one
    with any line that opens a JSON object: a file whose first line alone is broken keeps
    its other clusters, each bad line a problem of its own.
    """
    if opening.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Its NUL bytes made it "binary data", though `chorus brief` reads it as text.
        return "UTF-16 text (convert it to UTF-8: iconv -f UTF-16 -t UTF-8)"
    start = opening.lstrip().removeprefix(UTF8_BOM).lstrip()
    if not start or any(line.lstrip().startswith(b"{") for line in start.split(b"\n")):
        return None
    if b"\x00" in opening:
        return "binary data"
    first_line = start.split(b"\n", 1)[0][:40].decode("utf-8", errors="replace")
    return f"text starting {first_line!r}"
