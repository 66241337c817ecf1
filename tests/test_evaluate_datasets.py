"""Dataset readers on real records: JSON Lines, raw Multi-News, DUC directories."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chorus.errors import ChorusError
from chorus.evaluate.datasets import document_text, load

DATA = Path(__file__).parents[1] / "../shared/data"
MULTINEWS = DATA / "multinews-raw-validation.jsonl.gz"
DUC = DATA / "duc2003-task2.jsonl.gz"


def _records(path: Path, count: int) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for _, line in zip(range(count), stream, strict=False)]


def test_jsonl_gz_multinews_strips_the_dash_of_summaries() -> None:
    records = _records(MULTINEWS, 5)
    dataset = load(MULTINEWS, limit=5)
    assert [c.id for c in dataset.clusters] == [r["id"] for r in records]
    first, record = dataset.clusters[0], records[0]
    assert first.documents == tuple(d for d in record["documents"] if d.strip())
    assert record["summary"].startswith("– ")
    assert first.references == (record["summary"][2:].strip(),)
    assert dataset.problems == ()


def test_jsonl_gz_duc_keeps_every_reference() -> None:
    records = _records(DUC, 30)
    dataset = load(DUC)
    assert len(dataset.clusters) == 30
    for cluster, record in zip(dataset.clusters, records, strict=True):
        assert cluster.references == tuple(s.strip() for s in record["summaries"])
        assert len(cluster.references) == 4
        assert len(cluster.documents) == len(record["documents"]) in (9, 10)


def test_malformed_and_empty_lines_are_counted_with_their_line_numbers(tmp_path: Path) -> None:
    good = _records(MULTINEWS, 2)
    lines = [
        json.dumps(good[0]),
        '{"id": "broken", "documents": [',
        json.dumps({"id": "nodocs", "documents": ["  "], "summary": "A summary."}),
        "",
        json.dumps({"id": "noref", "documents": good[1]["documents"]}),
        "[1, 2]",
        json.dumps(good[1]),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = load(path)
    assert [c.id for c in dataset.clusters] == [good[0]["id"], good[1]["id"]]
    assert [(str(p), p.malformed) for p in dataset.problems] == [
        ("mixed.jsonl line 2: malformed JSON (Expecting value)", True),
        ("mixed.jsonl line 3: no documents", False),
        ("mixed.jsonl line 5: no reference summary", False),
        ("mixed.jsonl line 6: expected a JSON object, not a list", True),
    ]
    assert (dataset.malformed, dataset.skipped) == (2, 2)


def _raw_multinews(record: dict) -> str:
    return " ||||| ".join(d.replace("\n", " NEWLINE_CHAR ") for d in record["documents"])


def test_raw_multinews_src_and_tgt_lines(tmp_path: Path) -> None:
    records = _records(MULTINEWS, 3)
    (tmp_path / "val.src").write_text("".join(_raw_multinews(r) + "\n" for r in records))
    (tmp_path / "val.tgt").write_text("".join(r["summary"] + "\n" for r in records))
    dataset = load(tmp_path / "val.src")
    assert len(dataset.clusters) == 3
    for cluster, record in zip(dataset.clusters, records, strict=True):
        assert cluster.documents == tuple(d.strip() for d in record["documents"] if d.strip())
        assert cluster.references == (record["summary"].removeprefix("– ").strip(),)
        assert "NEWLINE_CHAR" not in "".join(cluster.documents)


def test_raw_multinews_string_in_a_jsonl_record(tmp_path: Path) -> None:
    record = _records(MULTINEWS, 1)[0]
    path = tmp_path / "hf.jsonl"
    path.write_text(json.dumps({"document": _raw_multinews(record), "summary": record["summary"]}))
    (cluster,) = load(path).clusters
    assert cluster.id == "line-1"
    assert len(cluster.documents) == len([d for d in record["documents"] if d.strip()])
    assert cluster.documents[0] == record["documents"][0].strip()


def test_raw_multinews_without_targets_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "val.src").write_text("a ||||| b\n")
    with pytest.raises(ChorusError, match=r"val\.tgt"):
        load(tmp_path / "val.src")


def test_duc_directory_per_cluster(tmp_path: Path) -> None:
    record = _records(DUC, 1)[0]
    cluster_dir = tmp_path / record["id"]
    (cluster_dir / "docs").mkdir(parents=True)
    (cluster_dir / "refs").mkdir()
    for number, document in enumerate(record["documents"]):
        body = f"<DOC>\n<DOCNO> D{number} </DOCNO>\n<TEXT>\n<P>\n{document}\n</P>\n</TEXT>\n</DOC>"
        (cluster_dir / "docs" / f"doc{number:02d}.sgml").write_text(
            body if number == 0 else document
        )
    for letter, summary in zip("ABCD", record["summaries"], strict=True):
        (cluster_dir / "refs" / f"{letter}.txt").write_text(summary)
    (tmp_path / "no-refs" / "docs").mkdir(parents=True)
    (tmp_path / "no-refs" / "docs" / "a.txt").write_text("Some text.")
    dataset = load(tmp_path)
    (cluster,) = dataset.clusters
    assert cluster.id == record["id"]
    assert cluster.documents == tuple(d.strip() for d in record["documents"])
    assert cluster.references == tuple(s.strip() for s in record["summaries"])
    assert [str(p) for p in dataset.problems] == [f"{tmp_path.name}/no-refs: no reference summary"]


def test_document_text_reads_inside_sgml_text() -> None:
    assert document_text("<DOC><DOCNO>X</DOCNO><TEXT><P>One.</P>\n<P>Two.</P></TEXT></DOC>") == (
        "One.\nTwo."
    )
    assert document_text("  Plain text.\n") == "Plain text."


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ChorusError, match="no such file"):
        load(tmp_path / "absent.jsonl")


def test_limit_stops_reading() -> None:
    dataset = load(MULTINEWS, limit=2)
    assert len(dataset.clusters) == 2


def test_a_file_of_articles_is_named_as_such_not_clusters_without_documents(
    tmp_path: Path, seed_texts: dict[str, str]
) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"source": "Reuters", "text": text}) for text in seed_texts.values()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = load(path)
    # Before: "no documents" on each line, as if a cluster had lost them.
    assert [(str(p), p.malformed) for p in dataset.problems] == [
        (f"articles.jsonl line {n}: an article, not a cluster (chorus brief reads articles)", True)
        for n in (1, 2, 3)
    ]
    assert dataset.clusters == ()


def test_a_raw_multinews_line_in_a_jsonl_dataset_says_where_eval_reads_those(tmp_path) -> None:
    # `chorus brief` reads it in any file; eval said "malformed JSON (Expecting value)".
    (record,) = _records(DATA / "multinews-raw-validation.jsonl.gz", 1)
    raw = tmp_path / "cluster.txt"
    raw.write_text(" ||||| ".join(record["documents"]).replace("\n", " NEWLINE_CHAR ") + "\n")
    problems = [str(p) for p in load(raw).problems]
    assert problems == [
        "cluster.txt line 1: a raw Multi-News line, not JSON: eval reads those from NAME.src, "
        "with their summaries in NAME.tgt beside it"
    ]


def test_jsonl_opening_with_a_byte_order_mark_keeps_its_first_cluster(tmp_path: Path) -> None:
    # Before: line 1 was "malformed JSON (Unexpected UTF-8 BOM)" and DUC lost a cluster.
    records = _records(DUC, 3)
    path = tmp_path / "duc-notepad.jsonl"
    lines = "".join(json.dumps(r) + "\r\n" for r in records)
    path.write_bytes("\ufeff".encode() + lines.encode("utf-8"))
    dataset = load(path)
    assert [c.id for c in dataset.clusters] == [r["id"] for r in records]
    assert dataset.malformed == 0
