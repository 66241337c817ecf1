"""chorus batch probed as a user with thousands of clusters: records too large or too many
documents, malformed lines that still name their cluster, a store file that is someone
else's, progress under --limit, and the summary line of many failures."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from chorus.batch.engines import InProcess
from chorus.batch.run import BatchOptions, Status, run_batch, summary_lines
from chorus.batch.source import MALFORMED, Source
from chorus.batch.store import SqliteStore
from chorus.cli import app
from chorus.settings import MAX_ARTICLES, MAX_FILE_BYTES
from tests.conftest import DATA, RAW_VALIDATION, REPO, read_clusters

PLUS = DATA / "multinews-plus-validation.jsonl.gz"
runner = CliRunner()


def _texts(clusters: list[dict]) -> list[str]:
    """Every article of the clusters, one string each (raw records hold lists)."""
    return [text for cluster in clusters for text in cluster["documents"]]


def _write(path: Path, records: list[dict | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _problems(store: Path) -> dict[int, tuple[str | None, str, str]]:
    with sqlite3.connect(store) as connection:
        rows = connection.execute("SELECT line, cluster_id, kind, reason FROM problems")
        return {line: (cluster_id, kind, reason) for line, cluster_id, kind, reason in rows}


def test_a_record_over_20_mb_and_one_of_too_many_documents_are_refused_unread(tmp_path):
    clusters = read_clusters(RAW_VALIDATION, 250)
    texts = _texts(clusters)
    # Real articles, numbered so none is a repeat, until the line passes 20 MB.
    huge, size = [], 0
    while size <= MAX_FILE_BYTES:
        huge.append(f"{texts[len(huge) % len(texts)]} ({len(huge)})")
        size += len(huge[-1])
    many = [f"{texts[n % len(texts)]} ({n})" for n in range(MAX_ARTICLES + 1)]
    path = _write(
        tmp_path / "big.jsonl",
        [
            clusters[0],
            {"id": "huge", "documents": huge},
            {"id": "many", "documents": many},
            # The 300 articles issue 2 names: 500 ran past batch's 30 s wall-clock limit
            # on a machine at load ~12, failing the test for the load, not the code.
            {"id": "three-hundred", "documents": texts[:300]},
            clusters[1],
        ],
    )
    store = tmp_path / "big.sqlite"
    result = runner.invoke(app, ["batch", str(path), "--out", str(store), "--chunk-size", "2"])
    assert result.exit_code == 0, result.output
    # Before: the 20 MB line was briefed for 30 s, then "stopped after 30 s".
    line_mb = len(path.read_bytes().splitlines()[1]) / 1e6
    assert f"line 2: too large ({line_mb:.1f} MB; a cluster takes at most 20 MB)" in result.output
    assert f"line 3: 1,001 documents; a briefing takes at most {MAX_ARTICLES:,}" in result.output
    assert "briefed 3 in" in result.output
    assert "failed 2 (malformed line: 2)" in result.output
    problems = _problems(store)
    assert problems[2][:2] == (None, MALFORMED)  # refused unread: its id is not known
    assert problems[3][:2] == ("many", MALFORMED)
    with sqlite3.connect(store) as connection:
        briefed = dict(connection.execute("SELECT cluster_id, line FROM results"))
    assert briefed == {clusters[0]["id"]: 1, "three-hundred": 4, clusters[1]["id"]: 5}


def test_malformed_records_name_their_cluster_and_the_reason(tmp_path):
    cluster = read_clusters(RAW_VALIDATION, 1)[0]
    path = _write(
        tmp_path / "bad.jsonl",
        [
            {"id": "no-documents", "summary": cluster["summary"]},
            {"id": "article", "text": cluster["documents"][0]},
            {"id": "record-without-text", "documents": [{"title": "Good Country Index"}]},
            {"id": True, "documents": cluster["documents"]},
            cluster,
        ],
    )
    store = tmp_path / "bad.sqlite"
    result = runner.invoke(app, ["batch", str(path), "--out", str(store)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    problems = _problems(store)
    # Before: the first two had no id, and the third read "cluster document 1: ...".
    assert problems[1] == ("no-documents", MALFORMED, "no 'documents' field")
    assert problems[2][:2] == ("article", MALFORMED)
    assert problems[3][2].startswith("document 1: record has no text")
    with sqlite3.connect(store) as connection:
        ids = {row[0] for row in connection.execute("SELECT cluster_id FROM results")}
    # A boolean is no id (before: the cluster was stored as 'True').
    assert ids == {"line-4", cluster["id"]}


def test_hugging_faces_document_string_is_read_as_chorus_brief_reads_it(tmp_path):
    """Multi-News as Hugging Face gives it, `{"document": "a ||||| b", "summary"}`: every
    line was "no 'documents' field" though `chorus brief` briefs the same line."""
    clusters = read_clusters(RAW_VALIDATION, 3)
    hugging_face = [
        {"document": " ||||| ".join(c["documents"]), "summary": c["summary"]} for c in clusters
    ]
    read = list(Source(_write(tmp_path / "hf.jsonl", hugging_face)))
    assert [type(r).__name__ for r in read] == ["Cluster"] * 3
    assert [len(r.documents) for r in read] == [len(c["documents"]) for c in clusters]
    assert read[0].documents[0].split()[:8] == clusters[0]["documents"][0].split()[:8]


def test_an_sqlite_file_that_is_no_run_store_is_refused_and_left_untouched(tmp_path):
    path = _write(tmp_path / "raw.jsonl", read_clusters(RAW_VALIDATION, 2))
    foreign = tmp_path / "notes.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    result = runner.invoke(app, ["batch", str(path), "--out", str(foreign)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"chorus: error: {foreign}: a SQLite database, not a chorus run store (its tables: "
        "notes); choose another --out"
    )
    with sqlite3.connect(foreign) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
    assert tables == ["notes"]  # before: runs, results and problems were added to it

    older = tmp_path / "older.sqlite"
    assert runner.invoke(app, ["batch", str(path), "--out", str(older)]).exit_code == 0
    with sqlite3.connect(older) as connection:
        connection.execute("ALTER TABLE results DROP COLUMN worker")
    resumed = runner.invoke(app, ["batch", str(path), "--out", str(older), "--resume"])
    assert resumed.exit_code == 1
    assert "a run store whose tables differ from this chorus" in resumed.output


def test_progress_under_limit_counts_clusters_to_the_limit(tmp_path):
    """The bar's total is the limit, and each status counts the clusters settled: before,
    `--limit 600` of 5,622 showed 6% and an ETA of a minute when it was nearly done."""
    statuses: list[Status] = []
    store = SqliteStore.open(tmp_path / "limit.sqlite")
    try:
        options = BatchOptions(chunk_size=8, limit=40)
        summary = run_batch(Source(PLUS), store, InProcess(), options, statuses.append)
    finally:
        store.close()
    assert [s.clusters for s in statuses] == [8, 16, 24, 32, 40]
    assert statuses[0].position < Source(PLUS).size / 10  # the bytes say little of it
    assert summary.briefed + dict(summary.failed).get("no sentences to summarize", 0) == 40


def test_a_record_with_no_text_is_one_of_the_clusters_limit_counts(tmp_path):
    """`--limit 3` over raw clusters with a record of blank documents second: it briefed
    three clusters past it, four records read, and the bar's clusters fell one short."""
    clusters = read_clusters(RAW_VALIDATION, 3)
    blank = {"id": "blank", "documents": ["", "  "]}
    path = _write(tmp_path / "blank.jsonl", [clusters[0], blank, *clusters[1:]])
    statuses: list[Status] = []
    store = SqliteStore.open(tmp_path / "blank.sqlite")
    try:
        options = BatchOptions(chunk_size=2, limit=3)
        summary = run_batch(Source(path), store, InProcess(), options, statuses.append)
    finally:
        store.close()
    assert (summary.briefed, dict(summary.skipped)) == (2, {"no documents": 1})
    assert statuses[-1].clusters == 3


