"""The work of one worker: brief a chunk of clusters.

`brief_chunk` is a pure module-level function of picklable values, so every engine ships
the same thing (to a thread, a process or a Dask worker). One bad cluster gives an error
string in its result and never fails the chunk.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chorus.analyze.quote_matches import compile_patterns
from chorus.api import brief
from chorus.errors import ChorusError
from chorus.ingest import read_texts
from chorus.render import to_dict
from chorus.represent import embedder

CLUSTER_SECONDS = 30
"""A cluster still being briefed after this long is stopped and reported as failed, so
one pathological input cannot stall a run (nor every --resume after it). Enforced where
the worker runs clusters in its main thread: the local and process engines. Dask runs
tasks in threads, which cannot be interrupted; there a hanging cluster holds its worker.
A Multi-News cluster takes ~10 ms."""

_RSS_UNIT = 1 if sys.platform == "darwin" else 1024
"""ru_maxrss is in bytes on macOS and in kilobytes on Linux."""


@dataclass(frozen=True, slots=True)
class Item:
    """One cluster as shipped to a worker."""

    cluster_id: str
    line: int
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Result:
    """One cluster's briefing (compact JSON of `chorus.render.to_dict`) or its error."""

    cluster_id: str
    line: int
    briefing: str | None
    error: str | None
    seconds: float


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """A chunk's results, which worker made them, and that worker's peak memory so far."""

    results: tuple[Result, ...]
    worker: str
    peak_rss: int
    """Bytes: the worker process' resident-set high-water mark after this chunk."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * _RSS_UNIT


_WARM_ARTICLES = (
    "The city council of Springfield voted 7-2 on Monday, March 4, 2019, to close the old "
    'bridge. "It is no longer safe," Mayor Jane Smith told reporters after the vote.',
    "Springfield will close its old bridge after a council vote on Monday, officials said. "
    "Mayor Jane Smith said the bridge was no longer safe and repairs would cost $4 million.",
)
"""Two made-up articles to brief once at start-up (a quote, a date, names, a figure)."""


def warm() -> str:
    """Load the model, and everything a briefing loads on first use (the analysis'
    modules and tables, ~2 s), into this process: otherwise the first cluster of every
    worker is charged for it, in its stored `seconds` and in the rate: the quote patterns
    a briefing compiles when a sentence first needs one too. Once; later calls are free."""
    embedder()
    compile_patterns()
    brief(list(_WARM_ARTICLES))
    return worker_name()


class TimeLimitExceeded(Exception):
    """Raised (by SIGALRM) into a cluster that ran past CLUSTER_SECONDS."""


def _stop(signum: int, frame: object) -> None:
    raise TimeLimitExceeded


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in the block after `seconds`, if this is the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def brief_item(item: Item, words: int, seconds: float = CLUSTER_SECONDS) -> Result:
    start = time.perf_counter()
    try:
        with time_limit(seconds):
            # Read as `chorus brief` reads the cluster's file: the outlets, titles and dates
            # the documents' own lines give.
            read = read_texts(item.documents)
            payload = to_dict(
                brief(read.articles, words=words, skipped=read.skipped, notes=read.notes)
            )
        briefing, error = json.dumps(payload, ensure_ascii=False, separators=(",", ":")), None
    except TimeLimitExceeded:
        briefing, error = None, f"stopped after {seconds:g} s (the time limit per cluster)"
    except ChorusError as exc:
        briefing, error = None, str(exc)
    except Exception as exc:  # one broken cluster must not lose the rest of the chunk
        briefing, error = None, f"{type(exc).__name__}: {exc}"
    return Result(item.cluster_id, item.line, briefing, error, time.perf_counter() - start)


def brief_chunk(items: Sequence[Item], words: int) -> ChunkResult:
    """Brief every cluster of a chunk; the model loads on the first call in a process."""
    results = tuple(brief_item(item, words) for item in items)
    return ChunkResult(results, worker_name(), peak_rss())
