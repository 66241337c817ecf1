"""One raw validation or DUC 2003 cluster's briefing, made once per test session (the
headline reader tests read the same clusters)."""

from __future__ import annotations

from functools import cache, partial

from chorus import brief
from chorus.model import Briefing
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


@cache
def briefing(corpus: str, line: int, analyze: bool = True, words: int | None = None) -> Briefing:
    """Cluster `line` (0-based, file order) of "raw" validation at 250 words or of "duc" at
    100, or at `words`."""
    path, default = (RAW_VALIDATION, 250) if corpus == "raw" else (DUC, 100)
    cluster = read_clusters(path, line + 1)[line]
    return brief(cluster["documents"], words=words or default, analyze=analyze)


raw_briefing = partial(briefing, "raw")
"""A raw validation cluster's briefing at 250 words, by its line."""
