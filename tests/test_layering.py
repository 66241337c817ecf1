"""The pipeline reads one way: a stage imports only the stages before it and `language/`."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "chorus"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# The stages before the analysis: none of them may read from it. Cleaning and splitting are
# read by their file names' prefixes, so a module split off one of them stays checked.
BEFORE_ANALYSIS = ("clean*.py", "sentence*.py", "represent.py")
BEFORE_ANALYSIS_PACKAGES = ("ingest", "language", "summarize")


def _chorus_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("chorus")}


def _stage_files() -> list[Path]:
    files = [path for pattern in BEFORE_ANALYSIS for path in sorted(PACKAGE.glob(pattern))]
    files.append(PACKAGE / "facts.py")
    for package in BEFORE_ANALYSIS_PACKAGES:
        files.extend(sorted((PACKAGE / package).glob("*.py")))
    return files


def test_no_stage_before_the_analysis_imports_it() -> None:
    files = _stage_files()
    assert len(files) > 15 and all(f.exists() for f in files)
    offenders = {
        f.relative_to(PACKAGE).as_posix(): sorted(
            name for name in _chorus_imports(f) if name.startswith("chorus.analyze")
        )
        for f in files
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_summary_alone_loads_none_of_the_analysis() -> None:
    """`chorus brief --no-analysis` pays for no analysis module, spaCy or scikit-learn."""
    script = f"""
import sys
from pathlib import Path
import chorus
texts = [p.read_text(encoding="utf-8") for p in sorted(Path({str(SEEDS)!r}).glob("*.txt"))]
briefing = chorus.brief(texts, analyze=False)
assert briefing.summary and briefing.analysis is None
heavy = ("spacy", "sklearn")
loaded = sorted(m for m in sys.modules if m.startswith("chorus.analyze") or m in heavy)
print(",".join(loaded))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == ""


def test_the_command_without_the_analysis_loads_only_its_model():
    """`chorus brief --no-analysis` renders Markdown, whose module reads the analysis' types:
    `chorus.analyze.model` and nothing more of the analysis."""
    script = f"""
import atexit, runpy, sys
heavy = ("spacy", "sklearn")
def loaded():
    names = [m for m in sys.modules if m.startswith("chorus.analyze") or m in heavy]
    sys.stderr.write("LOADED " + ",".join(sorted(names)) + "\\n")
atexit.register(loaded)
sys.argv = ["chorus", "brief", {str(SEEDS)!r}, "--no-analysis"]
runpy.run_module("chorus", run_name="__main__")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "## Summary" in done.stdout
    (line,) = [x for x in done.stderr.splitlines() if x.startswith("LOADED ")]
    assert line == "LOADED chorus.analyze,chorus.analyze.model"
