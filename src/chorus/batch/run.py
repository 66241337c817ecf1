"""One batch run: stream clusters, skip what is settled, ship chunks, commit each chunk.

The resume rule: a cluster id already in the store (briefed, or failed for good) is
skipped; everything else is briefed. Input is re-read from the top on --resume, so
malformed lines and duplicate ids are found (and reported) the same way every time.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from chorus import __version__
from chorus.batch.engines import Engine, chunk_results
from chorus.batch.source import DUPLICATE, EMPTY, FAILED, MALFORMED, Cluster, Problem, Source
from chorus.batch.store import BRIEFED, RunInfo, RunTotals, Store
from chorus.batch.work import ChunkResult, Item
from chorus.settings import DEFAULT_CHUNK_SIZE, DEFAULT_WORDS, SummaryOptions
from chorus.terminal import LogPace

SHOWN_PROBLEMS = 10
"""Problems printed at the end; all of them are in the store (chorus export --problems)."""

SHOWN_REASONS = 4

_LABELS = {MALFORMED: "malformed line", DUPLICATE: "duplicate id", EMPTY: "no documents"}
_EARLIER = {BRIEFED: "already briefed", FAILED: "failed in an earlier run"}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    words: int = DEFAULT_WORDS
    chunk_size: int = DEFAULT_CHUNK_SIZE
    resume: bool = False
    limit: int | None = None
    """Read only the first `limit` clusters of the input."""


@dataclass(frozen=True, slots=True)
class Status:
    """Where a run stands after a committed chunk."""

    briefed: int
    skipped: int
    failed: int
    position: int
    """Input bytes read (of `Source.size`)."""
    clusters: int
    """Clusters settled so far (briefed, failed, with no text, or skipped as settled
    before): what `--limit` counts."""
    peaks: tuple[tuple[str, int], ...]
    """(worker, peak resident memory in bytes) for every worker seen so far."""


@dataclass(frozen=True, slots=True)
class Summary:
    briefed: int
    skipped: tuple[tuple[str, int], ...]
    """(reason, count), most frequent first; likewise `failed`."""
    failed: tuple[tuple[str, int], ...]
    shown: tuple[Problem, ...]
    """The first SHOWN_PROBLEMS problems, with their line numbers."""
    problems: int
    seconds: float
    peaks: tuple[tuple[str, int], ...]
    held: int
    """Clusters the store had settled before this run."""

    @property
    def rate(self) -> float:
        return self.briefed / self.seconds if self.seconds > 0 else 0.0

    @property
    def briefed_nothing(self) -> bool:
        """Lines failed and the input has no briefing in the store, from this run or an
        earlier one: what was given is most likely not what `chorus batch` reads."""
        earlier = dict(self.skipped).get(_EARLIER[BRIEFED], 0)
        return self.briefed == 0 and earlier == 0 and bool(self.failed)


@dataclass(slots=True)
class _Tally:
    briefed: int = 0
    settled: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    shown: list[Problem] = field(default_factory=list)
    pending: list[Problem] = field(default_factory=list)
    problems: int = 0
    peaks: dict[str, int] = field(default_factory=dict)

    def problem(self, problem: Problem) -> None:
        self.pending.append(problem)
        self.problems += 1
        if len(self.shown) < SHOWN_PROBLEMS:
            self.shown.append(problem)
        failed = problem.kind in (MALFORMED, FAILED)
        (self.failed if failed else self.skipped)[_label(problem)] += 1
        if problem.kind == EMPTY:  # a failed cluster is counted settled with its chunk
            self.settled += 1

    def earlier(self, state: str) -> None:
        self.settled += 1
        self.skipped[_EARLIER[state]] += 1

    def take_pending(self) -> list[Problem]:
        taken, self.pending = self.pending, []
        return taken

    def chunk(self, chunk: ChunkResult) -> None:
        self.settled += len(chunk.results)
        for result in chunk.results:
            if result.error is None:
                self.briefed += 1
            else:
                self.problem(Problem(result.line, FAILED, result.error, result.cluster_id))
        self.peaks[chunk.worker] = max(self.peaks.get(chunk.worker, 0), chunk.peak_rss)

    def status(self, position: int) -> Status:
        return Status(
            self.briefed,
            self.skipped.total(),
            self.failed.total(),
            position,
            self.settled,
            tuple(sorted(self.peaks.items())),
        )

    def totals(self, seconds: float) -> RunTotals:
        return RunTotals(self.briefed, self.skipped.total(), self.failed.total(), seconds)

    def summary(self, seconds: float, held: int) -> Summary:
        return Summary(
            briefed=self.briefed,
            skipped=tuple(self.skipped.most_common()),
            failed=tuple(self.failed.most_common()),
            shown=tuple(self.shown),
            problems=self.problems,
            seconds=seconds,
            peaks=tuple(sorted(self.peaks.items())),
            held=held,
        )


def _label(problem: Problem) -> str:
    """What a problem counts under in the summary line: its kind, or for a cluster that
    failed, its error up to the first colon, so that "no sentences to summarize: ..." is
    one reason however its details differ."""
    return _LABELS.get(problem.kind) or problem.reason.split(": ", 1)[0]


def settings(words: int) -> dict[str, Any]:
    """What decides a briefing's content, stored with the run (and checked on --resume)."""
    return {"options": asdict(SummaryOptions(words=words))}


