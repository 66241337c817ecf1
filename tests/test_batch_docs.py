"""docs/batch.md's SQL, datasette style: every query it shows runs as written on a real run
store, and its schema lists the tables and columns a store has."""

from __future__ import annotations

import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from chorus.batch.engines import InProcess
from chorus.batch.run import BatchOptions, run_batch
from chorus.batch.source import Source
from chorus.batch.store import SqliteStore
from tests.conftest import DATA, REPO

PLUS = DATA / "multinews-plus-validation.jsonl.gz"
FAILING_LINE = 162
"""A Multi-News+ validation cluster whose only page is a social widget: a failed cluster."""
DOC = (REPO / "docs" / "batch.md").read_text(encoding="utf-8")
SQL_BLOCKS = re.findall(r"```sql\n(.*?)```", DOC, re.S)


def _queries() -> list[str]:
    """Each statement of the SQL blocks that are queries (the schema block is not)."""
    statements = [s for block in SQL_BLOCKS for s in block.split(";")]
    return [s.strip() for s in statements if "SELECT" in s]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The first 20 clusters of Multi-News+ validation, a failing one and a broken line."""
    with gzip.open(PLUS, "rb") as lines:
        chosen = [
            line
            for number, line in zip(range(1, FAILING_LINE + 1), lines, strict=False)
            if number <= 20 or number == FAILING_LINE
        ]
    folder = tmp_path_factory.mktemp("docs")
    path = folder / "input.jsonl"
    path.write_bytes(b"".join(chosen) + b"{not json\n")
    store = SqliteStore.open(folder / "val.sqlite")
    try:
        run_batch(Source(path), store, InProcess(), BatchOptions(chunk_size=8))
    finally:
        store.close()
    return folder / "val.sqlite"


def test_the_docs_show_queries_and_a_schema():
    assert len(SQL_BLOCKS) >= 2
    assert len(_queries()) >= 8


@pytest.mark.parametrize("query", _queries(), ids=lambda q: q.splitlines()[-1][:40])
def test_every_query_in_the_docs_runs_as_written_and_finds_rows(store, query):
    with sqlite3.connect(store) as connection:
        rows = connection.execute(query).fetchall()
    assert rows, "each query is shown on a store where it has something to find"


def test_the_schema_in_the_docs_is_the_stores(store):
    schema = next(block for block in SQL_BLOCKS if "PRIMARY KEY" in block)
    schema = re.sub(r"--[^\n]*", "", schema)
    shown = {
        table: re.findall(r"(\w+) (?:INTEGER|TEXT|REAL)", columns)
        for table, columns in re.findall(r"(\w+) \((.*?)\)\s*(?=\w+ \(|$)", schema, re.S)
    }
    with sqlite3.connect(store) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        actual = {
            table: [
                c for (c,) in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))
            ]
            for (table,) in tables.fetchall()
        }
    assert shown == actual
