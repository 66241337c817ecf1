"""`chorus eval` as a newcomer reads it piped or in a log: the caption and the notes on DUC
2003, whose four references a cluster are ~114 words (median)."""

import csv
import gzip
import json

from typer.testing import CliRunner

from chorus.cli import app
from tests.conftest import DATA

runner = CliRunner()
DUC = str(DATA / "duc2003-task2.jsonl.gz")


def _eval(*options: str) -> list[str]:
    result = runner.invoke(app, ["eval", DUC, "--systems", "lead", "--limit", "3", *options])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_eval_piped_prints_its_caption_as_one_line():
    # Before: broken at the table's width, "... 95% bootstrap intervals" / "(seed 0); ...".
    (caption,) = [line for line in _eval() if line.startswith("duc2003-task2.jsonl.gz: ")]
    assert caption.startswith("duc2003-task2.jsonl.gz: 3 clusters at 250 words; ROUGE F1")
    assert caption.endswith("(seed 0); 0 clusters skipped, 0 malformed lines")


def test_eval_notes_a_budget_far_past_the_references_length():
    notes = [line for line in _eval() if line.startswith("note ")]
    assert notes == [
        "note duc2003-task2.jsonl.gz's references are ~118 words (median), the summaries up "
        "to 250: ROUGE F1 favours summaries near the references' length (try --words 118)"
    ]
    assert not [line for line in _eval("--words", "100") if line.startswith("note ")]


def test_eval_refuses_a_negative_seed_before_the_run():
    # Before: the whole run, then numpy's "expected non-negative integer" traceback.
    result = runner.invoke(app, ["eval", DUC, "--systems", "lead", "--seed", "-1"])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Invalid value for '--seed'" in result.output and "R-1" not in result.output


def test_eval_refuses_to_write_over_its_dataset_or_one_output_over_the_other(tmp_path):
    # Before: `--per-cluster data.jsonl` replaced the dataset with the rows, exit 0.
    data = tmp_path / "duc.jsonl.gz"
    data.write_bytes((DATA / "duc2003-task2.jsonl.gz").read_bytes())
    given = data.read_bytes()
    table = str(tmp_path / "table.md")
    for options, message in [
        (["--per-cluster", str(data)], f"{data}: is one of the inputs"),
        (["--out", str(data)], f"{data}: is one of the inputs"),
        (["--out", table, "--per-cluster", table], f"{table}: is --out too"),
    ]:
        result = runner.invoke(app, ["eval", str(data), "--systems", "lead", *options])
        assert result.exit_code == 1, options
        assert result.output.strip().splitlines()[-1].startswith(f"chorus: error: {message}")
    assert data.read_bytes() == given and not (tmp_path / "table.md").exists()


def test_eval_reads_clusters_piped_on_standard_input(tmp_path):
    """`chorus eval -` was "-: no such file" while `chorus brief -` reads a pipe: gzip or
    plain JSON Lines now score as the file does, named stdin."""
    packed = (DATA / "duc2003-task2.jsonl.gz").read_bytes()
    lines = gzip.decompress(packed).splitlines(keepends=True)[:3]
    scores = _rouge_cells(_eval())  # the speed columns differ run to run
    for piped in (packed, b"".join(lines)):
        result = runner.invoke(app, ["eval", "-", "--systems", "lead", "--limit", "3"], input=piped)
        assert result.exit_code == 0, result.output
        assert _rouge_cells(result.output.splitlines()) == scores
        assert "stdin: 3 clusters at 250 words" in result.output
    text = runner.invoke(app, ["eval", "-", "--systems", "lead"], input=b"Not a cluster\n")
    assert text.exit_code == 1
    # Refused in one line, as the same text in a file is (tests/test_interface40.py).
    assert text.output.splitlines() == [
        "chorus: error: -: text starting 'Not a cluster', not JSON Lines: chorus eval reads "
        'one {"documents": [...], "summary": "..."} per line, a table, NAME.src or a folder '
        "of clusters (chorus brief reads articles)"
    ]


def _rouge_cells(lines: list[str]) -> list[str]:
    (row,) = [line for line in lines if line.startswith("│ lead")]
    return row.split("│")[2:5]


def test_eval_reads_a_table_of_clusters_as_the_same_lines(tmp_path):
    """Kaggle's Multi-News is a CSV (`document,summary`): each of its lines was "a raw
    Multi-News line, not JSON: eval reads those from NAME.src"."""
    lines = gzip.decompress((DATA / "duc2003-task2.jsonl.gz").read_bytes()).splitlines()[:3]
    records = [json.loads(line) for line in lines]
    table = tmp_path / "duc.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Document", "summary"])
        writer.writerows([" ||||| ".join(r["documents"]), r["summaries"][0]] for r in records)
    jsonl = tmp_path / "duc.jsonl"
    jsonl.write_text(
        "".join(json.dumps({**r, "summaries": r["summaries"][:1]}) + "\n" for r in records)
    )
    scores = []
    for path in (table, jsonl):
        result = runner.invoke(app, ["eval", str(path), "--systems", "lead"])
        assert result.exit_code == 0, result.output
        assert "3 clusters at 250 words; " in result.output and "0 malformed lines" in result.output
        scores.append(_rouge_cells(result.output.splitlines()))
    assert scores[0] == scores[1]
