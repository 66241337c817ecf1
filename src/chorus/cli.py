"""The `chorus` command line: typer for arguments, rich for what the user sees."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

try:  # typer 0.20+ carries its own copy of click
    from typer._click.exceptions import NoArgsIsHelpError, UsageError
except ImportError:
    from click.exceptions import NoArgsIsHelpError, UsageError

from chorus.api import brief
from chorus.batch.cli import batch_command, export_command
from chorus.errors import ChorusError
from chorus.evaluate.cli import eval_command
from chorus.ingest import STDIN, given_date, read_inputs
from chorus.render import to_html, to_json, to_markdown
from chorus.serve.cli import serve_command
from chorus.settings import DEFAULT_WORDS
from chorus.terminal import counted, fail, output_path, stderr
from chorus.training.cli import train_command


@contextlib.contextmanager
def _one_line_usage_errors() -> Iterator[None]:
    """A usage error (bad option value, missing argument, unknown option) as one line,
    `chorus: error: ...`, like every other error, instead of typer's banner and box."""
    try:
        yield
    except NoArgsIsHelpError:
        raise  # plain `chorus`: typer shows the help
    except UsageError as exc:
        command = exc.ctx.command_path if exc.ctx is not None else "chorus"
        # pydantic's "Value error, " before a choice's reason names Python's machinery.
        message = exc.format_message().replace("Value error, ", "").rstrip(".")
        # click's "Did you mean 'brief'?" ends in a question: "?; see" read as a typo.
        pointer = f" (see {command} --help)" if message.endswith("?") else f"; see {command} --help"
        fail(message + pointer)
        raise typer.Exit(code=exc.exit_code) from None


class _Commands(TyperGroup):
    """The command group, its own arguments and every command's parsed through
    `_one_line_usage_errors`."""

    def make_context(self, *args: Any, **kwargs: Any) -> typer.Context:
        with _one_line_usage_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: typer.Context) -> Any:
        with _one_line_usage_errors():
            return super().invoke(ctx)

    def get_help_option(self, ctx: Any) -> Any:
        return _shown_without_type(super().get_help_option(ctx))


def _shown_without_type(option: Any) -> Any:
    """A flag with no type in --help: typer 0.29 shows "--help <bool>", as if it took a
    value."""
    if option is not None:
        option.metavar = ""
    return option


class _Argument(TyperArgument):
    """An argument shown by its metavar alone, as Unix tools show theirs ("INPUTS..."):
    typer 0.29 adds Python's type ("<list[str]>") and braces ("{inputs}...")."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        shown = self.metavar or (self.name or "").upper()
        return [shown + ("..." if self.nargs != 1 else "")]


class _Command(TyperCommand):
    """A command whose --help a newcomer can read: an argument by its metavar, a flag
    (--help too) without a type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.__class__ = _Argument
            elif isinstance(param, TyperOption) and param.is_flag:
                _shown_without_type(param)

    def get_help_option(self, ctx: Any) -> Any:
        return _shown_without_type(super().get_help_option(ctx))


