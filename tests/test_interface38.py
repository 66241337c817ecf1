"""A new user's first hour (stop 37): a note quotes the words it read a date from, a
`--date` refused says why, a UTF-16 dataset is named as such, and a long briefing says it
is still at work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chorus.cli
from chorus.cli import app
from chorus.ingest import read_inputs
from tests.conftest import RAW_VALIDATION, SEEDS, read_clusters

runner = CliRunner()


def _raw_article(tmp_path: Path, cluster: int, document: int) -> Path:
    path = tmp_path / f"raw{cluster}_{document}.txt"
    path.write_text(read_clusters(RAW_VALIDATION, cluster + 1)[cluster]["documents"][document])
    return path


def _date_note(notes: list[str]) -> str:
    (note,) = [note for note in notes if ": date " in note]
    return note.split(": ", 1)[1]


def test_a_caption_dating_a_seed_is_quoted_where_it_gives_the_date():
    """Seed 001's Reuters caption closes on its date; the note quoted its first 80
    characters, "... greets Russian Ambass", which name no date."""
    note = _date_note(read_inputs([str(SEEDS)]).notes)
    assert note.startswith("date 2018-04-13 read from its captions '…")
    assert "New York, U.S., April 13, 2018." in note
    assert "Ambass'" not in note


def test_a_post_dating_an_article_is_quoted_with_its_stamp(tmp_path):
    """Raw 103 [2] is dated by Rep. Speier's post, a 167-character line whose stamp
    closes it: the note showed only the post's opening words."""
    note = _date_note(read_inputs([str(_raw_article(tmp_path, 103, 2))]).notes)
    assert note == (
        "date 2016-06-09 read from its posts '…https://t.co/vpL1lLBN13 #BrockTurnerisaRapist "
        "— Jackie Speier (@RepSpeier) June 9, 2016'"
    )


def test_a_share_link_dating_an_article_is_quoted_up_to_its_date(tmp_path):
    """Raw 77 [4]'s share link gives its date in its address, /2017/07/08/."""
    note = _date_note(read_inputs([str(_raw_article(tmp_path, 77, 4))]).notes)
    assert note.startswith("date 2017-07-08 read from its share link '")
    assert "rgj.com/story/news/marijuana/2017/07/08/" in note
    assert note.endswith("…'")


def test_a_spelled_out_address_is_quoted_where_it_names_the_outlet(tmp_path):
    """Raw 36 [1] closes on "... send an email to the author at ereeve at theatlantic dot
    com.": the note showed the line's first 80 characters, which stop before it."""
    notes = read_inputs([str(_raw_article(tmp_path, 36, 1))]).notes
    (note,) = [note for note in notes if ": outlet " in note]
    assert note.split(": ", 1)[1].startswith(
        "outlet 'theatlantic.com' read from its writer's address, '…"
    )
    assert "send an email to the author at ereeve at theatlantic dot com." in note


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("13/04/2018", "day and month in figures, read neither day first nor month first"),
        ("2018-04", "names no day"),
        ("April 2018", "names no day"),
        ("Friday", "not a date chorus reads"),
        ("2018-02-30", "not a calendar date"),
    ],
)
def test_a_date_refused_says_why(date, why):
    """All five were "not a calendar date", though 13 April 2018 is one."""
    result = runner.invoke(
        app, ["brief", str(SEEDS), "--no-analysis", "--date", date], prog_name="chorus"
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"chorus: error: Invalid value for '--date': {date!r}: {why}; expected YYYY-MM-DD, "
        "e.g. 2018-04-13; see chorus brief --help"
    )


@pytest.mark.parametrize("command", ["eval", "batch"])
def test_a_utf16_dataset_is_named_as_utf16(tmp_path, command):
    """Raw 0 saved as UTF-16 (as Windows tools save text) was "binary data"."""
    cluster = read_clusters(RAW_VALIDATION, 1)[0]
    path = tmp_path / "raw0.jsonl"
    path.write_text(json.dumps(cluster) + "\n", encoding="utf-16")
    result = runner.invoke(app, [command, str(path), "--out", str(tmp_path / "out.sqlite")])
    assert result.exit_code == 1
    (line,) = result.output.splitlines()
    assert line.startswith(
        f"chorus: error: {path}: UTF-16 text (convert it to UTF-8: iconv -f UTF-16 -t UTF-8), "
        f"not JSON Lines: chorus {command} reads one"
    )
    assert not (tmp_path / "out.sqlite").exists()


def test_a_briefing_past_its_patience_says_it_is_still_at_work(monkeypatch):
    """690 raw articles were briefed in 30 s of silence on a loaded machine; with no
    patience at all, the seeds' briefing says so too, once, and is written whole."""
    monkeypatch.setattr(chorus.cli, "BRIEF_PATIENCE", 0.0)
    result = runner.invoke(app, ["brief", str(SEEDS), "--no-analysis"])
    assert result.exit_code == 0
    assert result.stderr.count("still briefing") == 1
    assert "still briefing 3 articles after 0 s (Ctrl-C stops it)" in result.stderr
    assert result.stdout.startswith("# ") and "## Sources" in result.stdout
