"""The harness: systems, budgets, external commands, and the `chorus eval` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from chorus.errors import ChorusError
from chorus.evaluate.datasets import load
from chorus.evaluate.harness import evaluate, summarize, truncate
from chorus.evaluate.splitter import PysbdTokenizer, document_sentences
from chorus.evaluate.systems import lead, resolve

DATA = Path(__file__).parents[1] / "../shared/data"
MULTINEWS = DATA / "multinews-raw-validation.jsonl.gz"
SUMMARIZER = """\
import json, sys
cluster = json.load(sys.stdin)
for document in cluster["documents"]:
    print(document.strip().splitlines()[0])
"""


@pytest.fixture(scope="module")
def clusters() -> tuple:
    return load(MULTINEWS, limit=3).clusters


def test_truncate_cuts_words_and_keeps_sentence_lines() -> None:
    assert truncate(["One two three.", "Four  five\nsix.", "Seven."], 5) == (
        "One two three.",
        "Four five",
    )
    assert truncate(["Short."], 100) == ("Short.",)


def test_lead_takes_leading_sentences_in_turn(clusters: tuple) -> None:
    cluster = clusters[0]
    # A document that is only furniture (4830's mailing-list form) has no sentence to lead.
    firsts = [sentences[0] for sentences in map(document_sentences, cluster.documents) if sentences]
    assert len(firsts) < len(cluster.documents)
    summary = lead(cluster.documents, 250)
    assert summary[: len(firsts)] == firsts
    assert sum(len(s.split()) for s in summary[:-1]) < 250 <= sum(len(s.split()) for s in summary)


def test_pysbd_peer_splits_raw_text_without_chorus_cleaning() -> None:
    text = (Path(__file__).parents[1] / "../shared/seeds/001_f34298cc83c0a39a.txt").read_text()
    raw = PysbdTokenizer().to_sentences(text)
    cleaned = document_sentences(text)
    # The caption credit chorus removes stays in pysbd's sentences: sumy ranks it too.
    assert any("REUTERS/" in s for s in raw)
    assert not any("REUTERS/" in s for s in cleaned)
    assert all(s == s.strip() and s for s in raw)
    # The caption's "New York, U.S., April 13, 2018." is one sentence, as in chorus' splitter.
    assert [s for s in raw if "U.S." in s] == [raw[0]]
    assert raw[0].endswith("New York, U.S., April 13, 2018.")
    assert len(raw) > len(cleaned)


def test_every_builtin_system_runs_offline_and_oracle_is_the_best(clusters: tuple) -> None:
    names = ["chorus", "lead", "lexrank", "lexrank-pysbd", "textrank", "lexrank-pkg", "oracle"]
    systems = resolve(names, None, 5)
    outcomes, warmup = evaluate(clusters, systems, 100)
    assert set(warmup) == {s.name for s in systems}
    assert len(outcomes) == len(clusters) * len(systems)
    for outcome in outcomes:
        assert outcome.error is None and outcome.summary
        assert sum(len(s.split()) for s in outcome.summary) <= 100
    results = {r.name: r for r in summarize(outcomes, warmup, seed=1)}
    assert max(results, key=lambda name: results[name].rouge1.mean) == "oracle"
    assert results["chorus"].speed_vs_chorus == 1.0
    for result in results.values():
        assert result.rouge1.low <= result.rouge1.mean <= result.rouge1.high
        assert result.clusters_per_second > 0


def test_external_command(tmp_path: Path, clusters: tuple) -> None:
    script = tmp_path / "first_lines.py"
    script.write_text(SUMMARIZER)
    systems = resolve(["lead"], f"{sys.executable} {script}", timeout=30)
    assert [s.name for s in systems] == ["lead", "cmd"]
    outcomes, _ = evaluate(clusters[:2], systems, 250)
    external = [o for o in outcomes if o.system == "cmd"]
    assert [o.error for o in external] == [None, None]
    expected = [d.strip().splitlines()[0] for d in clusters[0].documents]
    assert list(external[0].summary) == [" ".join(line.split()) for line in expected]
    assert external[0].scores.rouge1 > 10


def test_failing_and_hanging_commands_are_reported(tmp_path: Path, clusters: tuple) -> None:
    failing = tmp_path / "fail.py"
    failing.write_text("import sys\nsys.stderr.write('model missing\\n')\nsys.exit(3)\n")
    hanging = tmp_path / "hang.py"
    hanging.write_text("import time\ntime.sleep(60)\n")
    seen = []
    for script, message in ((failing, "exit status 3: model missing"), (hanging, "timed out")):
        systems = resolve(["cmd"], f"{sys.executable} {script}", timeout=0.5)
        outcomes, _ = evaluate(clusters[:1], systems, 250, on_failure=seen.append)
        (outcome,) = outcomes
        assert outcome.error is not None and outcome.error.startswith(message)
        assert outcome.summary == () and outcome.scores.rouge1 == 0.0
        assert outcome.seconds < 5
    assert len(seen) == 2
    (result,) = summarize(outcomes, {}, seed=0)
    assert result.failures == 1 and result.peak_mib is None


def test_unknown_system_and_missing_command_are_errors() -> None:
    with pytest.raises(ChorusError, match="unknown system 'summa'"):
        resolve(["summa"], None, 1)
    with pytest.raises(ChorusError, match="unknown chorus configuration 'fast'"):
        resolve(["chorus:fast"], None, 1)
    with pytest.raises(ChorusError, match="command not found"):
        resolve(["cmd"], "no-such-summarizer-here --x", 1)


def test_cli_writes_table_and_per_cluster_rows(tmp_path: Path) -> None:
    table, rows = tmp_path / "table.json", tmp_path / "rows.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            str(MULTINEWS),
            "--limit",
            "3",
            "--words",
            "120",
            "--systems",
            "chorus,lead,oracle",
            "--out",
            str(table),
            "--per-cluster",
            str(rows),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "oracle" in result.output and "clusters/s" in result.output
    report = json.loads(table.read_text())
    assert (report["clusters"], report["words"]) == (3, 120)
    assert [s["name"] for s in report["systems"]] == ["chorus", "lead", "oracle"]
    records = [json.loads(line) for line in rows.read_text().splitlines()]
    assert len(records) == 9
    assert all(r["words"] <= 120 and r["summary"] for r in records)


def test_cli_says_one_cluster_not_one_clusters(tmp_path: Path) -> None:
    table = tmp_path / "table.md"
    result = CliRunner().invoke(
        app,
        ["eval", str(MULTINEWS), "--limit", "1", "--systems", "lead", "--out", str(table)],
    )
    assert result.exit_code == 0, result.output
    caption = table.read_text(encoding="utf-8").splitlines()[-1]
    assert ": 1 cluster at 250 words;" in caption, caption
    assert "0 clusters skipped, 0 malformed lines." in caption, caption


def test_cli_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 1
    assert "chorus: error:" in result.output and "absent.jsonl" in result.output
