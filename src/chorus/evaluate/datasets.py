"""Dataset readers: JSON Lines (optionally gzipped), raw Multi-News and DUC-style directories.

Every reader yields clusters and problems in file order; a problem (a malformed line, a
cluster without documents or without a reference) is counted and reported, never fatal.

- JSON Lines: `{"id", "documents": [str, ...], "summary": str}` or `"summaries": [str, ...]`;
  `"documents"` (or the Hugging Face `"document"`) may also be one raw Multi-News string.
- Raw Multi-News: `NAME.src` with `NAME.tgt` beside it, one cluster per line pair, the
  documents joined by `|||||` and newlines written `NEWLINE_CHAR`.
- A directory with one sub-directory per cluster, each holding `docs/` and `refs/` (DUC).
- `-`: JSON Lines (gzip too) piped on standard input.
- A table (`.csv`, `.tsv`, `.gz` too) with a header row: `document` (or `documents`) and
  `summary` columns, as Kaggle's Multi-News gives them.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import statistics
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from chorus.errors import ChorusError
from chorus.ingest import STDIN, missing_reason, split_multinews
from chorus.ingest.clusters import (
    MULTINEWS_SEPARATOR,
    is_multinews_raw,
    not_json_lines,
    record_documents,
)
from chorus.ingest.files import STDIN_NAME
from chorus.ingest.records import json_kind, parse_json
from chorus.ingest.tables import TABLE_SUFFIXES

_SUMMARY_DASH = re.compile(r"^\s*–\s+")
_SGML_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL | re.IGNORECASE)
_SGML_TAG = re.compile(r"<[^>]+>")
_GZIP_MAGIC = b"\x1f\x8b"
_OPENING_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Cluster:
    """One story: its source documents and one or more reference summaries."""

    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that did not become a cluster: where it is, and why."""

    where: str
    reason: str
    malformed: bool
    """True for unreadable input (bad JSON, bad encoding); False for a skipped cluster."""

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Dataset:
    clusters: tuple[Cluster, ...]
    problems: tuple[Problem, ...]

    @property
    def malformed(self) -> int:
        return sum(p.malformed for p in self.problems)

    @property
    def skipped(self) -> int:
        return sum(not p.malformed for p in self.problems)

    def reference_words(self) -> int:
        """The median length of the references, in words (0 without clusters)."""
        lengths = [len(r.split()) for c in self.clusters for r in c.references]
        return round(statistics.median(lengths)) if lengths else 0


def reference(text: str) -> str:
    """A reference summary without Multi-News' leading "– "."""
    return _SUMMARY_DASH.sub("", text).strip()


def make_cluster(
    cluster_id: str, documents: Iterable[str], references: Iterable[str], where: str
) -> Cluster | Problem:
    docs = tuple(d for d in documents if d.strip())
    refs = tuple(r for r in map(reference, references) if r)
    if not docs:
        return Problem(where, "no documents", malformed=False)
    if not refs:
        return Problem(where, "no reference summary", malformed=False)
    return Cluster(cluster_id, docs, refs)


def dataset_name(path: Path) -> str:
    """How a dataset is named in its problems and its table: `-` is standard input."""
    return STDIN_NAME if str(path) == STDIN else path.name


