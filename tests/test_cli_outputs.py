"""Where `--out` may write, and what a briefing written beside its articles does to the
next run: checked on the seeds before any briefing is made."""

import json
import shutil

from typer.testing import CliRunner

from chorus.cli import app

runner = CliRunner()


def test_out_ending_in_a_slash_names_a_folder_and_is_refused(seeds_dir, tmp_path):
    wanted = tmp_path / "briefings"
    for command in (
        ["brief", str(seeds_dir), "--no-analysis", "--out", f"{wanted}/"],
        ["eval", str(seeds_dir), "--systems", "lead", "--out", f"{wanted}/"],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 1, result.output
        assert "names a folder (it ends in '/')" in result.output
        # Before: the briefing went to a file named "briefings".
        assert not wanted.exists()


def test_out_naming_an_input_is_refused_and_the_article_kept(seeds_dir, tmp_path, seed_texts):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    first = sorted(folder.iterdir())[0]
    for inputs in ([str(first), str(sorted(seeds_dir.iterdir())[1])], [str(folder)]):
        result = runner.invoke(app, ["brief", *inputs, "--no-analysis", "--out", str(first)])
        assert result.exit_code == 1, result.output
        assert "is one of the inputs; writing there would overwrite it" in result.output
        assert first.read_text(encoding="utf-8") == seed_texts[first.name]


def test_briefings_written_beside_the_articles_are_not_read_as_articles(seeds_dir, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    alone = runner.invoke(app, ["brief", str(folder), "--no-analysis", "--format", "json"])
    for name, output_format in (("b.md", "markdown"), ("b.html", "html"), ("b.json", "json")):
        written = runner.invoke(
            app, ["brief", str(folder), "-f", output_format, "--out", str(folder / name)]
        )
        assert written.exit_code == 0, written.output
    again = runner.invoke(app, ["brief", str(folder), "--no-analysis", "--format", "json"])
    assert again.exit_code == 0, again.output
    briefing = json.loads(again.stdout)
    # Before: the Markdown and HTML briefings were briefed as two more articles.
    assert len(briefing["sources"]) == 3
    skipped = {s["origin"]: s["reason"] for s in briefing["skipped"]}
    assert skipped == {
        f"seeds/{name}": "a chorus briefing, not an article; not read"
        for name in ("b.html", "b.json", "b.md")
    }
    assert briefing["summary"] == json.loads(alone.stdout)["summary"]


def test_hidden_files_of_a_folder_are_reported_as_skipped(seeds_dir, tmp_path, seed_texts):
    folder = tmp_path / "news"
    folder.mkdir()
    first, second, _ = seed_texts
    (folder / f".{first}").write_text(seed_texts[first], encoding="utf-8")
    (folder / second).write_text(seed_texts[second], encoding="utf-8")
    result = runner.invoke(app, ["brief", str(folder), "--no-analysis", "--format", "json"])
    assert result.exit_code == 0, result.output
    briefing = json.loads(result.stdout)
    # The second seed names its outlet in its copyright line.
    assert [s["origin"] for s in briefing["sources"]] == [f"news/{second}"]
    # Before: the hidden article went unread without a word.
    assert briefing["skipped"] == [
        {"origin": f"news/.{first}", "reason": "a hidden file (its name starts with '.'); not read"}
    ]


def test_verbose_with_another_format_says_it_changes_markdown_only(seeds_dir):
    plain = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "-f", "json"])
    verbose = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "-f", "json", "-v"])
    assert verbose.exit_code == 0, verbose.output
    # Before: the flag did nothing, without a word.
    assert verbose.stdout == plain.stdout
    # Beside the notes both print (seed 001's outlet read from its copyright line).
    assert set(verbose.stderr.splitlines()) - set(plain.stderr.splitlines()) == {
        "note --verbose changes Markdown only: JSON always lists what cleaning removed"
    }
    assert any(source["removed"] for source in json.loads(verbose.stdout)["sources"])


def test_out_chooses_the_format_its_suffix_names_unless_format_is_given(seeds_dir, tmp_path):
    """`--out briefing.html` wrote Markdown into the page (a browser showed it as plain
    text), and `--format md`, the suffix of Markdown's files, was refused."""
    base = ["brief", str(seeds_dir), "--no-analysis", "--words", "60"]
    written = {}
    for name, options in (
        ("page.html", []),
        ("data.JSON", []),
        ("notes.txt", []),
        ("asked.html", ["--format", "json"]),
        ("short.md", ["-f", "md"]),
    ):
        result = runner.invoke(app, [*base, *options, "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        written[name] = (tmp_path / name).read_text(encoding="utf-8")
    assert written["page.html"].startswith("<!DOCTYPE html>")
    assert json.loads(written["data.JSON"])["summary"]
    assert written["notes.txt"].startswith("# ") and "## Summary" in written["notes.txt"]
    assert json.loads(written["asked.html"])["summary"]
    assert written["short.md"] == written["notes.txt"]


def test_out_naming_a_document_format_chorus_does_not_write_is_refused(seeds_dir, tmp_path):
    """`--out briefing.pdf` wrote Markdown into a file no PDF reader opens."""
    wanted = tmp_path / "briefing.pdf"
    result = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "--out", str(wanted)])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        f"chorus: error: {wanted}: chorus writes no PDF file; it writes Markdown, JSON or HTML: "
        f"--out {wanted.with_suffix('.html')} gives a page a browser prints or saves as PDF"
    ]
    assert list(tmp_path.iterdir()) == []


def test_out_naming_a_table_is_refused_pointing_to_json(seeds_dir, tmp_path):
    """`--out briefing.csv` wrote Markdown, which a spreadsheet opens as a column of lines."""
    wanted = tmp_path / "briefing.csv"
    result = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "--out", str(wanted)])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        f"chorus: error: {wanted}: chorus writes no CSV file; it writes Markdown, JSON or HTML: "
        f"--out {wanted.with_suffix('.json')} gives every sentence with its sources, as a "
        "program reads them"
    ]
    assert list(tmp_path.iterdir()) == []
