"""Texts already in memory read as `chorus brief` reads a cluster file's documents: the
outlet, title and date their own lines give, a text written in HTML read as a page, and
the checks every reading ends with. `chorus batch` briefs its clusters' documents so, and
the Python API offers it beside `chorus.brief`, which reads no own lines from plain
strings (its summaries are the ones `chorus eval` scores: docs/api.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from chorus.errors import ChorusError
from chorus.ingest.readers import add_record
from chorus.ingest.records import RecordArticle
from chorus.ingest.settle import Ingested, settle


def read_texts(texts: Iterable[str], *, date: dt.date | None = None) -> Ingested:
    """Articles of `texts`, the nth named "Article n" from origin "text n" (as `chorus.brief`
    names a plain string) unless its own lines name its outlet; `date`, when given, is
    every article's publication date (as `read_inputs` sets it)."""
    if isinstance(texts, str | bytes):
        raise ChorusError("expected a list of article texts, not one string")
    result = Ingested()
    for number, text in enumerate(texts, start=1):
        if not isinstance(text, str):
            raise ChorusError(f"item {number}: expected a string, not {type(text).__name__}")
        read = RecordArticle(text, None, None, None, None)
        add_record(read, f"text {number}", f"Article {number}", result)
    return settle(result, date=date)
