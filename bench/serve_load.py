"""Load on the web app: concurrent POST /api/briefings for one Multi-News cluster.

    python bench/serve_load.py                  # 50 concurrent requests, writes BENCHMARKS.md
    python bench/serve_load.py --requests 20 --no-write

Starts `chorus serve` in its own process on 127.0.0.1 with a fresh SQLite store, warms
it up, measures a few sequential requests, then sends all requests at once from as many
client threads. Reports throughput, p50/p99 latency and errors, then checks that every
briefing was stored and reads back whole. Writes only its own section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "multinews-raw-validation.jsonl.gz"
BEGIN = "<!-- bench/serve_load.py: begin -->"
END = "<!-- bench/serve_load.py: end -->"
MIN_DOCUMENTS = 4
WARM_UP = 2
SEQUENTIAL = 5
START_TIMEOUT = 120.0
REQUEST_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    seconds: float
    body: dict


def pick_cluster(path: Path, index: int | None) -> tuple[str, list[str]]:
    """The cluster at `index`, else the first with at least MIN_DOCUMENTS documents."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            wanted = (
                number == index if index is not None else len(record["documents"]) >= MIN_DOCUMENTS
            )
            if wanted:
                return record["id"], record["documents"]
    raise SystemExit(f"{path}: no cluster matches")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(url: str, payload: bytes) -> Reply:
    request = urllib.request.Request(
        url, data=payload, headers={"Content-Type": "application/json"}, method="POST"
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    seconds = time.perf_counter() - started
    try:
        body = json.loads(raw)
    except json.JSONDecodeError:
        body = {"detail": raw[:200].decode("utf-8", "replace")}
    return Reply(status, seconds, body)


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())


def start_server(port: int, db: Path, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-c", "from chorus.cli import main; main()", "serve"]
    command += ["--port", str(port), "--db", str(db)]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"chorus serve exited:\n{log.read_text()}")
        try:
            get_json(f"http://127.0.0.1:{port}/api/briefings?limit=1")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"chorus serve did not answer within {START_TIMEOUT:.0f} s")


def concurrent(url: str, payload: bytes, count: int) -> tuple[list[Reply], float]:
    """`count` requests released together from `count` threads; (replies, wall seconds)."""
    gate = threading.Barrier(count + 1)

    def one(_: int) -> Reply:
        gate.wait()
        return post(url, payload)

    with ThreadPoolExecutor(max_workers=count) as pool:
        futures = [pool.submit(one, n) for n in range(count)]
        gate.wait()
        started = time.perf_counter()
        replies = [f.result() for f in futures]
    return replies, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def check_store(base: str, replies: list[Reply], expected_total: int, documents: int) -> int:
    """How many of the created briefings are missing or incomplete when read back."""
    listed = get_json(f"{base}/api/briefings?limit=200")
    ids = {r.body.get("id") for r in replies if r.status == 201}
    missing = len(ids - {item["id"] for item in listed["briefings"]})
    missing += abs(listed["total"] - expected_total)
    for briefing_id in ids:
        stored = get_json(f"{base}/api/briefings/{briefing_id}")
        if len(stored["briefing"]["sources"]) != documents:
            missing += 1
    return missing


def section(results: dict) -> str:
    r = results
    return "\n".join(
        [
            BEGIN,
            "## Web app load",
            "",
            f"Run {time.strftime('%Y-%m-%d')} on {os.cpu_count()} CPUs (load average "
            f"{r['load']:.1f} at the start: the machine is shared), {platform.system()}, "
            f"Python {platform.python_version()}; loopback only. Written by "
            "`python bench/serve_load.py`.",
            "",
            f"`chorus serve` (uvicorn, one process, briefings computed in {os.cpu_count()} "
            "worker threads, fresh SQLite store) receives "
            f"{r['requests']} concurrent `POST /api/briefings` (JSON body) of one raw "
            f"Multi-News validation cluster (`{r['cluster']}`, {r['documents']} documents, "
            f"{r['chars']:,} characters, {r['words']} words), all released at once from "
            f"{r['requests']} client threads after {WARM_UP} warm-up requests.",
            "",
            "| measure | value |",
            "|---|---:|",
            f"| one request alone, median of {SEQUENTIAL} | {r['alone'] * 1000:.0f} ms |",
            f"| throughput under load | {r['throughput']:.1f} briefings/s |",
            f"| wall time for {r['requests']} | {r['wall']:.2f} s |",
            f"| latency p50 | {r['p50'] * 1000:.0f} ms |",
            f"| latency p99 | {r['p99'] * 1000:.0f} ms |",
            f"| errors (non-201) | {r['errors']} |",
            f"| missing or incomplete in the store | {r['missing']} |",
            "",
            "Latency is measured by the client from sending to the last byte of the reply, so "
            "it includes waiting for a worker: with more requests than cores, p50 is mostly "
            "queueing and throughput is the figure that scales with cores.",
            END,
        ]
    )


def write_section(path: Path, text: str) -> None:
    """Replace this script's section (from its heading, or its begin mark, to its end
    mark) in place, or append it; the rest of the file is left as it is."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    old = re.compile(rf"(?:{re.escape(BEGIN)}\n)?## Web app load\n.*?{re.escape(END)}", flags=re.S)
    if old.search(current):
        updated = old.sub(lambda _: text, current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(updated, encoding="utf-8")


def run(args: argparse.Namespace) -> dict:
    cluster, documents = pick_cluster(args.data, args.cluster)
    load = os.getloadavg()[0]
    articles = [{"text": text, "source": f"Document {n}"} for n, text in enumerate(documents, 1)]
    payload = json.dumps({"articles": articles, "words": args.words}).encode("utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as scratch:
        server = start_server(port, Path(scratch) / "load.sqlite", Path(scratch) / "server.log")
        try:
            for _ in range(WARM_UP):
                post(f"{base}/api/briefings", payload)
            alone = [post(f"{base}/api/briefings", payload).seconds for _ in range(SEQUENTIAL)]
            replies, wall = concurrent(f"{base}/api/briefings", payload, args.requests)
            expected = WARM_UP + SEQUENTIAL + args.requests
            missing = check_store(base, replies, expected, len(documents))
        finally:
            server.terminate()
            server.wait(timeout=30)
        if any(r.status != 201 for r in replies):
            log = (Path(scratch) / "server.log").read_text(encoding="utf-8", errors="replace")
            print(log[-3000:], file=sys.stderr)
    latencies = [r.seconds for r in replies]
    errors = [r for r in replies if r.status != 201]
    for reply in errors[:5]:
        print(f"error {reply.status}: {reply.body.get('detail')}", file=sys.stderr)
    return {
        "load": load,
        "cluster": cluster,
        "documents": len(documents),
        "chars": sum(len(d) for d in documents),
        "words": args.words,
        "requests": args.requests,
        "alone": statistics.median(alone),
        "wall": wall,
        "throughput": args.requests / wall,
        "p50": percentile(latencies, 0.50),
        "p99": percentile(latencies, 0.99),
        "errors": len(errors),
        "missing": missing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--cluster", type=int, default=None, help="line number in the data")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--benchmarks", type=Path, default=REPO / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results = run(args)
    text = section(results)
    print(text)
    if results["errors"] or results["missing"]:
        raise SystemExit("errors or lost briefings: BENCHMARKS.md left as it was")
    if not args.no_write:
        write_section(args.benchmarks, text)
        print(f"\nwrote the 'Web app load' section of {args.benchmarks}")


if __name__ == "__main__":
    main()
