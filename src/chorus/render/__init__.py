"""Renderers: a Briefing as Markdown or JSON text."""

from chorus.render.json import to_dict, to_json
from chorus.render.markdown import to_markdown

FORMATS = {"markdown": to_markdown, "json": to_json}

__all__ = ["FORMATS", "to_dict", "to_json", "to_markdown"]
