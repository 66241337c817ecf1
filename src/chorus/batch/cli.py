"""`chorus batch` and `chorus export`: registered on the main typer app in chorus.cli."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from chorus.errors import ChorusError
from chorus.settings import DEFAULT_CHUNK_SIZE, DEFAULT_WORDS
from chorus.terminal import fail, stderr


class EngineName(StrEnum):
    local = "local"
    process = "process"
    dask = "dask"


class ExportFormat(StrEnum):
    jsonl = "jsonl"


class _Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a scheduler's stop), turned into an interrupt so the run stops as it
    does for Ctrl-C: the store closed, the workers shut down, the user told how to resume."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def batch_command(
    input_path: Annotated[
        Path,
        typer.Argument(
            metavar="INPUT",
            help='JSON Lines of clusters, one {"id", "documents": [...]} per line (.gz '
            "too); - reads standard input.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="FILE",
            help="The run store to write (SQLite).",
            show_default=False,
        ),
    ],
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-j", min=1, metavar="N", help="Worker processes (process, dask)."
        ),
    ] = 1,
    engine: Annotated[
        EngineName | None,
        typer.Option(
            help="Where briefs run (default: local for 1 worker, process for more, dask "
            "with --scheduler).",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local "
            "cluster of --workers).",
        ),
    ] = None,
    chunk_size: Annotated[
        int,
        typer.Option(
            min=1, metavar="N", help="Clusters per chunk: the unit shipped and committed."
        ),
    ] = DEFAULT_CHUNK_SIZE,
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, metavar="N", help="Word budget of each summary.")
    ] = DEFAULT_WORDS,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="Continue the run in --out: skip every cluster already settled."
        ),
    ] = False,
    limit: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="Only the first N clusters of the input.")
    ] = None,
) -> None:
    """Brief every cluster of a corpus into a resumable run store."""
    # Imported here, not at the top: every `chorus brief` would pay for the batch machinery.
    from chorus.batch.engines import open_engine, resolve
    from chorus.batch.run import (
        BatchOptions,
        Summary,
        progress_bar,
        progress_lines,
        run_batch,
        summary_lines,
    )
    from chorus.batch.source import Source
    from chorus.batch.store import SqliteStore

    options = BatchOptions(words=words, chunk_size=chunk_size, resume=resume, limit=limit)
    summary: Summary | None = None
    try:
        with _sigterm_interrupts():
            kind = resolve(engine.value if engine else None, workers, scheduler)
            source = Source(input_path)
            store = SqliteStore.open(out)
            progress = progress_bar if stderr.is_terminal else progress_lines
            try:
                with (
                    open_engine(kind, workers, scheduler) as running,
                    progress(stderr, source.size, limit) as on_status,
                ):
                    summary = run_batch(source, store, running, options, on_status)
            finally:
                store.close()
    except ChorusError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt as exc:
        if summary is None:
            stopped = "terminated" if isinstance(exc, _Terminated) else "interrupted"
            fail(f"{stopped}; every chunk committed so far is in {out}: rerun with --resume")
            # 130 or 143, as a shell reports Ctrl-C or SIGTERM (and as a stop during
            # start-up exits): a script can tell the user's stop from a failed run.
            raise typer.Exit(code=143 if isinstance(exc, _Terminated) else 130) from None
        # Ctrl-C while the workers shut down: the run had finished, all of it is in the store.
    for line in summary_lines(summary, str(out)):
        stderr.print(line, soft_wrap=True, markup=False)
    if summary.briefed_nothing:
        raise typer.Exit(1)


def export_command(
    store: Annotated[
        Path,
        typer.Argument(
            metavar="STORE", help="A run store written by chorus batch.", show_default=False
        ),
    ],
    output_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", help="Output format: JSON Lines, the only one export writes."
        ),
    ] = ExportFormat.jsonl,
    with_problems: Annotated[
        bool,
        typer.Option(
            "--problems", help="Export the problems (malformed, empty, duplicate, failed) instead."
        ),
    ] = False,
) -> None:
    """Write a run's briefings to stdout, one JSON object per line, in input order."""
    from chorus.batch.store_reader import briefings, problems, unfinished_run

    try:
        unfinished = unfinished_run(store)  # asked first: a run may finish while we write
        written = 0
        if with_problems:
            for problem in problems(store):
                record = {
                    "line": problem.line,
                    "id": problem.cluster_id,
                    "kind": problem.kind,
                    "reason": problem.reason,
                }
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
        else:
            for cluster_id, line, briefing in briefings(store):
                key = json.dumps(cluster_id, ensure_ascii=False)
                sys.stdout.write(f'{{"id":{key},"line":{line},"briefing":{briefing}}}\n')
                written += 1
        sys.stdout.flush()
        if unfinished is not None:
            noun = "problem" if with_problems else "briefing"
            stderr.print(
                f"[yellow]note[/] {escape(str(store))}: {escape(unfinished)}; exported the "
                f"{written} {noun}{'' if written == 1 else 's'} it holds so far",
                soft_wrap=True,
            )
        elif not with_problems and not written:
            # Else an empty output, and exit 0, was all a run that briefed nothing gave.
            lines = sum(1 for _ in problems(store))
            stderr.print(
                f"[yellow]note[/] {escape(str(store))} holds no briefing; `chorus export "
                f"{escape(str(store))} --problems` lists its {lines} "
                f"problem{'' if lines == 1 else 's'}",
                soft_wrap=True,
            )
    except ChorusError as exc:
        raise fail(str(exc)) from None
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone: stop quietly, like any Unix filter.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
