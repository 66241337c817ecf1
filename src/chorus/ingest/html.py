"""HTML pages: main text and metadata through trafilatura (title, outlet, date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chorus.ingest.records import parse_date


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    outlet: str | None
    published: dt.date | None


def extract(html: str) -> Page | None:
    """The article in an HTML page, or None when the page holds no article text."""
    import trafilatura  # heavy import, only needed for HTML input

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return Page(
        text=doc.text,
        title=doc.title or None,
        outlet=doc.sitename or doc.hostname or None,
        published=parse_date(doc.date),
    )
