"""What every command shares on the terminal: the stderr console, the error exit, the
check of an output path before the work, a missing extra's advice, and the pace of
progress lines in a log."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from chorus.errors import ChorusError
from chorus.render.about import counted as counted  # the commands' counts read as the page's

stderr = Console(stderr=True, highlight=False)


class LogPace:
    """When a run writing to a log (stderr no terminal: `nohup`, a file, CI) prints a
    progress line: rich draws no bar there until the run ends, so a long run logged nothing.
    A line each time the work done passes another tenth of `total`, or, with no total
    known (standard input), another `every`."""

    def __init__(self, total: int | None, every: int = 1000) -> None:
        self.total = total
        self.every = every
        self.start = time.perf_counter()
        self.last = 0

    def _step(self, done: int) -> int:
        return done * 10 // self.total if self.total else done // self.every

    def due(self, done: int) -> bool:
        """Whether `done` (a count, or bytes read) passes a step the last call had not."""
        passed = self._step(done) > self._step(self.last)
        self.last = done
        return passed

    def seconds(self) -> float:
        return time.perf_counter() - self.start


def fail(message: str) -> typer.Exit:
    """Print `chorus: error: <message>` as one line; return the exit to raise."""
    stderr.print(f"[bold red]chorus: error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code=1)


def output_path(given: str, *, inputs: Sequence[str] = (), example: str = "") -> Path:
    """The file an `--out` names, checked before the work: typed with a trailing "/" it
    names a folder (a Path drops the slash, and the output went to a file of the folder's
    name), and an input file it names would be overwritten by what was made from it.
    `example`, a file name ("briefing.md"), is offered in a folder that was named."""
    if given.endswith(("/", os.sep)):
        raise ChorusError(
            f"{given}: names a folder (it ends in '/'); give a file name"
            + (f", such as {Path(given) / example}" if example else "")
        )
    path = Path(given)
    check_writable(path, example=example)
    for read in _input_files(inputs):
        if path.is_file() and os.path.samefile(path, read):
            raise ChorusError(f"{given}: is one of the inputs; writing there would overwrite it")
    return path


def _input_files(inputs: Sequence[str]) -> list[Path]:
    """The files the inputs name, a directory's own files included (as they are read)."""
    files = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            files += [p for p in path.iterdir() if p.is_file()]
        elif path.is_file():
            files.append(path)
    return files


def check_writable(path: Path, *, example: str = "") -> None:
    """Refuse an output path that cannot be written before the work, not after it, saying
    what to give instead: "is a directory" alone left a newcomer guessing."""
    if path.is_dir():
        instead = f"such as {path / example}" if example else "in it or elsewhere"
        raise ChorusError(f"{path}: is a directory, not a file to write; give a file {instead}")
    if not path.parent.is_dir():
        raise ChorusError(
            f"{path}: cannot write (no folder {path.parent}); create the folder first, "
            "or give a file in a folder that exists"
        )
    if path.exists() and not path.is_file():
        return  # a device or a pipe (/dev/null, a FIFO): opening one could block or consume
    existed = path.exists()
    try:
        # Opened to append, so nothing is truncated: the permission bits say nothing to
        # root, and a file such as /proc/version refuses only an actual open.
        with path.open("ab"):
            pass
    except OSError as exc:
        raise ChorusError(f"{path}: cannot write ({exc.strerror})") from None
    if not existed:
        path.unlink()


def missing_extra(command: str, extra: str, module: str) -> ChorusError:
    """The error for a command whose optional extra is not installed: README's set-up,
    `pip install -e .`, brings none of them, and an import's traceback named no remedy."""
    return ChorusError(
        f"chorus {command} needs the {extra} extra ({module} is missing): {install_extra(extra)}"
    )


def install_extra(extra: str) -> str:
    """How to add an extra to this chorus: from the folder it runs from. The advice
    `pip install 'chorus[eval]'` fetched another project of that name from PyPI."""
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file():
        return f"pip install -e '{root}[{extra}]'"
    return f"pip install -e '.[{extra}]' in the folder chorus was installed from"


def require_extra(command: str, extra: str, modules: Sequence[str]) -> None:
    """Import `modules` before the work, raising `missing_extra` for the first that fails."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            raise missing_extra(command, extra, module) from None