app = typer.Typer(
    cls=_Commands,
    help="chorus: many news articles about one story in, one faithful, cited briefing out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    markdown = "markdown"
    md = "md"
    """Markdown too: the name of its files' suffix, which a user types."""
    json = "json"
    html = "html"


def _publication_date(value: str) -> dt.date:
    """`--date` read as the options are, before the work: a date it cannot read is a usage
    error (exit 2, pointing to --help) as `--words abc` is, not a failed input (exit 1)."""
    try:
        return given_date(value, name="")
    except ChorusError as exc:  # click names the option: "Invalid value for '--date': ..."
        raise typer.BadParameter(str(exc).lstrip()) from None


_SUFFIX_FORMATS = {
    ".json": OutputFormat.json,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
}


_SUFFIXES = {
    OutputFormat.markdown: ".md",
    OutputFormat.json: ".json",
    OutputFormat.html: ".html",
}
"""The file name offered when `--out` names a folder."""


_PRINTED = "gives a page a browser prints or saves as PDF"
_UNWRITTEN = {
    ".pdf": ("PDF", ".html", _PRINTED),
    ".docx": ("Word", ".html", _PRINTED),
    ".doc": ("Word", ".html", _PRINTED),
    ".odt": ("OpenDocument", ".html", _PRINTED),
    # Markdown in a .csv opened in a spreadsheet as one column of lines.
    ".csv": ("CSV", ".json", "gives every sentence with its sources, as a program reads them"),
    ".tsv": ("TSV", ".json", "gives every sentence with its sources, as a program reads them"),
}


def output_format_for(given: OutputFormat | None, out: str | None) -> OutputFormat:
    """The format asked for, else the one `--out`'s suffix names: `--out briefing.html`
    wrote Markdown into a page a browser showed as plain text, and `--out briefing.pdf`
    Markdown into a file no PDF reader opens."""
    if given is not None:
        return OutputFormat.markdown if given is OutputFormat.md else given
    suffix = Path(out or "").suffix.lower()
    if suffix in _UNWRITTEN:
        kind, instead, gives = _UNWRITTEN[suffix]
        raise ChorusError(
            f"{out}: chorus writes no {kind} file; it writes Markdown, JSON or HTML: "
            f"--out {Path(out or '').with_suffix(instead)} {gives}"
        )
    return _SUFFIX_FORMATS.get(suffix, OutputFormat.markdown)


_NAMES = {
    OutputFormat.markdown: "Markdown",
    OutputFormat.json: "JSON",
    OutputFormat.html: "HTML",
}


def suffix_unlike(output_format: OutputFormat, out: str | None) -> str:
    """What `--out`'s suffix says against the `--format` asked ("" when they agree or the
    suffix names no format): `-f json --out briefing.md` wrote JSON that an editor opened
    as Markdown, without a word."""
    path = Path(out or "")
    suffix = path.suffix.lower()
    named = _SUFFIX_FORMATS.get(suffix) or (OutputFormat.markdown if suffix == ".md" else None)
    if named is None or named is output_format:
        return ""
    return (
        f"--format {output_format.value}: {out} will hold {_NAMES[output_format]}, though its "
        f"name says {_NAMES[named]} ({path.with_suffix(_SUFFIXES[output_format])} would say "
        f"{_NAMES[output_format]})"
    )


@app.command("brief", cls=_Command)
def brief_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUTS",
            help="Article files (.txt, .md, .html, .json, .jsonl, .csv, raw Multi-News), "
            "directories (one article per file), or - for standard input.",
            show_default=False,
        ),
    ],
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, metavar="N", help="Word budget of the summary.")
    ] = DEFAULT_WORDS,
    given_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: as --out's suffix names it, .json or .html, "
            "else markdown).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        str | None,  # not a Path, which drops the "/" that shows a folder was meant
        typer.Option("--out", "-o", metavar="FILE", help="Write to this file instead of stdout."),
    ] = None,
    date: Annotated[
        dt.date | None,
        typer.Option(
            parser=_publication_date,
            metavar="YYYY-MM-DD",
            help="Publication date for every article, overriding metadata.",
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show what cleaning removed, and why.")
    ] = False,
    analysis: Annotated[
        bool,
        typer.Option(
            "--analysis/--no-analysis",
            help="Add the cross-source sections (agreement, conflicts, quotes, timeline, "
            "entities, background articles); --no-analysis gives the summary alone, in about half "
            "the time, without loading spaCy.",
        ),
    ] = True,
) -> None:
    """Brief one story: a cited extractive summary of the articles given."""
    try:
        # Checked before the briefing: a run of 300 articles takes a minute.
        output_format = output_format_for(given_format, out)
        if mismatch := suffix_unlike(output_format, out):
            stderr.print(f"[yellow]note[/] {escape(mismatch)}", soft_wrap=True)
        example = f"briefing{_SUFFIXES[output_format]}"
        out_file = (
            None if out in (None, STDIN) else output_path(out, inputs=inputs, example=example)
        )
        if STDIN in inputs and sys.stdin.isatty():
            # Else a newcomer typing `chorus brief -` faces a silent prompt that seems hung.
            stderr.print(
                "reading articles from standard input: paste them, a line of --- between "
                "two, then press Ctrl-D",
                soft_wrap=True,
            )
        with _said_while_waiting(inputs):
            ingested = read_inputs(inputs, date=date, stdin=sys.stdin)
        for skipped in ingested.skipped:
            stderr.print(
                f"[yellow]skipped[/] {escape(skipped.origin)}: {escape(skipped.reason)}",
                soft_wrap=True,
            )
        for note in ingested.notes:
            stderr.print(f"[yellow]note[/] {escape(note)}", soft_wrap=True)
        if not ingested.articles:
            raise ChorusError("no articles to brief: every input was skipped (reasons above)")
        # Else a large story (690 raw articles: 30 s at a loaded machine) ran in silence.
        working = f"still briefing {counted(len(ingested.articles), 'article')}"
        with _said_after(
            BRIEF_PATIENCE, f"{working} after {BRIEF_PATIENCE:.0f} s (Ctrl-C stops it)"
        ):
            briefing = brief(
                ingested.articles,
                words=words,
                skipped=ingested.skipped,
                notes=ingested.notes,
                analyze=analysis,
            )
    except ChorusError as exc:
        raise fail(str(exc)) from None
    # The briefing's own notes (an article cleaning emptied, one without sentence ends):
    # the Markdown carries none, so at a terminal they went unsaid.
    for note in briefing.notes[len(ingested.notes) :]:
        stderr.print(f"[yellow]note[/] {escape(note)}", soft_wrap=True)
    if verbose and output_format is not OutputFormat.markdown:
        # Else the flag did nothing without a word: JSON and HTML always carry the removals.
        stderr.print(
            f"[yellow]note[/] --verbose changes Markdown only: {output_format.value.upper()} "
            "always lists what cleaning removed"
        )
    if output_format is OutputFormat.json:
        rendered = to_json(briefing)
    elif output_format is OutputFormat.html:
        rendered = to_html(briefing)
    else:
        rendered = to_markdown(briefing, verbose=verbose)
    if out_file is None:  # `--out -` is standard output, as Unix tools read it
        sys.stdout.write(rendered)
        return
    # Said, not refused, as Unix tools overwrite: a briefing run again replaces the last.
    replaced = ", replacing the file that was there" if out_file.is_file() else ""
    try:
        out_file.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror})") from None
    stderr.print(
        f"wrote {escape(out or '')}{replaced} ({counted(briefing.word_count(), 'word')}, "
        f"{counted(len(briefing.summary), 'sentence')})",
        soft_wrap=True,
    )


