"""What a newcomer with a corpus met: one folder per story, a record cut short, the bar's
first frame, an --out under a file; what `chorus batch` says and what docs/batch.md has
them run, on Multi-News clusters."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from chorus.batch.engines import InProcess
from chorus.batch.run import BatchOptions, Status, progress_bar, run_batch
from chorus.batch.source import Source
from chorus.batch.store import SqliteStore
from chorus.cli import app
from tests.conftest import RAW_VALIDATION, REPO, read_clusters

runner = CliRunner()
DOC = (REPO / "docs" / "batch.md").read_text(encoding="utf-8")
CLUSTERS = 4


def _story_folders(root: Path, clusters: list[dict]) -> Path:
    for cluster in clusters:
        folder = root / "stories" / cluster["id"]
        folder.mkdir(parents=True)
        for number, text in enumerate(cluster["documents"], start=1):
            (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
        (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return root / "stories"


def _summaries(store: Path) -> dict[str, str]:
    with sqlite3.connect(store) as connection:
        rows = connection.execute("SELECT cluster_id, briefing FROM results")
        return {cluster_id: json.loads(briefing)["summary"] for cluster_id, briefing in rows}


def test_a_folder_of_story_folders_is_told_the_docs_command_which_briefs_it_as_its_lines(
    tmp_path,
):
    clusters = read_clusters(RAW_VALIDATION, CLUSTERS)
    stories = _story_folders(tmp_path, clusters)
    refused = runner.invoke(app, ["batch", str(stories), "--out", str(tmp_path / "s.sqlite")])
    assert refused.exit_code == 1
    # Before: "`zcat -f stories/*.jsonl* | chorus batch - ...`", a pipe of no file.
    assert "zcat" not in refused.output
    assert 'docs/batch.md ("A folder of story folders")' in refused.output

    section = DOC.split("### A folder of story folders", 1)[1]
    script = re.search(r"python3 -c '(.*?)' stories > stories.jsonl", section, re.S)
    assert script is not None
    written = subprocess.run(
        [sys.executable, "-c", script.group(1), str(stories)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (tmp_path / "stories.jsonl").write_text(written, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        "".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8"
    )
    for name in ("stories", "lines"):
        out = tmp_path / f"{name}.sqlite"
        result = runner.invoke(app, ["batch", str(tmp_path / f"{name}.jsonl"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert f"briefed {CLUSTERS} in" in result.output and "failed 0" in result.output
    folders = _summaries(tmp_path / "stories.sqlite")
    assert sorted(folders) == sorted(c["id"] for c in clusters)
    assert folders == _summaries(tmp_path / "lines.sqlite")


def test_a_record_cut_short_is_reported_at_its_own_column(tmp_path):
    cluster = read_clusters(RAW_VALIDATION, 1)[0]
    cut = json.dumps({"id": "cut", "documents": cluster["documents"][:1]})[:-1]
    path = tmp_path / "cut.jsonl"
    path.write_text(json.dumps(cluster) + "\n" + cut + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "--out", str(tmp_path / "cut.sqlite")])
    assert result.exit_code == 0, result.output
    # Before: "at column 1", the column of the line end the parser read as a next line.
    assert f"line 2: invalid JSON (Expecting ',' delimiter at column {len(cut) + 1})" in (
        result.output
    )


def test_the_bar_first_drawn_shows_the_first_chunk_briefed(tmp_path):
    """Before, the bar started before its first update and drew "0% 0 briefed" once the
    first chunk of a real run was in."""
    path = tmp_path / "three.jsonl"
    clusters = read_clusters(RAW_VALIDATION, 3)
    path.write_text("".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8")
    statuses: list[Status] = []
    store = SqliteStore.open(tmp_path / "bar.sqlite")
    try:
        run_batch(Source(path), store, InProcess(), BatchOptions(chunk_size=2), statuses.append)
    finally:
        store.close()
    console = Console(record=True, force_terminal=True, width=150)
    with progress_bar(console, Source(path).size) as update:
        update(statuses[0])
        first = console.export_text()
    assert statuses[0].briefed > 0
    assert f" {statuses[0].briefed} briefed" in first and " 0 briefed" not in first


def test_an_out_under_a_file_names_the_file(tmp_path):
    path = tmp_path / "val.jsonl"
    path.write_text(json.dumps(read_clusters(RAW_VALIDATION, 1)[0]) + "\n", encoding="utf-8")
    out = path / "runs" / "val.sqlite"
    result = runner.invoke(app, ["batch", str(path), "--out", str(out)])
    assert result.exit_code == 1
    # Before: "cannot create its folder (File exists)".
    assert result.output.strip() == (
        f"chorus: error: {out}: cannot create its folder "
        f"({path} is a file, not a folder: choose an --out outside it)"
    )


def test_resume_on_another_input_says_none_of_the_stores_clusters_is_in_it(tmp_path):
    clusters = read_clusters(RAW_VALIDATION, 4)
    first, other = tmp_path / "first.jsonl", tmp_path / "other.jsonl"
    first.write_text("".join(json.dumps(c) + "\n" for c in clusters[:2]), encoding="utf-8")
    other.write_text("".join(json.dumps(c) + "\n" for c in clusters[2:]), encoding="utf-8")
    store = tmp_path / "run.sqlite"
    assert runner.invoke(app, ["batch", str(first), "--out", str(store)]).exit_code == 0
    again = runner.invoke(app, ["batch", str(first), "--out", str(store), "--resume"])
    assert "already briefed: 2" in again.output and "note:" not in again.output
    # Before: "briefed 2" alone, two corpora mixed in one store without a word.
    mixed = runner.invoke(app, ["batch", str(other), "--out", str(store), "--resume"])
    assert mixed.exit_code == 0, mixed.output
    assert f"note: none of the 2 clusters {store} held is in this input" in mixed.output
    assert len(_summaries(store)) == 4


def test_a_file_is_gzipped_or_not_by_its_first_bytes_not_its_name(tmp_path):
    clusters = read_clusters(RAW_VALIDATION, 2)
    text = "".join(json.dumps(c) + "\n" for c in clusters).encode()
    # Before: "binary data, not JSON Lines" and "Not a gzipped file (b'{\"')".
    (tmp_path / "gzipped.jsonl").write_bytes(gzip.compress(text))
    (tmp_path / "plain.jsonl.gz").write_bytes(text)
    for name in ("gzipped.jsonl", "plain.jsonl.gz"):
        out = tmp_path / f"{name}.sqlite"
        result = runner.invoke(app, ["batch", str(tmp_path / name), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert sorted(_summaries(out)) == sorted(c["id"] for c in clusters)


def test_export_of_a_store_without_briefings_says_where_its_problems_are(tmp_path):
    cluster = read_clusters(RAW_VALIDATION, 1)[0]
    path = tmp_path / "articles.jsonl"
    records = [{"id": f"a{n}", "text": text} for n, text in enumerate(cluster["documents"])]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = tmp_path / "articles.sqlite"
    assert runner.invoke(app, ["batch", str(path), "--out", str(store)]).exit_code == 1
    exported = runner.invoke(app, ["export", str(store)])
    assert exported.exit_code == 0
    # Before: no output at all.
    assert exported.stdout == ""
    assert exported.stderr.strip() == (
        f"note {store} holds no briefing; `chorus export {store} --problems` lists its "
        f"{len(records)} problems"
    )
