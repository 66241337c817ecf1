"""What the last looks at the web app, the report and train left (stop 35): a Latin-1
form field, short pasted HTML, a web page's command-line tip, the status line's order,
a column heading's accessible name, train's fitting in a log, a refused store's
connection."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest

from tests.conftest import DATA, RAW_VALIDATION
from tests.test_serve_api import client_for

PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"

try:  # without Playwright the browser's tests skip, not every test of this file
    from tests.test_browser import CHROMIUM, browser, page, report_file  # noqa: F401 (fixtures)

    in_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
except pytest.skip.Exception:
    in_chromium = pytest.mark.skip(reason="no playwright")


def _raw_documents(line: int) -> list[str]:
    from chorus.ingest.clusters import record_documents

    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        for number, text in enumerate(lines):
            if number == line:
                return record_documents(json.loads(text)) or []
    raise AssertionError(f"no line {line}")


def _ids(response) -> list[str]:
    assert response.status_code == 201, response.text
    return sorted(s["article_id"] for s in response.json()["briefing"]["sources"])


def test_latin1_form_field_reads_as_its_multipart_part(tmp_path):
    pytest.importorskip("fastapi")
    # Raw validation 49: Mauril Bélanger's anthem bill; two of its three articles are
    # Latin-1 text, the third holds a curly quote and is sent as UTF-8.
    documents = _raw_documents(49)
    encoded = [d.encode("latin-1" if n != 1 else "utf-8") for n, d in enumerate(documents)]
    body = "&".join(f"text={quote_from_bytes(e)}" for e in encoded) + "&words=120"
    with client_for(tmp_path) as client:
        form = client.post(
            "/api/briefings",
            content=body.encode("ascii"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        parts = [("text", (None, e, "text/plain")) for e in encoded] + [("words", (None, b"120"))]
        multipart = client.post("/api/briefings", files=parts)
        # Read by chorus now, the form keeps Starlette's limit on its fields.
        many = client.post(
            "/api/briefings",
            content="&".join([f"text={quote_from_bytes(encoded[0])}"] * 65).encode("ascii"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert _ids(form) == _ids(multipart)
    assert "\ufffd" not in form.text
    assert "Bélanger" in json.dumps(form.json()["briefing"], ensure_ascii=False)
    assert many.status_code == 400
    assert many.json() == {"detail": "Too many fields. Maximum number of fields is 64."}


def test_windows_1252_text_reads_alike_as_a_part_a_field_and_a_file(tmp_path):
    pytest.importorskip("fastapi")
    # Raw validation 49's second article holds curly quotes (0x92 in Windows-1252), which
    # Starlette read in a multipart text part as control characters (U+0092), while the
    # same bytes uploaded as a file read "’".
    documents = _raw_documents(49)
    encoded = [d.encode("cp1252") for d in documents]
    assert b"\x92" in encoded[1]
    urlencoded = "&".join(f"text={quote_from_bytes(e)}" for e in encoded).encode("ascii")
    with client_for(tmp_path) as client:
        ways = [
            client.post("/api/briefings", files=[("text", (None, e)) for e in encoded]),
            client.post(
                "/api/briefings",
                content=urlencoded,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            client.post(
                "/api/briefings",
                files=[("files", (f"{n}.txt", e, "text/plain")) for n, e in enumerate(encoded)],
            ),
        ]
    part, field, upload = (_ids(way) for way in ways)
    assert part == field == upload
    assert "\\u0092" not in ways[0].text and "\u0092" not in ways[0].text


def test_a_pasted_one_paragraph_piece_of_html_is_read():
    """trafilatura's loader refused a piece of a page that parses to one block (`<p>...</p>`,
    `<div><p>...</p></div>`): raw validation 11's Stallone statement (one paragraph of 382
    characters) pasted as HTML was "no article text found in the HTML"."""
    import html

    from chorus.ingest.uploads import read_uploads

    documents = _raw_documents(11)
    pasted = [
        "".join(f"<p>{html.escape(line)}</p>" for line in d.splitlines() if line.strip())
        for d in documents
    ]
    pasted.append(f'<div class="story">{pasted[0]}</div>')
    ingested = read_uploads([], pasted=pasted, max_bytes=10_000_000)
    assert [a.text.split() for a in ingested.articles] == [d.split() for d in documents]
    # The last piece is the first in a <div>: read as the same text, not as no text.
    assert [s.reason for s in ingested.skipped] == ["same text as pasted text 1"]


def test_two_clusters_uploaded_are_refused_without_a_command_line_tip(tmp_path):
    pytest.importorskip("fastapi")
    from chorus.errors import ChorusError
    from chorus.ingest import read_inputs

    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        two = "".join(line for _, line in zip(range(2), lines, strict=False))
    said = "the input holds 2 Multi-News clusters; a briefing covers one story: give one "
    with client_for(tmp_path) as client:
        files = [("files", ("clusters.jsonl", two.encode(), "application/json"))]
        for address in ("/briefings", "/api/briefings"):
            refused = client.post(address, files=files)
            assert refused.status_code == 400, refused.text
            assert said + "cluster at a time" in refused.text
            assert "chorus batch" not in refused.text
    # At the command line the tip is where it can be followed.
    saved = tmp_path / "clusters.jsonl"
    saved.write_text(two, encoding="utf-8")
    with pytest.raises(ChorusError, match=r"at a time \(`chorus batch` briefs many\)$"):
        read_inputs([str(saved)])


@in_chromium
def test_browser_status_names_outlets_in_the_order_of_the_marks(
    page,
    report_file,
):
    # The seeds' first agreed fact is the FT's sentence ([2]) backed by [1]'s: its marks
    # read "[1][2]" and the status line "Highlighted in [2] 001_..., [1] 000_...".
    page.goto(report_file.as_uri())
    item = page.locator("section[aria-labelledby=h-agreed] li").first
    item.locator("[data-sources]").click()
    marks = item.locator(".cites a").all_inner_texts()
    assert marks == ["[1]", "[2]"]
    assert page.inner_text("#hl-status") == (
        "Highlighted in [1] 000_e70a219f8e194b37.txt, [2] 001_f34298cc83c0a39a.txt."
    )


@in_chromium
def test_browser_a_column_is_named_as_its_heading_reads(
    page,
    report_file,
    seeds_dir,
):
    # Each seed's column is headed by its file name, with chances to break after "_" and
    # before "." (<wbr>) that Chromium read as spaces: "1 000_ e70a219f8e194b37 .txt".
    page.goto(report_file.as_uri())
    assert "<wbr>" in page.inner_html("#src-1-h")
    for number, seed in enumerate(sorted(seeds_dir.iterdir()), start=1):
        name = f"{number} {seed.name}"
        column = page.get_by_role("article", name=name, exact=True)
        assert column.evaluate_all("els => els.map((e) => e.id)") == [f"src-{number}"]
        assert page.get_by_role("heading", name=name, exact=True).count() == 1


def test_train_logs_each_tenth_of_its_trees(tmp_path):
    """Fitting the trees (minutes on all of Multi-News+ train) printed nothing until the
    last line, in a log and at a terminal alike."""
    from typer.testing import CliRunner

    from chorus.cli import app

    data = tmp_path / "thirty.jsonl"
    with gzip.open(DATA / "multinews-plus-validation.jsonl.gz", "rb") as lines:
        data.write_bytes(b"".join(next(lines) for _ in range(30)))
    model = tmp_path / "model.npz"
    result = CliRunner().invoke(app, ["train", str(data), "--out", str(model), "--limit", "30"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    fitted = [line for line in lines if line.startswith("fitted ")]
    expected = [
        f"fitted {done} of 200 trees {fit}"
        for fit in ("for the held-out check", "on every cluster")
        for done in range(20, 201, 20)
    ]
    assert [line.rsplit(", ", 1)[0] for line in fitted] == expected
    assert all(re.fullmatch(r"\d+ s so far", line.rsplit(", ", 1)[1]) for line in fitted)
    # After the last cluster labelled, before the closing line.
    last_labelled = max(n for n, line in enumerate(lines) if line.startswith("labelled 30 of 30"))
    assert lines.index(fitted[0]) == last_labelled + 1
    assert lines[-1].startswith("trained on 30 clusters") and lines[-2] == fitted[-1]


def test_trees_fitted_with_progress_are_one_plain_fit(tmp_path):
    """Told of each tree, the fit is the same: the shipped model's trees do not move."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    from chorus.settings import SummaryOptions
    from chorus.training.examples import build_examples
    from chorus.training.fit import LEARNING_RATE, LEAVES, MIN_LEAF, fit_trees

    examples = build_examples(PLUS_TRAIN, 80, SummaryOptions(), "precision", lambda: None)
    grown: list[int] = []
    told = fit_trees(examples.features, examples.labels, trees=40, seed=5, fitted=grown.append)
    plain = HistGradientBoostingRegressor(
        max_iter=40,
        learning_rate=LEARNING_RATE,
        max_leaf_nodes=LEAVES,
        min_samples_leaf=MIN_LEAF,
        early_stopping=False,
        random_state=5,
    ).fit(examples.features, examples.labels)
    assert grown == list(range(1, 41))
    pairs = zip(told._predictors, plain._predictors, strict=True)
    assert all((a.nodes == b.nodes).all() for (a,), (b,) in pairs)


def _open_descriptors(path) -> int:
    """How many of this process's file descriptors name `path` (Linux's /proc)."""
    fds = Path("/proc/self/fd")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(path))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="no /proc/self/fd")
def test_a_store_refused_by_sqlite_is_closed(tmp_path, seeds_dir):
    """A seed article given as the store is "file is not a database": the connection
    opened on it stayed open (held by the error's traceback) after the refusal."""
    from chorus.batch.store import SqliteStore
    from chorus.errors import ChorusError

    notes = tmp_path / "notes.txt"
    notes.write_bytes(sorted(seeds_dir.iterdir())[0].read_bytes())
    with pytest.raises(ChorusError, match="cannot open as a chorus run store") as refused:
        SqliteStore.open(notes)
    assert "file is not a database" in str(refused.value)
    assert _open_descriptors(notes) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
