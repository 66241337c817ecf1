"""Readers: files, directories, HTML, JSON/JSONL, Multi-News lines and stdin → Articles."""

from chorus.ingest.files import (
    STDIN,
    Ingested,
    missing_reason,
    read_inputs,
    without_duplicates,
)
from chorus.ingest.records import article_id, given_date, make_article, split_multinews

__all__ = [
    "STDIN",
    "Ingested",
    "article_id",
    "given_date",
    "make_article",
    "missing_reason",
    "read_inputs",
    "split_multinews",
    "without_duplicates",
]
