"""Readers: files, directories, HTML, JSON/JSONL, Multi-News lines and stdin → Articles."""

from chorus.ingest.clusters import split_multinews
from chorus.ingest.files import STDIN, missing_reason, read_inputs
from chorus.ingest.readers import READ_SUFFIXES
from chorus.ingest.record_dates import given_date
from chorus.ingest.records import article_id, make_article
from chorus.ingest.settle import Ingested, check_count, without_duplicates
from chorus.ingest.texts import read_texts

__all__ = [
    "READ_SUFFIXES",
    "STDIN",
    "Ingested",
    "article_id",
    "check_count",
    "given_date",
    "make_article",
    "missing_reason",
    "read_inputs",
    "read_texts",
    "split_multinews",
    "without_duplicates",
]
