import json
import subprocess
import sys

from typer.testing import CliRunner

from chorus.cli import app

runner = CliRunner()


def test_cli_brief_seeds_prints_markdown(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    headline = result.stdout.splitlines()[0]
    assert headline.startswith("# ")
    # The headline is the seeds' own words, not a heading chorus wrote.
    assert any(headline[2:] in p.read_text(encoding="utf-8") for p in seeds_dir.iterdir())
    assert "## Sources" in result.stdout


def test_cli_brief_json_to_file(seeds_dir, tmp_path):
    out = tmp_path / "briefing.json"
    files = sorted(str(p) for p in seeds_dir.iterdir())
    result = runner.invoke(
        app, ["brief", *files, "--words", "150", "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["word_count"] <= 150
    assert len(payload["sources"]) == 3


def test_cli_brief_stdin_multinews_record(validation_clusters):
    record = json.dumps(validation_clusters[2])
    result = runner.invoke(app, ["brief", "-", "--format", "json"], input=record + "\n")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert len(payload["sources"]) == len(validation_clusters[2]["documents"])


def test_cli_brief_verbose_shows_what_cleaning_removed(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir), "--verbose"])
    assert "## Removed from the articles" in result.stdout
    assert "REUTERS/Eduardo Munoz" in result.stdout


def test_cli_brief_errors_are_one_line_without_traceback(tmp_path):
    for args in (
        ["brief", str(tmp_path / "missing.txt")],
        ["brief", str(tmp_path)],
        ["brief", "--date", "13/04/2018", str(tmp_path)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code != 0
        assert "Traceback" not in result.output
        assert result.output.strip().startswith("chorus: error:")
        assert len(result.output.strip().splitlines()) == 1


def test_cli_brief_reports_skipped_inputs(seeds_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(empty), str(seeds_dir)])
    assert result.exit_code == 0
    assert f"skipped {empty}: empty" in result.stderr


def test_cli_brief_no_analysis_gives_the_summary_alone(seeds_dir):
    full = runner.invoke(app, ["brief", str(seeds_dir), "--format", "json"])
    bare = runner.invoke(app, ["brief", str(seeds_dir), "--format", "json", "--no-analysis"])
    assert full.exit_code == bare.exit_code == 0
    assert json.loads(full.stdout)["analysis"] is not None
    assert json.loads(bare.stdout)["analysis"] is None


def test_cli_start_leaves_the_batch_and_eval_machinery_unloaded():
    # Every `chorus brief` imports chorus.cli; the batch engines, store and workers, and the
    # evaluation harness, datasets and report load only when their commands run.
    probe = (
        "import json, sys, chorus.cli; "
        "prefixes = ('chorus.batch.', 'chorus.evaluate.'); "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(prefixes))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(loaded) == [
        "chorus.batch.cli",
        "chorus.evaluate.cli",
        "chorus.evaluate.oracle",
        "chorus.evaluate.rouge",
        "chorus.evaluate.splitter",
        "chorus.evaluate.systems",
    ]