def plan(
    source: Iterable[Cluster | Problem],
    settled: Mapping[str, str],
    limit: int | None,
    tally: _Tally,
) -> Iterator[Item]:
    """The clusters still to brief; problems and skips go to `tally` as they are met."""
    first_line: dict[str, int] = {}
    empty = 0
    for entry in source:
        # A record with no text is a cluster of the input all the same: `--limit 10` over
        # a file whose first lines hold empty ones briefed past its tenth cluster.
        is_cluster = not isinstance(entry, Problem) or entry.kind == EMPTY
        if is_cluster and limit is not None and len(first_line) + empty >= limit:
            return
        if isinstance(entry, Problem):
            empty += is_cluster
            tally.problem(entry)
            continue
        if entry.id in first_line:
            reason = f"duplicate cluster id {entry.id!r} (first at line {first_line[entry.id]})"
            tally.problem(Problem(entry.line, DUPLICATE, reason, entry.id))
            continue
        first_line[entry.id] = entry.line
        if entry.id in settled:
            tally.earlier(settled[entry.id])
            continue
        yield Item(entry.id, entry.line, entry.documents)


def chunked(items: Iterable[Item], size: int) -> Iterator[tuple[Item, ...]]:
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def run_batch(
    source: Source,
    store: Store,
    engine: Engine,
    options: BatchOptions,
    on_status: Callable[[Status], None] | None = None,
) -> Summary:
    """Brief every cluster of `source` not yet settled in `store`, one chunk at a time."""
    info = RunInfo(
        chorus_version=__version__,
        settings=settings(options.words),
        input=str(source.path),
        engine=engine.name,
        workers=engine.slots,
        chunk_size=options.chunk_size,
    )
    run_id = store.start(info, resume=options.resume)
    tally = _Tally()
    start = time.perf_counter()
    settled = store.settled()
    items = plan(source, settled, options.limit, tally)
    for chunk in chunk_results(engine, chunked(items, options.chunk_size), options.words):
        tally.chunk(chunk)
        so_far = tally.totals(time.perf_counter() - start)
        store.save(run_id, chunk.results, chunk.worker, tally.take_pending(), so_far)
        if on_status is not None:
            on_status(tally.status(source.position))
    totals = tally.totals(time.perf_counter() - start)
    store.save(run_id, (), "", tally.take_pending(), totals)
    store.finish(run_id)
    return tally.summary(totals.seconds, len(settled))


