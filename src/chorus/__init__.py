"""chorus: many news articles about one story in, one faithful, cited briefing out."""

import importlib
from types import ModuleType

from chorus import environment  # noqa: F401  (first: it must run before numpy loads)
from chorus.api import brief
from chorus.errors import ChorusError
from chorus.model import Article, Briefing, Document, Sentence, SummarySentence
from chorus.settings import SummaryOptions

__version__ = "0.1.0"

_ON_FIRST_USE = ("render",)
"""Subpackages reachable as `chorus.render` after `import chorus` (docs/api.md; it was
reachable only after `import chorus.render`), imported on first use: a script that only
briefs need not pay the ~45 ms the reports' modules add to `import chorus`."""


def __getattr__(name: str) -> ModuleType:
    if name in _ON_FIRST_USE:
        return importlib.import_module(f"chorus.{name}")
    raise AttributeError(f"module 'chorus' has no attribute {name!r}")


__all__ = [
    "Article",
    "Briefing",
    "ChorusError",
    "Document",
    "Sentence",
    "SummaryOptions",
    "SummarySentence",
    "__version__",
    "brief",
]
