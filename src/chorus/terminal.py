"""What every command shares on the terminal: the stderr console and the error exit."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

stderr = Console(stderr=True, highlight=False)


def fail(message: str) -> typer.Exit:
    """Print `chorus: error: <message>` as one line; return the exit to raise."""
    stderr.print(f"[bold red]chorus: error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code=1)
