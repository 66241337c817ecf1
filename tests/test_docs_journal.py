"""decisions.md keeps one short entry per choice; the measured passes behind them live in
docs/journal/, and every pointer into the journal names an entry that is there."""

import re
from pathlib import Path

from tests.conftest import REPO

DECISIONS = REPO / "docs" / "decisions.md"
JOURNAL = REPO / "docs" / "journal"
LONGEST_ENTRY = 25
"""Lines an entry of decisions.md may run to: a longer one is a pass report, for the journal."""
POINTER = re.compile(
    r"(?:docs/)?journal/(\w+)\.md"
    r"""[^"'\u201c\n]{0,4}(?:\n[ #]*)?["'\u201c]([^"'\u201d]+)["'\u201d]"""
)


def _entries(text: str) -> list[list[str]]:
    entries: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            entries.append([])
        if entries:
            entries[-1].append(line)
    return entries


def _headings(path: Path) -> list[str]:
    lines = path.read_text().splitlines()
    return [" ".join(line[3:].split()) for line in lines if line.startswith("## ")]


def test_decisions_entries_are_short():
    long = [e[0] for e in _entries(DECISIONS.read_text()) if len(e) > LONGEST_ENTRY]
    assert long == []


def test_decisions_index_links_every_journal_file_and_no_other():
    linked = set(re.findall(r"\]\(journal/(\w+\.md)\)", DECISIONS.read_text()))
    assert linked == {path.name for path in JOURNAL.glob("*.md")}
    assert len(linked) >= 10


def test_every_pointer_into_the_journal_names_one_of_its_entries():
    paths = [
        *REPO.glob("src/**/*.py"),
        *REPO.glob("tests/**/*.py"),
        *REPO.glob("tests/fixtures/*.json"),
        *REPO.glob("bench/*.py"),
        *REPO.glob("docs/*.md"),
        REPO / "README.md",
        REPO / "BENCHMARKS.md",
    ]
    checked = 0
    for path in paths:
        # a JSON fixture writes its quotation marks escaped (\")
        text = path.read_text().replace('\\"', '"')
        for topic, quoted in POINTER.findall(text):
            entry = " ".join(re.sub(r"\n[ #]*", " ", quoted).split())
            headings = _headings(JOURNAL / f"{topic}.md")
            assert any(h.startswith(entry) for h in headings), (path.name, entry)
            checked += 1
    assert checked >= 50
