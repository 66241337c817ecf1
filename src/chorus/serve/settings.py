"""How the web app runs: one frozen value, built by `chorus serve` from its options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from chorus.errors import ChorusError
from chorus.settings import DEFAULT_WORDS

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Limits and switches of the web app; every default is the safe one."""

    db: str = "chorus.sqlite"
    """Where briefings are kept: a SQLite file path (or `sqlite:///path`, `:memory:`)."""
    host: str = "127.0.0.1"
    """Loopback only, unless the operator names another interface."""
    port: int = 8000
    max_upload_bytes: int = 10_000_000
    """Largest request body (all files and fields together); more is refused with 413."""
    max_files: int = 50
    """Most files (or JSON articles, or URLs) in one briefing request."""
    words: int = DEFAULT_WORDS
    max_words: int = 2_000
    allow_url_fetch: bool = False
    """Fetch pages named by URL. Off: the server then never makes a request of its own."""
    fetch_timeout: float = 10.0
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    """Briefings computed at once; further requests wait their turn."""

    def __post_init__(self) -> None:
        checks = {
            "--max-upload-mb must be positive": self.max_upload_bytes > 0,
            "--max-files must be positive": self.max_files > 0,
            f"--words must be between 1 and {self.max_words}": 1 <= self.words <= self.max_words,
            # 0 lets the system pick a port, which the start line could not name.
            "--port must be between 1 and 65535": 1 <= self.port <= 65535,
            "workers must be positive": self.workers > 0,
        }
        for message, ok in checks.items():
            if not ok:
                raise ChorusError(message)

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK
