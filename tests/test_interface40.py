"""Bad input of issues 2 and 5 run again (stop 39): a device, a socket or a named pipe
named as an input, an article piped to `chorus eval -`, and an article typed without
sentence ends, each said in one line rather than a traceback, a wrong reason or nothing."""

from __future__ import annotations

import json
import os
import re
import resource
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chorus
from chorus.cli import app
from tests.conftest import RAW_VALIDATION, read_clusters

runner = CliRunner()
SOURCE = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def forbes() -> str:
    """Raw validation 5 [0]: Forbes' highest-paid TV actresses, 422 words in 8 paragraphs."""
    return read_clusters(RAW_VALIDATION, 6)[5]["documents"][0]


def _unpunctuated(text: str) -> str:
    """The article as typed without sentence ends (a transcript, a chat log)."""
    return re.sub(r"[.!?;:]", "", text)


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def test_a_device_is_read_up_to_the_limit_not_until_memory_runs_out():
    """`chorus brief /dev/zero` read the device whole: a MemoryError traceback, or the
    machine's memory gone. Run with its address space capped, so a regression fails
    here rather than starving the machine."""
    cap = 3 * 1024**3

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    result = subprocess.run(
        [sys.executable, "-m", "chorus", "brief", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=capped,
        env={**os.environ, "PYTHONPATH": str(SOURCE)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _lines(result.stderr) == [
        "skipped /dev/zero: too large (over the limit of 20 MB for one input); not read",
        "chorus: error: no articles to brief: every input was skipped (reasons above)",
    ]


@pytest.fixture
def a_socket(tmp_path):
    path = tmp_path / "chorus.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()


def test_a_socket_is_named_as_one_by_brief_and_eval(a_socket, monkeypatch):
    """brief said "cannot read (No such device or address)", eval "no such file or
    directory" of a socket that is there."""
    monkeypatch.chdir(a_socket.parent)
    brief = runner.invoke(app, ["brief", a_socket.name])
    assert brief.exit_code == 1
    assert _lines(brief.output) == [
        "chorus: error: chorus.sock: a socket, not a file (chorus reads files and folders)"
    ]
    evaluated = runner.invoke(app, ["eval", a_socket.name])
    assert evaluated.exit_code == 1
    assert _lines(evaluated.output) == [
        "chorus: error: chorus.sock: a socket, not a file (chorus eval reads a file or a "
        "folder; pipe clusters in: chorus eval -)"
    ]


def test_eval_names_a_named_pipe_as_one(tmp_path, monkeypatch):
    pipe = tmp_path / "clusters"
    os.mkfifo(pipe)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval", "clusters"])
    assert result.exit_code == 1
    assert _lines(result.output)[-1].startswith(
        "chorus: error: clusters: a named pipe, not a file (chorus eval reads a file or a folder"
    )


def test_eval_of_an_article_piped_in_is_one_line(forbes):
    """A problem was printed for each of the article's lines before the error, where the
    same article as a file is refused in one line."""
    result = runner.invoke(app, ["eval", "-", "--systems", "lead"], input=forbes.encode())
    assert result.exit_code == 1
    assert _lines(result.output) == [
        "chorus: error: -: text starting 'The 10 women on our Highest-Paid TV Actr', not JSON "
        'Lines: chorus eval reads one {"documents": [...], "summary": "..."} per line, a '
        "table, NAME.src or a folder of clusters (chorus brief reads articles)"
    ]


def test_an_article_without_sentence_ends_is_noted(tmp_path, forbes):
    """Briefed line by line (each paragraph a sentence) with no word said of it."""
    typed = tmp_path / "forbes.txt"
    typed.write_text(_unpunctuated(forbes), encoding="utf-8")
    words = len(forbes.split())
    result = runner.invoke(app, ["brief", str(typed), "--format", "json"])
    assert result.exit_code == 0, result.output
    note = (
        f"{words} words without a sentence end (. ! ?); a line, or about 30 words of a "
        "longer run, is read as a sentence"
    )
    assert f"note {typed}: {note}" in result.stderr
    assert f"{typed}: {note}" in json.loads(result.stdout)["notes"]
    # A paragraph is a sentence: "... on our list: Tina Fey and Eva Longoria." runs on
    # into "Each actresses earned $13 million ...", the third paragraph's next sentence.
    summary = json.loads(result.stdout)["summary"]
    assert any("Tina Fey and Eva Longoria Each actresses earned" in s["text"] for s in summary)


def test_a_run_without_sentence_ends_is_cut_and_noted(forbes):
    """One line of 422 words: cut into pieces of about 30 words, which are its sentences."""
    run = " ".join(_unpunctuated(forbes).split())
    briefing = chorus.brief([run], words=100)
    assert briefing.notes == (
        "text 1: 422 words without a sentence end (. ! ?); a line, or about 30 words of a "
        "longer run, is read as a sentence",
    )
    assert all(25 <= len(s.text.split()) <= 30 for s in briefing.summary)


def test_the_article_with_its_sentence_ends_gets_no_such_note(tmp_path, forbes):
    assert chorus.brief([forbes]).notes == ()
    punctuated = tmp_path / "forbes.txt"
    punctuated.write_text(forbes, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(punctuated)])
    assert result.exit_code == 0 and "note" not in result.stderr


def test_export_names_a_socket_and_a_named_pipe_by_their_kind(a_socket):
    """Both were "no such run store", though each is there."""
    pipe = a_socket.parent / "run.sqlite"
    os.mkfifo(pipe)
    store = "(the .sqlite file chorus batch --out writes)"
    for path, kind in ((a_socket, "a socket"), (pipe, "a named pipe")):
        result = runner.invoke(app, ["export", str(path)])
        assert result.exit_code == 1
        assert _lines(result.output) == [f"chorus: error: {path}: {kind}, not a run store {store}"]
    missing = runner.invoke(app, ["export", str(a_socket.parent / "none.sqlite")])
    assert _lines(missing.output) == [
        f"chorus: error: {a_socket.parent}/none.sqlite: no such run store"
    ]
