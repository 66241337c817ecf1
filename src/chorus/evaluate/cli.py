"""`chorus eval`: the command, registered by chorus.cli as `app.command("eval")`."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from chorus.errors import ChorusError
from chorus.evaluate.systems import DEFAULT_SYSTEMS, System, resolve
from chorus.settings import DEFAULT_WORDS
from chorus.terminal import LogPace, fail, missing_extra, output_path, require_extra, stderr

if TYPE_CHECKING:
    from rich.console import Console

    from chorus.evaluate.datasets import Dataset
    from chorus.evaluate.harness import Outcome
    from chorus.evaluate.report import Report

DEFAULT_TIMEOUT = 60.0
"""Seconds an external command gets per cluster; chorus needs well under one."""


class TableFormat(StrEnum):
    markdown = "markdown"
    json = "json"
    csv = "csv"


SHOWN_PROBLEMS = 10
"""Problems printed before the run; the table's last line counts all of them."""


def _report_problems(dataset: Dataset) -> None:
    # A text file given by mistake is a "malformed line" per line: show the first few only.
    for problem in dataset.problems[:SHOWN_PROBLEMS]:
        label = "malformed" if problem.malformed else "skipped"
        stderr.print(f"[yellow]{label}[/] {escape(str(problem))}", soft_wrap=True)
    hidden = len(dataset.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        stderr.print(f"... and {hidden:,} more malformed or skipped", soft_wrap=True)


def _check_apart(out: Path | None, per_cluster: Path | None) -> None:
    """One file for both outputs kept the rows alone: the table was written, then replaced."""
    if out is not None and per_cluster is not None and out.resolve() == per_cluster.resolve():
        raise ChorusError(
            f"{per_cluster}: is --out too; the table and the per-cluster rows need two files"
        )


def _no_clusters(dataset: Path, data: Dataset) -> ChorusError:
    if dataset.is_dir():
        return ChorusError(
            f"{dataset}: no clusters to evaluate (a directory dataset holds one folder per "
            "cluster, each with docs/ and refs/; files beside them are not read)"
        )
    if data.problems:  # a file of clusters without `summary` ended on a bare "no clusters"
        return ChorusError(
            f"{dataset}: no clusters to evaluate: {data.skipped:,} skipped, "
            f"{data.malformed:,} malformed (reasons above)"
        )
    return ChorusError(f"{dataset}: no clusters to evaluate (not one line or row in it)")


def _failed(console: Console) -> Callable[[Outcome], None]:
    def failed(outcome: Outcome) -> None:
        console.print(
            f"[yellow]failed[/] {outcome.system} on {outcome.cluster}: {outcome.error}",
            soft_wrap=True,
            markup=True,
        )

    return failed


def _logged(total: int) -> Callable[[object], None]:
    """Progress for a log: rich draws no bar when standard error is not a terminal, and a
    run of every system on 250 clusters (minutes) said nothing until its table."""
    pace = LogPace(total)
    count = itertools.count(1)

    def advance(_: object) -> None:
        done = next(count)
        if pace.due(done):
            stderr.print(f"evaluated {done:,} of {total:,} clusters, {pace.seconds():.0f} s so far")

    return advance


def _run(
    dataset: Dataset, systems: list[System], words: int
) -> tuple[list[Outcome], dict[str, int | None]]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from chorus.evaluate.harness import evaluate

    def run(
        on_cluster: Callable[[object], None], console: Console
    ) -> tuple[list[Outcome], dict[str, int | None]]:
        try:
            return evaluate(
                dataset.clusters, systems, words, on_cluster=on_cluster, on_failure=_failed(console)
            )
        except ImportError as exc:  # a peer system's package (sumy, lexrank), imported at warm-up
            raise missing_extra("eval", "eval", (exc.name or "?").split(".")[0]) from None

    total = len(dataset.clusters)
    if not stderr.is_terminal:
        return run(_logged(total), stderr)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task("evaluating", total=total)
        return run(lambda _: progress.advance(task), progress.console)


def _print_table(report: Report) -> None:
    from rich.console import Console

    from chorus.evaluate.report import to_table

    console = Console()
    piped = not console.is_terminal
    if piped:  # a file or a pipe: no need to squeeze into 80 columns
        console = Console(width=160)
    console.print(to_table(report))
    # Piped, the caption is one line whatever its length, as a log or grep wants it.
    console.print(report.caption(), soft_wrap=piped, highlight=False)


def eval_command(
    dataset: Annotated[
        Path,
        typer.Argument(
            metavar="DATASET",
            help="Clusters: JSON Lines (.jsonl, .jsonl.gz, or - for standard input), a table "
            "(.csv with document and summary columns), raw Multi-News (NAME.src beside "
            "NAME.tgt) or a directory with one sub-directory (docs/, refs/) per cluster.",
            show_default=False,
        ),
    ],
    words: Annotated[
        int,
        typer.Option(
            "--words", "-w", min=1, metavar="N", help="Word budget every summary is cut to."
        ),
    ] = DEFAULT_WORDS,
    systems: Annotated[
        str,
        typer.Option(
            "--systems",
            "-s",
            metavar="LIST",
            help="Comma-separated systems: chorus, chorus:<configuration>, lead, lexrank, "
            "textrank, lexrank-pkg, lexrank-pysbd, oracle, cmd "
            f"(default: {', '.join(DEFAULT_SYSTEMS)}).",
            # Shown as a default, the list was cut at 80 columns ("textrank,le…").
            show_default=False,
        ),
    ] = ",".join(DEFAULT_SYSTEMS),
    cmd: Annotated[
        str | None,
        typer.Option(
            "--cmd",
            metavar="COMMAND",
            help="An external summarizer: cluster JSON on its stdin, summary on its stdout "
            "(one sentence per line). Runs as system 'cmd'.",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0.001, metavar="SECONDS", help="Seconds the external command gets per cluster."
        ),
    ] = DEFAULT_TIMEOUT,
    limit: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="Evaluate only the first N clusters.")
    ] = None,
    table_format: Annotated[
        TableFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Format of --out (default: from its suffix); without --out, of the table "
            "on standard output.",
        ),
    ] = None,
    out: Annotated[
        str | None,  # not a Path, which drops the "/" that shows a folder was meant
        typer.Option("--out", "-o", metavar="FILE", help="Also write the table to this file."),
    ] = None,
    per_cluster: Annotated[
        str | None,
        typer.Option(
            metavar="FILE",
            help="Write every system's scores and summary per cluster (.jsonl/.csv).",
        ),
    ] = None,
    seed: Annotated[
        # numpy refuses a negative seed: checked here, not after the whole run
        int, typer.Option(min=0, metavar="N", help="Seed of the bootstrap resampling.")
    ] = 0,
) -> None:
    """Score chorus and its peers (ROUGE, speed, memory) on a dataset of story clusters."""
    # Imported here, not at the top: every `chorus brief` would pay for the harness.
    from chorus.evaluate import rouge
    from chorus.evaluate.datasets import dataset_name, load, target_path
    from chorus.evaluate.harness import summarize
    from chorus.evaluate.report import (
        FORMATS,
        Report,
        format_for,
        length_note,
        per_cluster_text,
        write,
    )

    try:
        # Else `--per-cluster data.jsonl` replaced the dataset with its scores, without a word.
        read = [str(dataset), str(target_path(dataset))]  # a .src's summaries: its .tgt
        out_file, per_cluster_file = (
            None if given is None else output_path(given, inputs=read)
            for given in (out, per_cluster)
        )
        _check_apart(out_file, per_cluster_file)
        # Before the dataset loads: a misspelt system fails at once, even on a large file.
        chosen = resolve(systems.split(","), cmd, timeout)
        require_extra("eval", "eval", ("rouge_score",))  # every system is scored with it
        data = load(dataset, limit)
        _report_problems(data)
        if not data.clusters:
            raise _no_clusters(dataset, data)
        outcomes, warmup = _run(data, chosen, words)
        report = Report(
            dataset=dataset_name(dataset),
            clusters=len(data.clusters),
            words=words,
            seed=seed,
            rouge=rouge.backend(),
            skipped=data.skipped,
            malformed=data.malformed,
            systems=tuple(summarize(outcomes, warmup, seed)),
        )
        if table_format is not None and out_file is None:
            # `-f csv > table.csv` printed the boxed table, the format ignored without a word.
            sys.stdout.write(FORMATS[table_format.value](report))
        else:
            _print_table(report)
        note = length_note(report.dataset, data.reference_words(), words)
        if note is not None:
            stderr.print(f"[yellow]note[/] {escape(note)}", soft_wrap=True)
        if out_file is not None:
            chosen = table_format.value if table_format else format_for(out_file)
            write(out_file, FORMATS[chosen](report))
        if per_cluster_file is not None:
            as_csv = per_cluster_file.suffix.lower() == ".csv"
            write(per_cluster_file, per_cluster_text(outcomes, as_csv))
    except ChorusError as exc:
        raise fail(str(exc)) from None
