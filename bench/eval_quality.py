"""Run `chorus eval` on the two benchmark datasets and write the tables into BENCHMARKS.md.

    python bench/eval_quality.py            # both datasets, in full
    python bench/eval_quality.py --limit 5  # a quick check of the script itself

Only the part of BENCHMARKS.md between the two markers below is replaced; the rest of
the file is left as it is (the file is created when it does not exist).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BEGIN = "<!-- bench/eval_quality.py: begin -->"
END = "<!-- bench/eval_quality.py: end -->"
RUNS = (
    ("Multi-News, raw validation sample", "multinews-raw-validation.jsonl.gz", 250),
    ("DUC 2003 Task 2", "duc2003-task2.jsonl.gz", 100),
)
SYSTEMS = "chorus,chorus:heuristic,lead,lexrank,lexrank-pysbd,textrank,lexrank-pkg,oracle"
"""The default systems plus chorus:heuristic, the untrained pipeline the learned scorer's
speed is compared with."""


def _first(path: str, key: str) -> str:
    for line in Path(path).read_text().splitlines():
        if line.startswith(key):
            return line.split(":", 1)[1].strip()
    return "unknown"


def machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cpu = _first("/proc/cpuinfo", "model name") if Path("/proc/cpuinfo").exists() else "?"
    ram = _first("/proc/meminfo", "MemTotal") if Path("/proc/meminfo").exists() else "?"
    if ram.endswith(" kB"):
        ram = f"{int(ram.split()[0]) / 2**20:.1f} GiB"
    system = f"{platform.system()}, Python {platform.python_version()}"
    return f"{cpus} CPUs ({cpu}), {ram} RAM, {system}"


def revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()

    dirty = " with uncommitted changes" if git("status", "--porcelain", "--", "src") else ""
    return (git("rev-parse", "--short", "HEAD") or "no commit") + dirty


class BenchError(Exception):
    """A problem that stops the script, told in one line."""


def run(data: Path, name: str, words: int, limit: int | None) -> tuple[str, str]:
    """(the command as run, from the repository root; its Markdown table)."""
    with tempfile.TemporaryDirectory() as scratch:
        table = Path(scratch) / "table.md"
        argv = ["python", "-m", "chorus", "eval", os.path.relpath(data / name, REPO)]
        argv += ["--words", str(words), "--systems", SYSTEMS]
        if limit is not None:
            argv += ["--limit", str(limit)]
        # This checkout's code, the one `revision()` names, whichever chorus is installed.
        path = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
        environment = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": path}
        command = [sys.executable, *argv[1:], "--out", str(table)]
        # chorus eval prints its own error line; this one says which run it ended.
        code = subprocess.run(command, cwd=REPO, env=environment, check=False).returncode
        if code != 0:
            raise BenchError(f"chorus eval on {data / name} failed (exit {code})")
        return shlex.join(argv), table.read_text()


def check_paths(data: Path, out: Path) -> None:
    """Both datasets and the folder of --out, checked before runs that take an hour."""
    for _, name, _ in RUNS:
        if not (data / name).is_file():
            raise BenchError(f"{data / name}: no such file (--data names its folder)")
    if out.is_dir():
        raise BenchError(f"{out}: is a directory; --out names the Markdown file to write")
    if not out.parent.is_dir():
        raise BenchError(f"{out}: cannot write (no folder {out.parent})")
    if not os.access(out if out.exists() else out.parent, os.W_OK):
        raise BenchError(f"{out}: cannot write (permission denied)")


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def section(data: Path, limit: int | None) -> str:
    parts = [
        BEGIN,
        "## Quality and speed against the peer tools",
        "",
        f"Run {dt.date.today().isoformat()} on {machine()}; chorus {revision()}.",
        "Written by `python bench/eval_quality.py`; the format and the columns are described "
        "in docs/eval.md. ROUGE F1×100 with 95% bootstrap intervals; clusters/s times the "
        "summarizer call alone (sentence splitting included), after a warm-up, all systems "
        "in one process on the same clusters.",
    ]
    for title, name, words in RUNS:
        before = os.getloadavg()[0]
        command, table = run(data, name, words, limit)
        load = f"Load average (1 min) {before:.2f} before the run, {os.getloadavg()[0]:.2f} after."
        parts += ["", f"### {title}, {words} words", "", "```", command, "```", "", table.strip()]
        parts += ["", load]
    return "\n".join([*parts, END]) + "\n"


def replace_section(text: str, new: str) -> str:
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        return head + new + rest.split(END, 1)[1].lstrip("\n")
    return (text.rstrip() + "\n\n" if text.strip() else "# Benchmarks\n\n") + new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data, out = REPO.parent / "shared" / "data", REPO / "BENCHMARKS.md"
    names = " and ".join(name for _, name, _ in RUNS)
    parser.add_argument("--data", type=Path, default=data, help=f"folder of {names} ({data})")
    parser.add_argument("--out", type=Path, default=out, help=f"Markdown file to update ({out})")
    parser.add_argument(
        "--limit", type=positive, default=None, help="clusters per dataset (default: all)"
    )
    args = parser.parse_args()
    try:
        check_paths(args.data, args.out)
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        new = replace_section(current, section(args.data, args.limit))
        args.out.write_text(new, encoding="utf-8")
    except BenchError as exc:
        parser.exit(1, f"{parser.prog}: error: {exc}\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