def open_binary(path: Path) -> IO[bytes]:
    """A dataset's bytes, gunzipped when its first bytes say gzip, as `chorus batch` and
    standard input tell it: by the name, a gzipped `.jsonl` was "not UTF-8" line after
    line and a plain `.jsonl.gz` "Not a gzipped file" (eval and train alike)."""
    if str(path) == STDIN:
        stream = io.BufferedReader(sys.stdin.buffer)
        return gzip.GzipFile(fileobj=stream) if stream.peek(2)[:2] == _GZIP_MAGIC else stream
    with path.open("rb") as head:
        gzipped = head.read(len(_GZIP_MAGIC)) == _GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each non-blank line; None for a line that is not UTF-8."""
    try:
        with open_binary(path) as stream:
            if str(path) == STDIN:
                # Peeked, not read: an article piped in printed a problem for each line.
                _refuse_what_is_no_jsonl(path, stream.peek(_OPENING_BYTES)[:_OPENING_BYTES])
            for number, raw in enumerate(stream, start=1):
                try:
                    # A byte order mark, as Windows' editors write one, opens the first line.
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    yield number, None
                    continue
                if line.strip():
                    yield number, line
    except (OSError, EOFError) as exc:
        raise ChorusError(f"{path}: cannot read ({exc})") from None


def _strings(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


def cluster_from_record(record: object, where: str, default_id: str) -> Cluster | Problem:
    """A cluster from one JSON record, or the problem that prevents it."""
    if not isinstance(record, dict):
        return Problem(where, f"expected a JSON object, not {json_kind(record)}", True)
    if "documents" not in record and "document" not in record and "text" in record:
        # A file of articles given by mistake was "no documents" on every line.
        return Problem(where, "an article, not a cluster (chorus brief reads articles)", True)
    documents = record_documents(record)
    if documents is None:
        return Problem(where, "'documents' must be a list of strings", malformed=True)
    references = _strings(record.get("summaries", record.get("summary", [])))
    if references is None:
        return Problem(where, "'summary' must be a string or a list of strings", True)
    cluster_id = record.get("id")
    cluster_id = str(cluster_id) if isinstance(cluster_id, str | int) else default_id
    return make_cluster(cluster_id, documents, references, where)


def read_opening(path: Path) -> bytes:
    """A dataset file's first bytes (unpacked from gzip), for `not_json_lines`."""
    try:
        with open_binary(path) as stream:
            return stream.read(_OPENING_BYTES)
    except (OSError, EOFError) as exc:
        raise ChorusError(f"{path}: cannot read ({exc})") from None


def _refuse_what_is_no_jsonl(path: Path, opening: bytes) -> None:
    """One error for a file no line of which can be a cluster (an article, a picture): eval
    printed a problem for each line, "malformed JSON" 382,329 times for a 100 MB article."""
    kind = not_json_lines(opening)
    # Raw Multi-News lines keep their own problem, which says where eval reads them.
    if kind is None or is_multinews_raw(opening.decode("utf-8", errors="replace")):
        return
    raise ChorusError(
        f'{path}: {kind}, not JSON Lines: chorus eval reads one {{"documents": [...], '
        '"summary": "..."} per line, a table, NAME.src or a folder of clusters '
        "(chorus brief reads articles)"
    )


def read_jsonl(path: Path) -> Iterator[Cluster | Problem]:
    if str(path) != STDIN:
        _refuse_what_is_no_jsonl(path, read_opening(path))
    for number, line in _lines(path):
        where = f"{dataset_name(path)} line {number}"
        if line is None:
            yield Problem(where, "not UTF-8 text", malformed=True)
            continue
        try:
            record = parse_json(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, _not_json_reason(line, exc), malformed=True)
            continue
        except ChorusError as exc:
            yield Problem(where, str(exc), malformed=True)
            continue
        yield cluster_from_record(record, where, default_id=f"line-{number}")


def _not_json_reason(line: str, error: json.JSONDecodeError) -> str:
    if MULTINEWS_SEPARATOR in line:
        # `chorus brief` reads such a line in any file: "malformed JSON" did not say why eval
        # does not.
        return (
            "a raw Multi-News line, not JSON: eval reads those from NAME.src, with their "
            "summaries in NAME.tgt beside it"
        )
    return f"malformed JSON ({error.msg})"


def target_path(source: Path) -> Path:
    """`train.src` → `train.tgt` (also `train.src.gz` → `train.tgt.gz`)."""
    return source.with_name(source.name.replace(".src", ".tgt", 1))


