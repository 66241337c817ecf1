"""Commands on a machine set up as README says, `pip install -e .`: without the optional
extras, each command that needs one says which, in one line, before its work."""

from __future__ import annotations

import json
import re
import sys
import tomllib

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from tests.conftest import DATA, RAW_VALIDATION, REPO, read_clusters

runner = CliRunner()
DUC = DATA / "duc2003-task2.jsonl.gz"
PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"


def _without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make `modules` unimportable, as on a machine that never installed them (their
    submodules too: one imported by an earlier test would be found in sys.modules)."""
    for name in list(sys.modules):
        if name in modules or name.split(".")[0] in modules:
            monkeypatch.setitem(sys.modules, name, None)
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


@pytest.mark.parametrize(
    ("missing", "command", "named"),
    [
        ("rouge_score", ["eval", str(DUC), "--systems", "lead"], "rouge_score"),
        ("sumy", ["eval", str(DUC), "--systems", "lead,lexrank"], "sumy"),
        ("sklearn", ["train", str(PLUS_TRAIN), "--out", "model.npz"], "sklearn"),
    ],
)
def test_a_command_without_its_extra_names_it_in_one_line(
    monkeypatch, tmp_path, missing, command, named
):
    _without(monkeypatch, missing)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*command, "--limit", "1"])
    # Before: a ModuleNotFoundError traceback (train's after its progress bar began).
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.strip().splitlines()[-1] == (
        f"chorus: error: chorus {command[0]} needs the eval extra ({named} is missing): "
        f"pip install -e '{REPO}[eval]'"
    )
    assert list(tmp_path.iterdir()) == [], "nothing written"


def test_the_dask_engine_without_its_extra_says_how_before_any_store_is_made(monkeypatch, tmp_path):
    """`pip install 'chorus[batch]'`, the advice before, fetched another project named
    chorus from PyPI (Chorus 0.9.0, which fails to build); and an empty store was left."""
    _without(monkeypatch, "distributed")
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps(read_clusters(RAW_VALIDATION, 1)[0]), encoding="utf-8")
    store = tmp_path / "run.sqlite"
    result = runner.invoke(app, ["batch", str(clusters), "--out", str(store), "--engine", "dask"])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        "chorus: error: chorus batch --engine dask needs the batch extra (distributed is "
        f"missing): pip install -e '{REPO}[batch]'"
    ]
    assert list(tmp_path.iterdir()) == [clusters], "no store, no lock"


def test_a_plain_install_brings_what_html_input_imports():
    """README's `pip install -e .` on a fresh venv (pip 23.2): "lxml 6.2.0 does not provide
    the extra 'html_clean'" (jusText's spelling; lxml's is `html-clean`), so
    `lxml_html_clean` was not installed and every `.html` input ended in an ImportError
    traceback. The dev extra brings it through sumy, which hid it from the tests; the base
    dependencies now name it."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = pyproject["project"]["dependencies"]
    names = {re.split(r"[\s<>=!~\[;]", d, maxsplit=1)[0] for d in dependencies}
    assert {"trafilatura", "lxml_html_clean"} <= names
    import lxml.html.clean  # noqa: F401  (what jusText imports, trafilatura through it)
