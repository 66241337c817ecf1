"""A researcher's first hour (stop 34): eval and train read a gzip by its bytes, train
names the column of a line cut short, eval's `--format` without `--out`, its "no
clusters" counting what was skipped, its progress in a log, and `chorus.brief`'s
`skipped` / `notes` as `None` or a generator, `chorus export` of a file that is no store.
Raw Multi-News validation clusters."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sqlite3

from typer.testing import CliRunner

import chorus
from chorus.cli import app
from chorus.model import Skipped
from tests.conftest import RAW_VALIDATION

runner = CliRunner()


def _lines(count: int) -> list[bytes]:
    with gzip.open(RAW_VALIDATION, "rb") as stream:
        return [stream.readline() for _ in range(count)]


def test_eval_and_train_tell_a_gzip_by_its_first_bytes_not_its_name(tmp_path):
    plain = b"".join(_lines(3))
    gzipped_as_jsonl, plain_as_gz = tmp_path / "clusters.jsonl", tmp_path / "clusters.jsonl.gz"
    gzipped_as_jsonl.write_bytes(gzip.compress(plain))
    plain_as_gz.write_bytes(plain)
    for data in (gzipped_as_jsonl, plain_as_gz):
        # Before: "not UTF-8 text" line after line, or "Not a gzipped file (b'{\"')".
        scored = runner.invoke(app, ["eval", str(data), "--systems", "lead"])
        assert scored.exit_code == 0, scored.output
        assert f"{data.name}: 3 clusters at 250 words" in scored.stdout
        model = tmp_path / f"{data.name}.npz"
        trained = runner.invoke(app, ["train", str(data), "--limit", "2", "--out", str(model)])
        assert trained.exit_code == 0, trained.output
        assert "trained on 2 clusters" in trained.stderr and model.is_file()


def test_train_names_the_column_of_a_line_cut_short_on_that_line(tmp_path):
    first, second = _lines(2)
    cut = second[: len(second) // 2]
    data = tmp_path / "cut.jsonl"
    data.write_bytes(first + cut + b"\n")
    result = runner.invoke(app, ["train", str(data), "--out", str(tmp_path / "s.npz")])
    assert result.exit_code == 1
    try:
        json.loads(cut)
    except json.JSONDecodeError as exc:
        column = exc.colno
    # Before: "at column 1", the position of the line after the line end.
    assert column > 1000
    assert f"{data} line 2: invalid JSON (" in result.stderr
    assert f"at column {column})" in result.stderr


def test_eval_format_without_out_prints_the_table_in_that_format(tmp_path):
    data = tmp_path / "three.jsonl"
    data.write_bytes(b"".join(_lines(3)))
    as_csv = runner.invoke(app, ["eval", str(data), "--systems", "lead", "-f", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [row["system"] for row in rows] == ["lead"]
    assert 30 < float(rows[0]["rouge1"]) < 70
    as_json = runner.invoke(app, ["eval", str(data), "--systems", "lead", "--format", "json"])
    table = json.loads(as_json.stdout)
    assert (table["clusters"], table["systems"][0]["rouge1"]["mean"]) == (
        3,
        float(rows[0]["rouge1"]),
    )
    # Without --format, the boxed table and its caption, as before.
    boxed = runner.invoke(app, ["eval", str(data), "--systems", "lead"])
    assert "┃ system" in boxed.stdout and "three.jsonl: 3 clusters" in boxed.stdout


def test_eval_of_clusters_without_a_summary_says_how_many_were_skipped(tmp_path):
    data = tmp_path / "no_summary.jsonl"
    clusters = [json.loads(line) for line in _lines(3)]
    data.write_text("".join(json.dumps({"documents": c["documents"]}) + "\n" for c in clusters))
    result = runner.invoke(app, ["eval", str(data), "--systems", "lead"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        *(f"skipped no_summary.jsonl line {n}: no reference summary" for n in (1, 2, 3)),
        f"chorus: error: {data}: no clusters to evaluate: 3 skipped, 0 malformed (reasons above)",
    ]
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["eval", str(empty), "--systems", "lead"])
    assert result.stderr == (
        f"chorus: error: {empty}: no clusters to evaluate (not one line or row in it)\n"
    )


def test_eval_logs_its_progress_when_standard_error_is_no_terminal(tmp_path):
    data = tmp_path / "twenty.jsonl"
    data.write_bytes(b"".join(_lines(20)))
    result = runner.invoke(app, ["eval", str(data), "--systems", "lead"])
    assert result.exit_code == 0, result.output
    logged = re.findall(r"^evaluated (\d+) of 20 clusters, \d+ s so far$", result.stderr, re.M)
    assert [int(done) for done in logged] == list(range(2, 21, 2))


def test_brief_takes_none_or_a_generator_for_skipped_and_notes(seed_texts):
    texts = list(seed_texts.values())
    given = chorus.brief(texts, analyze=False, skipped=None, notes=None)
    assert given.summary and given.skipped == () and given.notes == ()
    # Before: None was "'NoneType' object is not iterable"; a generator's notes were lost.
    notes = (f"read {name}" for name in seed_texts)
    skipped = (Skipped(name, "not an article") for name in ("a.pdf", "b.png"))
    given = chorus.brief(texts, analyze=False, skipped=skipped, notes=notes)
    assert [f"read {name}" for name in seed_texts] == list(given.notes[: len(seed_texts)])
    assert [s.origin for s in given.skipped] == ["a.pdf", "b.png"]
    for wrong in (5, Skipped("a.pdf", "not an article")):
        for name in ("skipped", "notes"):
            try:
                chorus.brief(texts, analyze=False, **{name: wrong})
            except chorus.ChorusError as exc:
                assert str(exc).startswith(f"{name} must be a list of ")
            else:
                raise AssertionError(f"{name}={wrong!r} was taken")


def test_export_of_an_empty_file_or_another_database_says_what_it_is(tmp_path):
    empty, other = tmp_path / "run.sqlite", tmp_path / "notes.db"
    empty.write_bytes(b"")
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text)")
    connection.close()
    store = "the .sqlite file chorus batch --out writes"
    # Before: both were "not a chorus run store (no such table: results)".
    result = runner.invoke(app, ["export", str(empty)])
    assert result.exit_code == 1
    assert result.stderr == f"chorus: error: {empty}: an empty file, not a run store ({store})\n"
    assert empty.read_bytes() == b""
    result = runner.invoke(app, ["export", str(other)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"chorus: error: {other}: not a chorus run store, {store} (no such table: results)\n"
    )
