"""HTML pages: main text and metadata through trafilatura (title, outlet, date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chorus.ingest.records import parse_date

MIN_ARTICLE_LETTERS = 100
"""Fewer letters than this in a page's main text is no article: what trafilatura finds on
a page without one is its menu ("Home | About"), a cookie notice, a JavaScript-only shell
("You need to enable JavaScript"), a caption. A news brief of two sentences has more;
counting letters, not words, holds for scripts written without spaces too."""
_SHOWN_CHARACTERS = 60


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


def too_little_text(text: str) -> str | None:
    """Why a page's main text is too little to be an article ("only 'Home | About'"), or
    None when it is enough."""
    if sum(c.isalpha() for c in text) >= MIN_ARTICLE_LETTERS:
        return None
    found = " ".join(text.split())
    if len(found) > _SHOWN_CHARACTERS:
        found = found[: _SHOWN_CHARACTERS - 1].rstrip() + "…"
    return f"only {found!r}"
