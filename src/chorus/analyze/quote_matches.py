"""The quote patterns of `quote_patterns.py` compiled when a sentence first needs one, and a
pattern's match as a `Hit`: who speaks and the spans of their words. `quote_hits.py` finds
the hits and reads them past what a pattern alone cannot tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chorus.language.quote_pattern_needs import REQUIRED, TAILS
from chorus.language.quote_patterns import QUOTE_PATTERNS, REPORTED_SPEAKER

COMPILED = tuple(
    (name, REQUIRED[name], re.compile(TAILS[name]) if name in TAILS else None)
    for name, _ in QUOTE_PATTERNS
)
SOURCES = dict(QUOTE_PATTERNS)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A quote pattern, compiled when a sentence first needs it: each takes 1-20 ms to
    compile (~100 ms all), which a `chorus brief` command pays once a run, and most
    clusters never try the rarer ones ("speaker ..., adding that", "speaker told ...", an
    agency's speaker after the words)."""
    return re.compile(pattern)


def compile_patterns() -> None:
    """Compile every quote pattern now: a long-running process's warm-up (a batch worker,
    the benchmarks) pays them once, where its first clusters would otherwise."""
    for pattern in (*SOURCES.values(), REPORTED_SPEAKER):
        compiled(pattern)


@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern's match in a sentence: who speaks, and the spans of the words they said."""

    match: re.Match[str]
    who_start: int
    who_end: int
    role: str | None
    words: tuple[int, int]
    second: tuple[int, int] | None
    """The words of a second speech verb after the first ones, if any."""

    @property
    def who(self) -> str:
        return self.match.string[self.who_start : self.who_end]
