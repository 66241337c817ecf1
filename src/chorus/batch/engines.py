"""Engines run `work.brief_chunk` on chunks: in this process, in a local process pool, or
on a Dask distributed cluster. Each keeps a small window of chunks in flight, so input is
read only as fast as it is briefed, and each loads the model once per worker.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol

from chorus.batch.work import ChunkResult, Item, brief_chunk, warm
from chorus.errors import ChorusError
from chorus.terminal import require_extra

ENGINES = ("local", "process", "dask")
CONNECT_TIMEOUT = 5
"""Seconds to wait for a Dask scheduler before saying it does not answer."""
DASK_RETRIES = 2
"""Times Dask reruns a chunk whose task raised (a killed worker is rescheduled anyway)."""
WINDOW_PER_SLOT = 2
"""Chunks in flight per worker: one running, one waiting, so no worker idles on I/O."""
_ORPHAN_CHECK_SECONDS = 1.0

Chunk = tuple[Item, ...]


class Engine(Protocol):
    name: str
    slots: int
    """How many chunks run at once."""

    def submit(self, chunk: Chunk, words: int) -> Any:
        """A future (concurrent.futures or distributed) of the chunk's ChunkResult."""
        ...

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        """(done, not done): returns as soon as at least one future is done."""
        ...

    def close(self) -> None: ...


def resolve(engine: str | None, workers: int, scheduler: str | None) -> str:
    """The engine to use: named, or `dask` with a scheduler, `process` for --workers > 1."""
    if engine is None:
        engine = "dask" if scheduler else "local" if workers == 1 else "process"
    if engine not in ENGINES:
        raise ChorusError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler and engine != "dask":
        raise ChorusError("--scheduler needs --engine dask")
    if engine == "local" and workers > 1:
        raise ChorusError(
            f"--engine local runs in this process; use --engine process or dask for "
            f"--workers {workers}"
        )
    if engine == "dask":
        # Asked before the store is opened: a missing extra left an empty store behind.
        require_extra("batch --engine dask", "batch", ("distributed",))
    return engine


class InProcess:
    """Briefs each chunk as it is submitted, in this process."""

    name = "local"
    slots = 1

    def __init__(self) -> None:
        warm()

    def submit(self, chunk: Chunk, words: int) -> Future[ChunkResult]:
        future: Future[ChunkResult] = Future()
        future.set_result(brief_chunk(chunk, words))
        return future

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        return set(pending), set()

    def close(self) -> None:
        return None


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_ORPHAN_CHECK_SECONDS)
    os._exit(1)


def _start_worker(parent: int) -> None:
    """Process-pool initializer: leave Ctrl-C to the parent, die with it, load the model."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    warm()


class ProcessPool:
    """A local pool of worker processes (spawned, not forked: safe beside rich's threads)."""

    name = "process"

    def __init__(self, workers: int) -> None:
        self.slots = workers
        self.pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(os.getpid(),),
        )
        try:
            for future in [self.pool.submit(warm) for _ in range(workers)]:
                future.result()
        except Exception as exc:
            self.close()
            raise ChorusError(
                f"the worker processes could not start ({type(exc).__name__}: {exc})"
            ) from None

    def submit(self, chunk: Chunk, words: int) -> Future[ChunkResult]:
        return self.pool.submit(brief_chunk, chunk, words)

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, not_done = wait(pending, return_when=FIRST_COMPLETED)
        return set(done), set(not_done)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class Dask:
    """A Dask distributed cluster: the one at `scheduler`, or a LocalCluster of `workers`."""

    name = "dask"

    def __init__(self, scheduler: str | None, workers: int) -> None:
        import distributed  # `resolve` has said how to install it when it is missing

        self._wait = distributed.wait
        self.cluster = None
        if scheduler is None:
            self.cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # The scheduler serves HTTP (health, metrics) even without a dashboard; on
                # a free loopback port it never collides with another cluster's 8787.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.ERROR,
            )
            scheduler = self.cluster.scheduler_address
        try:
            self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        # Not only a refused or silent address: any other server there (HTTP, a proxy) feeds
        # Dask's decoder text, which fails in arbitrary ways (a length of exabytes to allocate).
        except Exception as exc:
            self._close_cluster()
            raise ChorusError(
                f"no Dask scheduler answers at {scheduler} within {CONNECT_TIMEOUT} s "
                f"({type(exc).__name__})"
            ) from None
        try:
            self.client.run(warm)
        except Exception as exc:
            self.close()
            raise ChorusError(
                f"the Dask workers at {scheduler} cannot run chorus ({type(exc).__name__}: "
                f"{exc}); install the same chorus on every worker"
            ) from None
        self.slots = max(1, sum(self.client.nthreads().values()))

    def submit(self, chunk: Chunk, words: int) -> Any:
        return self.client.submit(brief_chunk, chunk, words, pure=False, retries=DASK_RETRIES)

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, not_done = self._wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(not_done)

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()

    def close(self) -> None:
        self.client.close()
        self._close_cluster()


@contextlib.contextmanager
def open_engine(engine: str, workers: int, scheduler: str | None) -> Iterator[Engine]:
    """The named engine, started and warmed; closed (in-flight work cancelled) on exit."""
    started: Engine
    if engine == "dask":
        started = Dask(scheduler, workers)
    elif engine == "process":
        started = ProcessPool(workers)
    else:
        started = InProcess()
    try:
        yield started
    finally:
        started.close()


def chunk_results(engine: Engine, chunks: Iterable[Chunk], words: int) -> Iterator[ChunkResult]:
    """Results of every chunk, in the order they finish, with a bounded window in flight."""
    window = WINDOW_PER_SLOT * engine.slots
    pending: set[Any] = set()
    try:
        for chunk in chunks:
            pending.add(engine.submit(chunk, words))
            while len(pending) >= window:
                done, pending = engine.wait_first(pending)
                yield from (future.result() for future in done)
        while pending:
            done, pending = engine.wait_first(pending)
            yield from (future.result() for future in done)
    except ChorusError:
        raise
    except Exception as exc:
        raise ChorusError(
            f"the {engine.name} engine failed ({type(exc).__name__}: {exc}); every chunk "
            "committed so far is kept: rerun with --resume"
        ) from None