PIPE_PATIENCE = 2.0
"""Seconds of reading a named pipe before saying what the wait is for."""
BRIEF_PATIENCE = 10.0
"""Seconds of briefing before saying the work goes on: the seeds take a few."""


@contextlib.contextmanager
def _said_while_waiting(inputs: list[str]) -> Iterator[None]:
    """A line when reading a named pipe (a FIFO, `<(command)`) lasts: it is read until
    whatever writes to it closes it, and a pipe nothing writes to waited in silence."""
    pipes = [name for name in inputs if name != STDIN and Path(name).is_fifo()]
    if not pipes:
        yield
        return
    line = (
        f"waiting for {', '.join(pipes)}: a named pipe is read until what writes to it "
        "closes it (Ctrl-C to stop)"
    )
    with _said_after(PIPE_PATIENCE, line):
        yield


@contextlib.contextmanager
def _said_after(seconds: float, line: str) -> Iterator[None]:
    """`line` on standard error if the work inside lasts over `seconds`."""
    timer = threading.Timer(seconds, stderr.print, args=(escape(line),), kwargs={"soft_wrap": True})
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


app.command("train", cls=_Command)(train_command)
app.command("batch", cls=_Command)(batch_command)
app.command("export", cls=_Command)(export_command)
app.command("eval", cls=_Command)(eval_command)
app.command("serve", cls=_Command)(serve_command)


@app.command("version", cls=_Command)
def version_command() -> None:
    """Print the chorus version."""
    from chorus import __version__

    print(__version__)


def main() -> None:
    app()
