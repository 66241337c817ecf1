"""A journalist's first hour with `chorus brief` (newcomer, eleventh round): what the
briefing says of itself, a summary short of the words asked, and `--out` into a folder or
over a file, on the seeds and raw validation cluster 228 (0-based)."""

import json
import re

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from tests.conftest import RAW_VALIDATION, read_clusters

runner = CliRunner()

# The three reports of a Baltimore lawyer caught on tape, saved as a journalist saves them.
CLUSTER = 228


@pytest.fixture(scope="module")
def story_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story")
    documents = read_clusters(RAW_VALIDATION, CLUSTER + 1)[CLUSTER]["documents"]
    for number, text in enumerate(documents, start=1):
        (folder / f"{number}_story.txt").write_text(text, encoding="utf-8")
    return folder


def _summary_lines(markdown: str) -> list[str]:
    summary = markdown.split("## Summary\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in summary.splitlines() if line and not line.startswith("_")]


def test_the_markdown_says_what_it_is_and_its_numbers_add_up(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    markdown = result.stdout
    # The FT seed's Reuters caption dates it (ingest/own_dates.py): "dates unknown" before.
    # Seed 1, on the story too, has no date: the date is said to be the FT's alone.
    said = re.search(
        r"^_A chorus briefing: (\d+) sources \(1 background\) · (\d+) sentences · "
        r"(\d+) of 250 words · "
        r"13 April 2018 \(date of source 2 only\)\. Each summary sentence is one source's own "
        r"words, followed by the numbers of the sources that carry it \(listed under Sources\)\._$",
        markdown,
        re.M,
    )
    assert said, markdown[:600]
    # First under the Summary heading: it opened on a headline and a summary alone before.
    assert markdown.split("## Summary\n\n", 1)[1].startswith(said.group(0))
    sources = re.findall(r"^\d+\. ", markdown.split("## Sources\n", 1)[1], re.M)
    lines = _summary_lines(markdown)
    words = sum(len(re.sub(r"(\[\d+\])+$", "", line).split()) for line in lines)
    assert (int(said[1]), int(said[2]), int(said[3])) == (len(sources), len(lines), words)
    assert (len(sources), len(lines)) == (3, 8)


def test_a_summary_short_of_the_words_asked_says_why(story_files, tmp_path):
    result = runner.invoke(app, ["brief", str(story_files), "--words", "2000", "--no-analysis"])
    assert result.exit_code == 0, result.output
    markdown = result.stdout
    said = re.search(
        r"^_The summary stops at ([\d,]+) of the 2,000 words asked: every other sentence of "
        r"the articles repeats what it says, leans on a sentence it leaves out, has fewer "
        r"than 9 words or is longer than the ([\d,]+) words left( \(counting the datelines it "
        r"leaves out\))?; what cleaning removed is not among them\._$",
        markdown,
        re.M,
    )
    assert said, markdown[:800]
    used, left = (int(group.replace(",", "")) for group in said.groups()[:2])
    words = sum(len(re.sub(r"(\[\d+\])+$", "", line).split()) for line in _summary_lines(markdown))
    # Selection counts the datelines the summary leaves out (clean58), and says so.
    assert used == words and used < 1800
    assert (used + left == 2000) == (said[3] is None)
    assert f"· {used:,} of 2,000 words ·" in markdown
    # The page says it too, under its Summary heading.
    page = tmp_path / "briefing.html"
    result = runner.invoke(
        app, ["brief", str(story_files), "-w", "2000", "--no-analysis", "-o", str(page)]
    )
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert f"The summary stops at {used:,} of the 2,000 words asked" in html
    # A summary that fills its budget says nothing of it: the same articles at 250 words.
    data = json.loads(runner.invoke(app, ["brief", str(story_files), "-f", "json"]).stdout)
    assert data["word_count"] > 0.9 * data["words"]
    filled = runner.invoke(app, ["brief", str(story_files)]).stdout
    assert "The summary stops at" not in filled


def test_the_page_counts_one_sentence_as_one(seeds_dir, tmp_path):
    page = tmp_path / "one.html"
    command = ["brief", str(seeds_dir), "-w", "40", "--no-analysis", "--out", str(page)]
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    # "wrote ... (38 words, 1 sentences)" before, as the page's "1 sentences".
    assert result.stderr.strip().endswith("(38 words, 1 sentence)")
    meta = re.search(r'<p class="meta">([^<]*)</p>', page.read_text(encoding="utf-8"))
    assert meta and meta[1].startswith("3 sources · 1 sentence · "), meta
    assert "1 sentences" not in meta[1]


def test_out_naming_a_folder_says_which_file_to_give(seeds_dir, tmp_path):
    cases = (
        (
            [str(tmp_path)],
            f"{tmp_path}: is a directory, not a file to write; give a file "
            f"such as {tmp_path / 'briefing.md'}",
        ),
        (
            [str(tmp_path), "-f", "json"],
            f"{tmp_path}: is a directory, not a file to write; "
            f"give a file such as {tmp_path / 'briefing.json'}",
        ),
        (
            [f"{tmp_path}/", "-f", "html"],
            f"{tmp_path}/: names a folder (it ends in '/'); "
            f"give a file name, such as {tmp_path / 'briefing.html'}",
        ),
        (
            [str(tmp_path / "new" / "b.md")],
            f"{tmp_path / 'new' / 'b.md'}: cannot write (no "
            f"folder {tmp_path / 'new'}); create the folder first, or give a file in a folder "
            "that exists",
        ),
    )
    for out, message in cases:
        result = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis", "--out", *out])
        assert result.exit_code == 1
        assert result.output.strip() == f"chorus: error: {message}"


def test_out_over_a_file_says_it_replaced_it_and_names_it_as_typed(seeds_dir, tmp_path):
    out = tmp_path / "[draft] briefing.md"
    command = ["brief", str(seeds_dir), "--no-analysis", "-w", "60", "--out", str(out)]
    first = runner.invoke(app, command)
    assert first.exit_code == 0, first.output
    # rich read "[draft]" as markup and printed "wrote .../ briefing.md".
    assert first.stderr.strip().endswith(f"wrote {out} (56 words, 2 sentences)")
    again = runner.invoke(app, command)
    assert again.stderr.strip().endswith(
        f"wrote {out}, replacing the file that was there (56 words, 2 sentences)"
    )
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_markdown_made_without_the_analysis_says_so(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir), "--no-analysis"])
    assert result.exit_code == 0, result.output
    markdown = result.stdout
    # The page said it; the Markdown's two sections read as all the story had.
    said = (
        "_Made without the cross-source analysis (chorus brief --no-analysis): what the "
        "outlets agree on, what only one reported, conflicts, who said what, the timeline, "
        "the names and background articles are left out._"
    )
    assert said in markdown
    assert markdown.index("## Summary") < markdown.index(said) < markdown.index("[1]")
    assert re.findall(r"^## .*", markdown, re.M) == ["## Summary", "## Sources"]
    with_analysis = runner.invoke(app, ["brief", str(seeds_dir)]).stdout
    assert "Made without" not in with_analysis


