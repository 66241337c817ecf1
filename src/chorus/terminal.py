"""What every command shares on the terminal: the stderr console, the error exit, and the
check of an output path before the work."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from chorus.errors import ChorusError

stderr = Console(stderr=True, highlight=False)


def fail(message: str) -> typer.Exit:
    """Print `chorus: error: <message>` as one line; return the exit to raise."""
    stderr.print(f"[bold red]chorus: error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code=1)


def check_writable(path: Path) -> None:
    """Refuse an output path that cannot be written before the work, not after it."""
    if path.is_dir():
        raise ChorusError(f"{path}: is a directory, not a file to write")
    if not path.parent.is_dir():
        raise ChorusError(f"{path}: cannot write (no folder {path.parent})")
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