@contextlib.contextmanager
def progress_bar(
    console: Console, size: int, limit: int | None = None
) -> Iterator[Callable[[Status], None]]:
    """A rich progress bar over the input's bytes (over the clusters with `limit`: the
    first N of a large file end long before its bytes would), with clusters briefed, rate
    and ETA.

    It appears with the first committed chunk, so an error before any work is one line.
    """
    columns = (
        TextColumn("[bold]batch"),
        BarColumn(bar_width=24),
        TaskProgressColumn(),
        TextColumn("{task.fields[briefed]:,} briefed, {task.fields[rate]:.1f}/s"),
        TextColumn("{task.fields[problems]:,} skipped/failed"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    bar = Progress(*columns, console=console)
    # No total (a bar that pulses, no ETA) for standard input, whose size is not known.
    total = (size or None) if limit is None else limit
    task = bar.add_task("batch", total=total, briefed=0, rate=0.0, problems=0)
    start = time.perf_counter()

    def update(status: Status) -> None:
        elapsed = max(time.perf_counter() - start, 1e-9)
        bar.update(
            task,
            completed=status.position if limit is None else status.clusters,
            briefed=status.briefed,
            rate=status.briefed / elapsed,
            problems=status.skipped + status.failed,
        )
        # Started after its first update: started before, it drew "0% 0 briefed" once
        # the first chunk was in.
        bar.start()

    try:
        yield update
        if bar.live.is_started:
            bar.update(task, completed=total)
    finally:
        if bar.live.is_started:
            bar.stop()


@contextlib.contextmanager
def progress_lines(
    console: Console, size: int, limit: int | None = None
) -> Iterator[Callable[[Status], None]]:
    """`progress_bar`'s log form, for a standard error that is no terminal (`nohup`, a
    file, CI), where rich drew the bar once, at the end: a line after the chunk that passes
    each tenth of the input's bytes (of the clusters with `limit`; every 1,000 clusters
    from standard input)."""
    measured = size if limit is None else None
    pace = LogPace(limit if limit is not None else (size or None))

    def log(status: Status) -> None:
        if not pace.due(status.position if measured else status.clusters):
            return
        if measured:
            where = f"{status.position * 100 // measured}% of the input read"
        elif limit is not None:
            where = f"{status.clusters:,} of {limit:,} clusters"
        else:
            where = f"{status.clusters:,} clusters"
        problems = status.skipped + status.failed
        console.print(
            f"batch: {where}; {status.briefed:,} briefed, {problems:,} skipped/failed; "
            f"{pace.seconds():.0f} s so far",
            soft_wrap=True,
            markup=False,
            highlight=False,
        )

    yield log


def _counts(counts: tuple[tuple[str, int], ...]) -> str:
    """`12 (reason: 10, other reason: 2)`, the four most frequent reasons named."""
    total = sum(n for _, n in counts)
    if not counts:
        return "0"
    named = [f"{reason}: {n:,}" for reason, n in counts[:SHOWN_REASONS]]
    if len(counts) > SHOWN_REASONS:
        named.append(f"other reasons: {sum(n for _, n in counts[SHOWN_REASONS:]):,}")
    return f"{total:,} ({', '.join(named)})"


def summary_lines(summary: Summary, store_path: str) -> list[str]:
    """The problems worth showing, then the one summary line."""
    lines = [str(problem) for problem in summary.shown]
    if summary.problems > len(summary.shown):
        more = summary.problems - len(summary.shown)
        lines.append(f"... and {more:,} more: chorus export {store_path} --problems")
    lines.append(
        f"briefed {summary.briefed:,} in {summary.seconds:.1f} s ({summary.rate:.1f} "
        f"clusters/s) · skipped {_counts(summary.skipped)} · failed {_counts(summary.failed)}"
    )
    earlier = sum(dict(summary.skipped).get(label, 0) for label in _EARLIER.values())
    if summary.held and not earlier:
        # `--resume` with another file mixed two corpora in one store without a word.
        lines.append(
            f"note: none of the {summary.held:,} clusters {store_path} held is in this input; "
            "this run's briefings are added beside them (--resume goes on with the input "
            "the run read first)"
        )
    return lines