def test_a_one_article_briefing_written_beside_it_is_not_read_again(story_files, tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "1_story.txt").write_text(
        (story_files / "1_story.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    written = runner.invoke(app, ["brief", str(folder), "--out", str(folder / "b.md")])
    assert written.exit_code == 0, written.output
    assert "_A single article: there are no other sources" in (folder / "b.md").read_text(
        encoding="utf-8"
    )
    again = runner.invoke(app, ["brief", str(folder), "--no-analysis", "-f", "json"])
    briefing = json.loads(again.stdout)
    # Before: its note above "## Summary" hid it, and it was briefed as a second WJZ article.
    assert [s["origin"] for s in briefing["sources"]] == ["one/1_story.txt"]
    assert briefing["skipped"] == [
        {"origin": "one/b.md", "reason": "a chorus briefing, not an article; not read"}
    ]


def test_verbose_says_what_its_list_of_removals_is(seeds_dir):
    result = runner.invoke(app, ["brief", str(seeds_dir), "--verbose", "--no-analysis"])
    assert result.exit_code == 0, result.output
    removed = result.stdout.split("## Removed from the articles\n\n", 1)[1]
    assert removed.startswith(
        "_Lines cleaning took out of the articles before briefing them, as a page's "
        "furniture rather than its story: the source's number, the rule that matched, then "
        "the text._\n\n- [2] photo credit: United States Ambassador"
    )
    assert "- [2] copyright: Copyright The Financial Times Limited 2019." in removed


def test_a_format_its_file_name_contradicts_is_noted(seeds_dir, tmp_path):
    out = tmp_path / "briefing.md"
    result = runner.invoke(
        app, ["brief", str(seeds_dir), "--no-analysis", "-f", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (
        f"note --format json: {out} will hold JSON, though its name says Markdown "
        f"({tmp_path / 'briefing.json'} would say JSON)"
    ) in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]
    # A suffix that agrees, or names no format, says nothing.
    for name, given in (("b.html", "html"), ("b.txt", "json"), ("b.md", "md")):
        quiet = runner.invoke(
            app, ["brief", str(seeds_dir), "--no-analysis", "-f", given, "-o", str(tmp_path / name)]
        )
        assert quiet.exit_code == 0 and "note --format" not in quiet.stderr, quiet.stderr


def test_a_background_source_says_so_in_the_markdown_sources(seeds_dir):
    markdown = runner.invoke(app, ["brief", str(seeds_dir)]).stdout
    sources = markdown.split("## Sources\n\n", 1)[1].splitlines()
    # The seeds' [3], the page's "background" chip, whose sentences make its timeline.
    assert sources[2] == (
        "3. file `002_d1c345cafae71714.txt`, outlet unknown, date unknown, set aside as "
        "background (see Background)"
    )
    assert "## Background\n\n- [3] " in markdown
    assert not any("background" in line for line in sources[:2])
    # With 2,000 words asked, the note on a short summary names the background article.
    long = runner.invoke(app, ["brief", str(seeds_dir), "-w", "2000"]).stdout
    assert ", leans on a sentence it leaves out, comes from an article set aside (see " in long
