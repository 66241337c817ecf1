import io
import json
import os
import subprocess
import sys
import threading
import time

from typer.testing import CliRunner

from chorus.api import brief
from chorus.cli import app
from chorus.ingest import read_inputs
from chorus.render import to_markdown
from chorus.summarize.scorers import TreeScorer
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

runner = CliRunner()
SEED = "000_e70a219f8e194b37.txt"


def test_cli_brief_seeds_prints_markdown(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    headline = result.stdout.splitlines()[0]
    assert headline.startswith("# ")
    # The headline is the seeds' own words (cut short, "…"), not a heading chorus wrote.
    words = headline[2:].removesuffix("…")
    assert any(words in p.read_text(encoding="utf-8") for p in seeds_dir.iterdir())
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


def test_cli_brief_stdin_from_a_terminal_says_it_is_waiting_for_text(seed_texts):
    import os
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "chorus", "brief", "-", "--no-analysis", "--words", "40"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(terminal)
    # A terminal's line editor takes lines of at most 4095 bytes; the seed's are shorter.
    for line in seed_texts["000_e70a219f8e194b37.txt"].splitlines():
        os.write(controller, line.encode("utf-8") + b"\n")
    os.write(controller, b"\x04")  # Ctrl-D: end of input
    out, err = process.communicate(timeout=120)
    os.close(controller)
    assert process.returncode == 0, err
    assert (
        "reading articles from standard input: paste them, a line of --- between two, then "
        "press Ctrl-D" in err
    )
    assert out.startswith("# French President Emmanuel Macron")
    assert "1. stdin, outlet unknown" in out, "standard input is no outlet"


def test_cli_eval_of_an_article_refuses_it_in_one_line(seeds_dir):
    # Since stop 36 (interface37) a file no line of which opens a JSON object is refused
    # whole, where eval once printed ten "malformed" lines and a count.
    article = seeds_dir / "001_f34298cc83c0a39a.txt"
    result = runner.invoke(app, ["eval", str(article), "--systems", "lead"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"chorus: error: {article}: text starting 'United States Ambassador")
    assert "not JSON Lines" in lines[0] and "chorus brief reads articles" in lines[0]


def test_cli_eval_of_a_folder_of_articles_says_what_a_folder_dataset_holds(seeds_dir):
    result = runner.invoke(app, ["eval", str(seeds_dir), "--systems", "lead"])
    assert result.exit_code == 1
    assert "no clusters to evaluate (a directory dataset holds one folder per cluster" in (
        result.output
    )


def test_cli_eval_checks_the_systems_before_reading_the_dataset(tmp_path):
    missing = tmp_path / "absent.jsonl"
    result = runner.invoke(app, ["eval", str(missing), "--systems", "chorus,lexrnk"])
    assert result.exit_code == 1
    assert result.output.startswith("chorus: error: unknown system 'lexrnk'")


def test_cli_train_checks_out_before_training_and_names_the_file_written(tmp_path):
    data = str(DATA / "multinews-plus-train.jsonl.gz")
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder", encoding="utf-8")
    for out, reason in (
        (tmp_path, "is a directory; --out names the model file (.npz)"),
        (a_file / "model.npz", "cannot write (a file stands where a folder is needed)"),
    ):
        result = runner.invoke(app, ["train", data, "--limit", "2", "--out", str(out)])
        assert result.exit_code == 1
        assert result.output.strip() == f"chorus: error: {out}: {reason}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
    # numpy adds .npz to any other name: the line names the file that is really there.
    result = runner.invoke(app, ["train", data, "--limit", "2", "--out", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'model.npz'}" in result.output
    assert TreeScorer.load(tmp_path / "model.npz").metadata


def test_cli_serve_refuses_a_store_it_cannot_open_and_names_the_word_limit(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder", encoding="utf-8")
    under_a_file = a_file / "briefings.sqlite"
    for options, message in (
        (
            ["--db", str(under_a_file)],
            f"{under_a_file}: cannot open the briefing store (a file stands where a folder "
            "is needed)",
        ),
        (
            ["--db", str(tmp_path / "b.sqlite"), "--words", "5000"],
            "--words must be between 1 and 2000",
        ),
    ):
        result = runner.invoke(app, ["serve", *options])
        assert result.exit_code == 1
        assert result.output.strip() == f"chorus: error: {message}"


def test_cli_brief_out_dash_is_standard_output(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "-w", "60", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert list(tmp_path.iterdir()) == [], "no file named '-'"


def test_cli_brief_latin1_on_standard_input_is_briefed_with_a_note(seed_texts):
    latin = seed_texts["000_e70a219f8e194b37.txt"].replace("Elysee", "\u00c9lys\u00e9e")
    result = runner.invoke(
        app, ["brief", "-", "--no-analysis", "-w", "60"], input=latin.encode("latin-1")
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "note stdin: not UTF-8 (byte 157); read as Windows-1252" in result.stderr
    # Read as Windows-1252, of which Latin-1's letters are part, it is the text its UTF-8
    # copy holds ("Élysée", not "�lys�e"), and so is its briefing.
    as_utf8 = runner.invoke(
        app, ["brief", "-", "--no-analysis", "-w", "60"], input=latin.encode("utf-8")
    )
    assert result.stdout == as_utf8.stdout


def test_cli_brief_refuses_an_out_it_cannot_write_before_briefing(seeds_dir, tmp_path):
    for out, reason in (
        (
            tmp_path / "absent" / "b.md",
            f"cannot write (no folder {tmp_path / 'absent'}); create the folder first, or "
            "give a file in a folder that exists",
        ),
        (
            tmp_path,
            f"is a directory, not a file to write; give a file such as {tmp_path / 'briefing.md'}",
        ),
    ):
        result = runner.invoke(app, ["brief", str(seeds_dir), "--out", str(out)])
        assert result.exit_code == 1
        assert result.output.strip() == f"chorus: error: {out}: {reason}"


def test_cli_date_with_a_time_gives_its_date(seeds_dir):
    # "2018-04-13T10:00Z" was refused as "not a calendar date"
    timelines = []
    for date in ("2018-04-13", "2018-04-13T10:00Z"):
        result = runner.invoke(app, ["brief", str(seeds_dir), "--date", date, "--format", "json"])
        assert result.exit_code == 0, result.output
        timelines.append(json.loads(result.stdout)["analysis"]["timeline"])
    assert timelines[0] == timelines[1]
    assert any(entry["date"] == "2018-04-10" for entry in timelines[1])


def test_cli_date_written_with_a_month_word_gives_that_date(seeds_dir):
    # "April 13, 2018" was refused as "not a calendar date", though a JSON record's was read.
    briefings = []
    for date in ("2018-04-13", "April 13, 2018", "13 April 2018"):
        args = ["brief", str(seeds_dir), "--date", date, "--no-analysis", "--format", "json"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        briefings.append(result.stdout)
    assert briefings[0] == briefings[1] == briefings[2]
    assert '"2018-04-13"' in briefings[0]


def test_cli_date_notes_the_own_dates_it_sets_aside(tmp_path):
    # --date replaced a page's own date unseen, though every relative date of the timeline
    # moves with it. Raw 112's second document opens "Sunday, July 31, 2011 21:39 EDT".
    cluster = read_clusters(RAW_VALIDATION, 113)[112]
    record = tmp_path / "debt_deal.jsonl"
    record.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    args = ["brief", str(record), "--no-analysis", "--date"]
    moved = runner.invoke(app, [*args, "2011-08-01"])
    assert moved.exit_code == 0, moved.output
    assert (
        f"note {record} document 2: dated 2011-08-01 as given; its own date 2011-07-31, from "
        "its opening line 'Sunday, July 31, 2011 21:39 EDT', set aside"
    ) in moved.stderr
    assert "document 1: dated" not in moved.stderr  # no date of its own to set aside
    same = runner.invoke(app, [*args, "2011-07-31"])
    assert same.exit_code == 0, same.output
    assert "set aside" not in same.stderr


def test_cli_date_without_a_year_says_so(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir), "--date", "May 19"], prog_name="chorus")
    assert result.exit_code == 2  # a usage error, as `--words abc` is
    assert result.output.strip() == (
        "chorus: error: Invalid value for '--date': 'May 19': gives no year; expected "
        "YYYY-MM-DD, e.g. 2018-04-13; see chorus brief --help"
    )


def test_cli_eval_refuses_an_out_that_refuses_writing_before_the_run(seeds_dir, tmp_path):
    # /proc/version passes the folder checks and, to root, the permission bits: it failed
    # only when the table was written, after the whole run.
    data = str(DATA / "multinews-raw-validation.jsonl.gz")
    for option in ("--out", "--per-cluster"):
        result = runner.invoke(
            app, ["eval", data, "--systems", "lead", "--limit", "2", option, "/proc/version"]
        )
        assert result.exit_code == 1
        assert result.output == "chorus: error: /proc/version: cannot write (Invalid argument)\n"
    # The check opens a file without truncating it, and leaves no new one behind.
    existing, fresh = tmp_path / "kept.md", tmp_path / "fresh.md"
    existing.write_text("an earlier table", encoding="utf-8")
    for out in (existing, fresh):
        result = runner.invoke(
            app, ["eval", str(seeds_dir), "--systems", "lead", "--out", str(out)]
        )
        assert result.exit_code == 1 and "no clusters to evaluate" in result.output
    assert existing.read_text(encoding="utf-8") == "an earlier table"
    assert not fresh.exists()


def test_cli_brief_an_option_after_double_dash_is_said_to_be_read_as_an_input(seeds_dir):
    # "--no-analysis: no such file or directory" left the reader wondering why an option
    # was looked for as a file.
    result = runner.invoke(app, ["brief", "--", str(seeds_dir), "--no-analysis"])
    assert result.exit_code == 1
    assert result.output == (
        "chorus: error: --no-analysis: no such file or directory (after `--` every word is "
        "read as an input: put options before it)\n"
    )


def test_cli_brief_says_what_it_waits_for_on_a_named_pipe(tmp_path, seed_texts, monkeypatch):
    """A FIFO nothing wrote to yet waited in silence, as if chorus hung; a folder's FIFOs
    are skipped, but one named is read, as `<(command)` is."""
    import chorus.cli

    monkeypatch.setattr(chorus.cli, "PIPE_PATIENCE", 0.0)
    pipe = tmp_path / "story"
    os.mkfifo(pipe)

    def write_later() -> None:
        time.sleep(0.5)  # after the line: the reader waits for this writer
        pipe.write_text(seed_texts["000_e70a219f8e194b37.txt"], encoding="utf-8")

    writer = threading.Thread(target=write_later)
    writer.start()
    result = runner.invoke(app, ["brief", str(pipe), "--no-analysis"])
    writer.join()
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        f"waiting for {pipe}: a named pipe is read until what writes to it closes it "
        "(Ctrl-C to stop)\n"
    )
    assert "French President Emmanuel Macron" in result.output


def test_a_web_address_given_as_an_input_says_to_save_the_page(seeds_dir):
    """A journalist gives the story's link: "no such file or directory" said nothing of
    why (chorus works offline and reads saved pages)."""
    for link in ("https://www.reuters.com/article/us-mideast-crisis-syria", "www.bbc.co.uk/news"):
        result = runner.invoke(app, ["brief", str(seeds_dir), link, "--no-analysis"])
        assert result.exit_code == 1, result.output
        assert result.stderr.strip().splitlines() == [
            f"chorus: error: {link}: a web address; chorus reads files, not links (it works "
            "offline): save the page from the browser (Ctrl-S) or download the file, and give "
            "the saved file"
        ]


class _Terminal(io.StringIO):
    """Standard input at a terminal, where `chorus brief -` says "paste them"."""

    def isatty(self) -> bool:
        return True


def test_articles_pasted_at_a_terminal_are_split_at_a_line_of_dashes(seed_texts):
    """`chorus brief -` says "paste them", but pasted plain articles were one article; the
    web form's box splits them at a line of `---`, and a terminal's paste now does too."""
    texts = list(seed_texts.values())[:2]
    pasted = read_inputs(["-"], stdin=_Terminal(f"{texts[0]}\n---\n{texts[1]}\n"))
    assert [(a.origin, a.outlet) for a in pasted.articles] == [
        ("stdin item 1", "stdin #1"),
        ("stdin item 2", "The Financial Times"),  # named by its copyright line
    ]
    assert [a.text for a in pasted.articles] == [t.strip("\n") for t in texts]
    shown = to_markdown(brief(pasted.articles, words=40, analyze=False))
    assert "1. stdin item 1, outlet unknown" in shown and "2. **The Financial Times**" in shown


def test_piped_input_keeps_an_articles_dividers_and_reads_a_posts_front_matter(seed_texts):
    """Piped, raw validation cluster 161's first document, with two lines of dashes in it,
    is one article; a Markdown post's front matter gives its title and date."""
    document = read_clusters(RAW_VALIDATION, 162)[161]["documents"][0]
    piped = runner.invoke(app, ["brief", "-", "--no-analysis", "-f", "json"], input=document)
    assert [s["origin"] for s in json.loads(piped.stdout)["sources"]] == ["stdin"]
    post = f"---\ntitle: Macron and Putin\ndate: 2018-04-13\n---\n\n{seed_texts[SEED]}"
    posted = runner.invoke(app, ["brief", "-", "--no-analysis", "-f", "json"], input=post)
    (source,) = json.loads(posted.stdout)["sources"]
    assert (source["origin"], source["title"], source["published"]) == (
        "stdin",
        "Macron and Putin",
        "2018-04-13",
    )
