"""Renderers: a Briefing as Markdown, JSON or HTML text."""

from chorus.render.html import to_html
from chorus.render.json import to_dict, to_json
from chorus.render.markdown import to_markdown

FORMATS = {"markdown": to_markdown, "json": to_json, "html": to_html}

__all__ = ["FORMATS", "to_dict", "to_html", "to_json", "to_markdown"]
