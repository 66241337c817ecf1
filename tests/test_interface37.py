"""Bad input audited again (stop 36): a dataset that cannot be JSON Lines is one error for
`chorus eval`, a broken first line no longer refuses `chorus batch`'s other clusters, and
a file posted as the web form's `text` is read, not dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from tests.conftest import RAW_VALIDATION, SEEDS, read_clusters

runner = CliRunner()
SEED = SEEDS / "000_e70a219f8e194b37.txt"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        # An article given by mistake: one "malformed JSON" line per paragraph (9 for raw 5's
        # first article; 382,329 for a 100 MB one, in 6 s).
        (lambda: read_clusters(RAW_VALIDATION, 6)[5]["documents"][0].encode(), "text starting"),
        # UTF-16 holds NULs: 41 lines of "not UTF-8 text" and "malformed JSON", then "binary
        # data" (stop 37 names it).
        (lambda: SEED.read_text(encoding="utf-8").encode("utf-16"), "UTF-16 text"),
    ],
    ids=["an article", "utf-16"],
)
def test_eval_refuses_a_file_that_cannot_be_json_lines_in_one_line(tmp_path, data, kind):
    path = tmp_path / "article.txt"
    path.write_bytes(data())
    result = runner.invoke(app, ["eval", str(path), "--systems", "lead"])
    assert result.exit_code == 1
    (line,) = result.output.splitlines()
    assert line.startswith(f"chorus: error: {path}: {kind}")
    assert ", not JSON Lines: chorus eval reads one" in line
    assert line.endswith("(chorus brief reads articles)")


def _broken_then_clusters(tmp_path: Path) -> Path:
    clusters = [{**c, "id": f"raw-{n}"} for n, c in enumerate(read_clusters(RAW_VALIDATION, 2))]
    path = tmp_path / "clusters.jsonl"
    # A first line whose opening was lost (the tail of a copy cut short, joined to others).
    broken = json.dumps(clusters[0])[1:300]
    path.write_text("\n".join([broken, *(json.dumps(c) for c in clusters)]) + "\n")
    return path


def test_batch_briefs_the_clusters_after_a_broken_first_line(tmp_path):
    # Before: the whole file was refused as "text starting '{...', not JSON Lines" only
    # because its first line is no JSON object, while a broken later line is one problem.
    path = _broken_then_clusters(tmp_path)
    result = runner.invoke(app, ["batch", str(path), "--out", str(tmp_path / "run.sqlite")])
    assert "not JSON Lines" not in result.output
    assert "briefed 2 in" in result.output and "failed 1" in result.output


def test_eval_keeps_the_clusters_after_a_broken_first_line(tmp_path):
    path = _broken_then_clusters(tmp_path)
    result = runner.invoke(app, ["eval", str(path), "--systems", "lead", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "clusters.jsonl: 2 clusters at 250 words" in result.output
    assert "malformed clusters.jsonl line 1: malformed JSON" in result.output


def test_a_file_posted_as_the_forms_text_is_briefed_not_dropped(tmp_path):
    pytest.importorskip("fastapi")
    from tests.test_serve_api import client_for

    # `curl -F text=@000.txt -F files=@001.txt`: the first was dropped without a word.
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    parts = [
        ("text", (seeds[0].name, seeds[0].read_bytes(), "text/plain")),
        ("files", (seeds[1].name, seeds[1].read_bytes(), "text/plain")),
    ]
    with client_for(tmp_path) as client:
        both = client.post("/api/briefings", files=parts)
        alone = client.post("/api/briefings", files=parts[:1])
    assert both.status_code == 201, both.text
    names = [s["origin"] for s in both.json()["briefing"]["sources"]]
    assert sorted(names) == [p.name for p in seeds]
    assert alone.status_code == 201, alone.text
    assert alone.json()["sources"] == 1


def test_a_file_posted_as_urls_words_or_date_is_refused_by_name(tmp_path):
    pytest.importorskip("fastapi")
    from tests.test_serve_api import client_for

    # Before: `urls` was dropped without a word (the seed briefed alone), `date` refused as
    # "publication date 'UploadFile(filename=...)'", `words` as not a whole number.
    seed = ("files", (SEED.name, SEED.read_bytes(), "text/plain"))
    with client_for(tmp_path) as client:
        for name, sent in (("urls", b"https://example.com/a\n"), ("date", b"2018-04-13")):
            response = client.post(
                "/api/briefings", files=[seed, (name, ("field.txt", sent, "text/plain"))]
            )
            assert response.status_code == 400, response.text
            assert response.json()["detail"] == (
                f"{name} was sent as a file (field.txt); send it as text: "
                f"curl -F '{name}=<field.txt'"
            )
