"""Renderers: a Briefing as Markdown, JSON or HTML text.

Each renderer is imported on first use: the briefing itself reads the headline's choice
(`render.headline_choice`, for `chorus.headline_opening`) without loading the reports' modules,
which read the analysis' types (`chorus.brief(..., analyze=False)` loads none of the
analysis: test_layering)."""

from __future__ import annotations

import importlib
from typing import Any

_RENDERERS = {
    "to_html": "chorus.render.html",
    "to_json": "chorus.render.json",
    "to_dict": "chorus.render.json",
    "to_markdown": "chorus.render.markdown",
}
_FORMATS = {"markdown": "to_markdown", "json": "to_json", "html": "to_html"}


def __getattr__(name: str) -> Any:
    if name == "FORMATS":
        return {format_: __getattr__(renderer) for format_, renderer in _FORMATS.items()}
    if name in _RENDERERS:
        return getattr(importlib.import_module(_RENDERERS[name]), name)
    raise AttributeError(f"module 'chorus.render' has no attribute {name!r}")


__all__ = ["FORMATS", "to_dict", "to_html", "to_json", "to_markdown"]