def read_multinews_raw(source: Path) -> Iterator[Cluster | Problem]:
    target = target_path(source)
    if not target.is_file():
        raise ChorusError(f"{source}: no summaries beside it (expected {target.name})")
    documents = dict(_lines(source))
    summaries = dict(_lines(target))
    for number in sorted(documents.keys() | summaries.keys()):
        where = f"{source.name} line {number}"
        raw, summary = documents.get(number), summaries.get(number)
        if (raw is None and number in documents) or (summary is None and number in summaries):
            yield Problem(where, "not UTF-8 text", malformed=True)
            continue
        yield make_cluster(
            f"line-{number}",
            split_multinews(raw or ""),
            [summary or ""],
            where,
        )


def document_text(text: str) -> str:
    """The story text of a file: inside `<TEXT>` for DUC's SGML, else the whole file."""
    parts = _SGML_TEXT.findall(text)
    if not parts:
        return text.strip()
    return "\n".join(_SGML_TAG.sub("", part).strip() for part in parts)


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _read_texts(folder: Path) -> list[str]:
    try:
        return [
            document_text(p.read_text(encoding="utf-8", errors="replace")) for p in _files(folder)
        ]
    except OSError as exc:
        raise ChorusError(f"{folder}: cannot read ({exc.strerror})") from None


def read_directory(root: Path) -> Iterator[Cluster | Problem]:
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        yield make_cluster(
            folder.name,
            _read_texts(folder / "docs"),
            _read_texts(folder / "refs"),
            where=f"{root.name}/{folder.name}",
        )


def read_items(path: Path) -> Iterator[Cluster | Problem]:
    """Clusters and problems of a dataset, whichever of the three layouts it has."""
    if str(path) == STDIN:
        if sys.stdin.isatty():
            # Else a newcomer faced a silent prompt that seemed hung.
            raise ChorusError(
                "-: standard input is a terminal; pipe the clusters in (JSON Lines, gzip too): "
                "`cat data.jsonl | chorus eval -`"
            )
        return read_jsonl(path)
    if path.is_dir():
        return read_directory(path)
    if not path.is_file():
        # There, but a named pipe, a socket or a device: it was "no such file or directory".
        advice = " (chorus eval reads a file or a folder; pipe clusters in: chorus eval -)"
        raise ChorusError(f"{path}: {missing_reason(path)}{advice if path.exists() else ''}")
    if ".src" in path.suffixes:
        return read_multinews_raw(path)
    if is_table(path):
        return read_table(path)
    return read_jsonl(path)


def is_table(path: Path) -> bool:
    return not TABLE_SUFFIXES.isdisjoint(s.lower() for s in path.suffixes)


def table_rows(path: Path) -> Iterator[tuple[str, dict]]:
    """(where, row) for each row of a table of clusters, as Kaggle's Multi-News gives them
    (`document,summary`): each of its lines was "a raw Multi-News line, not JSON"."""
    tabs = ".tsv" in (s.lower() for s in path.suffixes)
    try:
        with open_binary(path) as stream:
            lines = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
            reader = csv.DictReader(lines, delimiter="\t" if tabs else ",")
            reader.fieldnames = [str(c).strip().lower() for c in reader.fieldnames or ()]
            # Numbered as a spreadsheet shows them, the header being row 1.
            for number, row in enumerate(reader, start=2):
                yield f"{dataset_name(path)} row {number}", row
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        raise ChorusError(f"{path}: cannot read as a table ({exc})") from None


def read_table(path: Path) -> Iterator[Cluster | Problem]:
    for where, row in table_rows(path):
        yield cluster_from_record(row, where, default_id=where.rsplit(" ", 1)[1])


def load(path: Path, limit: int | None = None) -> Dataset:
    """The first `limit` clusters of a dataset (all when None), with the problems met
    on the way to them."""
    clusters: list[Cluster] = []
    problems: list[Problem] = []
    for item in read_items(path):
        if limit is not None and len(clusters) >= limit:
            break
        if isinstance(item, Problem):
            problems.append(item)
        else:
            clusters.append(item)
    return Dataset(tuple(clusters), tuple(problems))