def test_failures_count_under_their_error_not_its_details(tmp_path):
    """Multi-News+ pages that clean to nothing fail each with its own details; the summary
    line named four of them in full and put the rest under "other reasons"."""
    store = SqliteStore.open(tmp_path / "plus.sqlite")
    try:
        summary = run_batch(Source(PLUS), store, InProcess(), BatchOptions(limit=600))
    finally:
        store.close()
    assert dict(summary.failed) == {"no sentences to summarize": 5}
    last = summary_lines(summary, "plus.sqlite")[-1]
    assert last.endswith("· skipped 0 · failed 5 (no sentences to summarize: 5)")
    assert all(p.reason.startswith("no sentences to summarize: every") for p in summary.shown)


def test_a_worker_is_warmed_with_everything_a_briefing_loads():
    """Before, warming loaded the model only, and the first cluster of each worker paid
    for the analysis' imports and tables: 4.02 s stored for multi_news-val-0 (then ~0.05 s)."""
    code = (
        "import sys; from chorus.batch.work import warm; warm(); "
        "print('chorus.analyze.run' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr


def test_standard_input_gzipped_or_not_is_read_and_resumed_and_a_folder_says_how(tmp_path):
    """Before: `-` was "no such file or directory" and a folder "not a file"."""
    clusters = read_clusters(RAW_VALIDATION, 6)
    text = "".join(json.dumps(c) + "\n" for c in clusters).encode()
    store = tmp_path / "stdin.sqlite"
    first = runner.invoke(app, ["batch", "-", "--out", str(store)], input=gzip.compress(text))
    assert first.exit_code == 0, first.output
    assert "briefed 6 in" in first.output
    again = runner.invoke(app, ["batch", "-", "--out", str(store), "--resume"], input=text)
    assert "briefed 0 in" in again.output and "already briefed: 6" in again.output
    exported = runner.invoke(app, ["export", str(store)]).stdout.splitlines()
    assert [json.loads(line)["id"] for line in exported] == [c["id"] for c in clusters]

    article = runner.invoke(app, ["batch", "-", "--out", str(tmp_path / "a.sqlite")], input=b"Hi.")
    assert article.exit_code == 1
    assert article.output.startswith("chorus: error: standard input: text starting 'Hi.'")
    folder = runner.invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "f.sqlite")])
    assert folder.exit_code == 1
    assert f"`zcat -f {tmp_path}/*.jsonl* | chorus batch - ...`" in folder.output


def test_a_gzip_cut_short_keeps_what_was_committed_and_says_how_to_go_on(tmp_path):
    whole = tmp_path / "raw.jsonl.gz"
    clusters = read_clusters(RAW_VALIDATION, 12)
    whole.write_bytes(gzip.compress("".join(json.dumps(c) + "\n" for c in clusters).encode()))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 3 // 4])
    store = tmp_path / "cut.sqlite"
    result = runner.invoke(app, ["batch", str(cut), "--out", str(store), "--chunk-size", "2"])
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(f"chorus: error: {cut}: cannot read past line ")
    assert last.endswith(
        "every chunk committed before it is kept: mend the input and rerun with --resume"
    )
    with sqlite3.connect(store) as connection:
        kept = connection.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert 0 < kept < len(clusters)
    resumed = runner.invoke(app, ["batch", str(whole), "--out", str(store), "--resume"])
    assert f"briefed {len(clusters) - kept} in" in resumed.output
    assert f"already briefed: {kept}" in resumed.output
