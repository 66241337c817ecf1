"""`chorus train`: rebuild the learned sentence scorer from Multi-News+ train."""

from __future__ import annotations

import itertools
import math
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TimeElapsedColumn

from chorus.errors import ChorusError
from chorus.ingest import STDIN, missing_reason
from chorus.terminal import LogPace, counted, fail, require_extra

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "scorer.npz"
MAX_SEED = 2**32 - 1


def train_command(
    data: Annotated[
        Path,
        typer.Argument(
            metavar="DATA",
            help="JSONL(.gz) clusters with a reference `summary`, or a .csv with document "
            "and summary columns.",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="FILE",
            help="Where to write the model.",
            # the installed path is long and machine-specific: name what it is
            show_default="the shipped model, chorus/data/scorer.npz",
        ),
    ] = DEFAULT_OUT,
    limit: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="Train on the first N clusters only.")
    ] = None,
    seed: Annotated[
        int,
        typer.Option(
            # scikit-learn's range, checked here rather than after hours of labelling
            min=0,
            max=MAX_SEED,
            metavar="N",
            help="Random seed (training is reproducible).",
        ),
    ] = 0,
    labels: Annotated[
        str,
        typer.Option(
            metavar="precision|oracle",
            help="Sentence labels: 'precision' (ROUGE-1/2 precision against the reference) "
            "or 'oracle' (in a greedy ROUGE oracle's summary or not).",
        ),
    ] = "precision",
) -> None:
    """Train the sentence scorer (gradient-boosted trees) from clusters with references."""
    from chorus.training import train
    from chorus.training.examples import LABELS

    if labels not in LABELS:
        raise fail(f"--labels must be one of {', '.join(LABELS)}, not {labels!r}")

    if str(data) == STDIN:
        # "-: no such file" did not say why `chorus eval -` reads a pipe and this does not.
        raise fail(
            "-: chorus train reads a file, not standard input (the model records the "
            "file's name and sha256): save the clusters to a file and name it"
        )
    if not data.is_file():
        raise fail(f"{data}: {'not a file' if data.exists() else missing_reason(data)}")
    try:
        # scikit-learn fits the trees and rouge-score-rs labels the sentences.
        require_extra("train", "eval", ("sklearn", "rouge_score_rs"))
        out = model_path(out)
    except ChorusError as exc:
        raise fail(str(exc)) from None
    console = Console(stderr=True)
    try:
        with _progress(console, limit) as shown:
            report = train(
                data,
                out,
                limit=limit,
                seed=seed,
                labels=labels,
                progress=shown.labelled,
                fitted=shown.fitted,
            )
    # Caught outside the bar, which draws itself one last time: the error line ends the output.
    except ChorusError as exc:
        raise fail(str(exc)) from None
    console.print(
        f"trained on {counted(report.clusters, 'cluster')} ({report.sentences} sentences) in "
        f"{report.seconds:.0f} s; {_held_out(report.held_out_correlation)}; "
        f"wrote {report.model_path}",
        soft_wrap=True,
    )


@dataclass(frozen=True, slots=True)
class _Shown:
    """How a run shows its steps: a cluster labelled; a fit's trees grown, of how many."""

    labelled: Callable[[], None]
    fitted: Callable[[str, int, int], None]


@contextmanager
def _progress(console: Console, limit: int | None) -> Iterator[_Shown]:
    """A bar over the clusters labelled, then one over each fit's trees, at a terminal;
    elsewhere (`nohup`, a log file, CI), where rich drew the bars once, at the end, a line
    at each tenth: of `--limit` (every 1,000 clusters without it: the file is not counted
    first), then of each fit's trees (minutes on all of Multi-News+ train, shown by none)."""
    if console.is_terminal:
        progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        )
        task = progress.add_task("clusters", total=limit)
        fits: dict[str, TaskID] = {}

        def bar(fit: str, done: int, trees: int) -> None:
            if fit not in fits:
                fits[fit] = progress.add_task(fit, total=trees)
            progress.update(fits[fit], completed=done)

        with progress:
            yield _Shown(lambda: progress.advance(task), bar)
        return
    run = LogPace(limit)
    count = itertools.count(1)
    of = f" of {limit:,}" if limit else ""
    paces: dict[str, LogPace] = {}

    def say(line: str) -> None:
        console.print(f"{line}, {run.seconds():.0f} s so far", soft_wrap=True, highlight=False)

    def labelled() -> None:
        done = next(count)
        if run.due(done):
            say(f"labelled {done:,}{of} clusters")

    def fitted(fit: str, done: int, trees: int) -> None:
        if fit not in paces:
            paces[fit] = LogPace(trees)
        if paces[fit].due(done):
            say(f"fitted {done:,} of {trees:,} {fit}")

    yield _Shown(labelled, fitted)


def model_path(out: Path) -> Path:
    """The file `--out` names, checked before training (which can take hours) rather than
    when the model is saved: numpy adds `.npz` to any other name, so it is added here, and
    the report names the file actually written."""
    if out.is_dir():
        raise ChorusError(f"{out}: is a directory; --out names the model file (.npz)")
    if out.suffix != ".npz":
        out = out.with_name(out.name + ".npz")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out.parent):
            pass
    except (FileExistsError, NotADirectoryError):
        raise ChorusError(f"{out}: cannot write (a file stands where a folder is needed)") from None
    except OSError as exc:
        raise ChorusError(f"{out}: cannot write ({exc.strerror})") from None
    return out


def _held_out(correlation: float) -> str:
    if math.isnan(correlation):
        return "too few clusters to hold one out and measure the fit"
    return f"held-out within-cluster Spearman {correlation:.3f}"
