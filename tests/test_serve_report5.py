"""The app's form as a screen reader meets it, fifth look: Tab lands on the file button
after the notes that go with it (the limits and suffixes, and after a refusal the files to
choose again), so the button carries them as its description."""

from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")

from tests.test_serve_api import client_for, expect_error


def _description(page: str, control: str) -> list[str]:
    """The texts an element's `aria-describedby` names, in order."""
    tag = re.search(rf'<input id="{control}"[^>]*>', page).group(0)
    ids = re.search(r'aria-describedby="([^"]*)"', tag).group(1).split()
    notes = (re.search(rf'id="{i}">(.*?)</p>', page).group(1) for i in ids)
    return [html.unescape(re.sub(r"<[^>]+>", "", note)) for note in notes]


def test_serve_file_button_is_described_by_its_notes(tmp_path, seeds_dir):
    seeds = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(seeds_dir.iterdir())]
    with client_for(tmp_path) as client:
        form = client.get("/").text
        assert _description(form, "files") == [
            "Up to 50 articles and 10 MB per briefing. Files: .txt, .md, .html, a page saved as"
            " one file (.mhtml), .json / .jsonl records, a spreadsheet's .csv or .tsv (a row"
            " per article), raw Multi-News lines, or .gz of these."
        ]
        refused = client.post("/briefings", files=seeds[:2], data={"date": "2018-02-30"})
        expect_error(refused, 400, "not a calendar date")
        again, limits = _description(refused.text, "files")
        assert again == (
            "Choose the files again (000_e70a219f8e194b37.txt, 001_f34298cc83c0a39a.txt): a"
            " browser does not keep them when the form comes back."
        )
        assert limits.startswith("Up to 50 articles and 10 MB per briefing.")
