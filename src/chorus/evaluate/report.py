"""The evaluation's results: a rich table for the terminal, Markdown, JSON and CSV for
files, and one row per system and cluster for error analysis."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from chorus.errors import ChorusError
from chorus.evaluate.harness import Interval, Outcome, SystemResult
from chorus.terminal import counted

HEADERS = (
    "system",
    "R-1",
    "R-2",
    "R-Lsum",
    "clusters/s",
    "× chorus",
    "load MiB",
    "peak MiB",
    "failed",
)


@dataclass(frozen=True, slots=True)
class Report:
    """What was run and what came out: enough to re-run it and to read the figures."""

    dataset: str
    clusters: int
    words: int
    seed: int
    rouge: str
    skipped: int
    malformed: int
    systems: tuple[SystemResult, ...]

    def caption(self) -> str:
        return (
            f"{self.dataset}: {counted(self.clusters, 'cluster')} at {self.words} words; "
            f"ROUGE F1×100 ({self.rouge}, stemmed) with 95% bootstrap intervals (seed "
            f"{self.seed}); {counted(self.skipped, 'cluster')} skipped, "
            f"{counted(self.malformed, 'malformed line')}"
        )


def _interval(value: Interval, separator: str = " ") -> str:
    return f"{value.mean:.2f}{separator}[{value.low:.2f}, {value.high:.2f}]"


def _optional(value: float | None, pattern: str) -> str:
    return "–" if value is None else pattern.format(value)


def rows(report: Report, separator: str = " ") -> list[tuple[str, ...]]:
    """The table's cells, as text, one tuple per system; `separator` goes between a
    mean and its interval."""
    return [
        (
            s.name,
            _interval(s.rouge1, separator),
            _interval(s.rouge2, separator),
            _interval(s.rouge_lsum, separator),
            f"{s.clusters_per_second:.2f}",
            _optional(s.speed_vs_chorus, "{:.2f}×"),
            _optional(s.load_mib, "{:.1f}"),
            _optional(s.peak_mib, "{:.1f}"),
            str(s.failures),
        )
        for s in report.systems
    ]


def to_table(report: Report) -> Table:
    """The table alone: its caption is printed as a line of its own, which a table's
    caption is not (rich wraps it at the table's width, in a log too)."""
    table = Table()
    for number, header in enumerate(HEADERS):
        table.add_column(header, justify="left" if number == 0 else "right", no_wrap=True)
    for row in rows(report, separator="\n"):
        table.add_row(*row)
    return table


def to_markdown(report: Report) -> str:
    lines = [
        "| " + " | ".join(HEADERS) + " |",
        "|---" + "|---:" * (len(HEADERS) - 1) + "|",
        *("| " + " | ".join(row) + " |" for row in rows(report)),
        "",
        report.caption() + ".",
    ]
    return "\n".join(lines) + "\n"


LONG_BUDGET = 1.5
"""A budget past this many times the references' median length is noted: ROUGE F1 falls
as a summary outgrows its references (DUC 2003's are ~114 words, Multi-News' ~235)."""


def length_note(dataset: str, reference_words: int, words: int) -> str | None:
    """A line saying the budget is far longer than the references, or None."""
    if words <= LONG_BUDGET * reference_words:
        return None
    return (
        f"{dataset}'s references are ~{reference_words} words (median), the summaries up to "
        f"{words}: ROUGE F1 favours summaries near the references' length (try --words "
        f"{reference_words})"
    )


def _interval_dict(value: Interval) -> dict[str, float]:
    return {"mean": round(value.mean, 4), "low": round(value.low, 4), "high": round(value.high, 4)}


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "dataset": report.dataset,
        "clusters": report.clusters,
        "words": report.words,
        "seed": report.seed,
        "rouge": report.rouge,
        "skipped": report.skipped,
        "malformed": report.malformed,
        "systems": [
            {
                "name": s.name,
                "rouge1": _interval_dict(s.rouge1),
                "rouge2": _interval_dict(s.rouge2),
                "rougeLsum": _interval_dict(s.rouge_lsum),
                "clusters_per_second": round(s.clusters_per_second, 4),
                "speed_vs_chorus": s.speed_vs_chorus,
                "load_mib": s.load_mib,
                "peak_mib": s.peak_mib,
                "failures": s.failures,
            }
            for s in report.systems
        ],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"


def _csv(header: Sequence[str], body: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(body)
    return buffer.getvalue()


def to_csv(report: Report) -> str:
    header = ["system"]
    for metric in ("rouge1", "rouge2", "rougeLsum"):
        header += [metric, f"{metric}_low", f"{metric}_high"]
    header += ["clusters_per_second", "speed_vs_chorus", "load_mib", "peak_mib", "failures"]
    body = [
        [
            s.name,
            *(
                f"{number:.4f}"
                for value in (s.rouge1, s.rouge2, s.rouge_lsum)
                for number in (value.mean, value.low, value.high)
            ),
            f"{s.clusters_per_second:.4f}",
            "" if s.speed_vs_chorus is None else f"{s.speed_vs_chorus:.4f}",
            "" if s.load_mib is None else f"{s.load_mib:.1f}",
            "" if s.peak_mib is None else f"{s.peak_mib:.1f}",
            s.failures,
        ]
        for s in report.systems
    ]
    return _csv(header, body)


FORMATS: dict[str, Callable[[Report], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "csv": to_csv,
}
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".csv": "csv"}


def format_for(path: Path) -> str:
    """The table format a file name asks for (Markdown unless .json or .csv)."""
    return _SUFFIXES.get(path.suffix.lower(), "markdown")


def outcome_record(outcome: Outcome) -> dict[str, Any]:
    return {
        "cluster": outcome.cluster,
        "system": outcome.system,
        "rouge1": round(outcome.scores.rouge1, 4),
        "rouge2": round(outcome.scores.rouge2, 4),
        "rougeLsum": round(outcome.scores.rouge_lsum, 4),
        "seconds": round(outcome.seconds, 6),
        "words": sum(len(s.split()) for s in outcome.summary),
        "error": outcome.error,
        "summary": list(outcome.summary),
    }


def per_cluster_text(outcomes: Sequence[Outcome], csv_format: bool) -> str:
    """One row per system and cluster: JSON Lines, or CSV with the summary's sentences
    on separate lines of its cell."""
    records = [outcome_record(o) for o in outcomes]
    if not csv_format:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    header = list(records[0]) if records else ["cluster", "system"]
    body = [
        [("\n".join(value) if key == "summary" else value) for key, value in r.items()]
        for r in records
    ]
    return _csv(header, body)


def write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ChorusError(f"{path}: cannot write ({exc.strerror})") from None
