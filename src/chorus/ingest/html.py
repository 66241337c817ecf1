"""HTML pages: main text and metadata through trafilatura (title, outlet, date)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chorus.ingest.bylines import byline_date, byline_element
from chorus.ingest.records import parse_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
    year_only: int | None = None
    """The year trafilatura dated the page by when it found no day (a copyright line,
    "(c) 2020", a year in the address): it says January 1, which the page never did."""


def extract(html: str) -> Page | None:
    """The article in an HTML page, or None when the page holds no article text."""
    import trafilatura  # heavy import, only needed for HTML input

    tree = _without_other_stories(html)
    if tree is None:
        return None
    element = byline_element(tree)  # before trafilatura, which prunes the tree it reads
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Its extensive search reads any date of the page's text: with no date in the
        # metadata, a related story's ("Storm hits March 9, 2017") or an archive's crawl
        # ("Crawl start date: 09 March, 2011") was the page's.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    published = parse_date(doc.date)
    year_only = None
    if published is not None and not names_the_day(html, published):
        published, year_only = None, published.year
    if published is None:
        published = byline_date(doc.text, element)
    return Page(
        text=doc.text,
        title=doc.title or None,
        outlet=doc.sitename or doc.hostname or None,
        published=published,
        year_only=year_only,
    )


OTHER_STORIES = "//aside | //footer | //*[contains(@class, 'related')]"
"""Where a page lists other stories, each with its date: trafilatura's date search read a
related story's `<span class="date">` as the page's date."""


def _without_other_stories(html: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    for element in tree.xpath(OTHER_STORIES):
        element.drop_tree()
    return tree


def names_the_day(html: str, date: dt.date) -> bool:
    """False when `date` is a January 1 that the page writes nowhere: htmldate's stand-in
    for a page it could date only by a year. A story published on January 1 says so in its
    metadata ("2019-01-01T09:30") or its byline ("Jan. 1, 2019", "1 January 2019")."""
    if (date.month, date.day) != (1, 1):
        return True
    year = date.year
    written = (
        rf"{year}[-/.]0?1[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?1[-/.]{year}"
        rf"|\bJan(?:uary|\.)? 0?1(?:st)?,? {year}|(?<!\d)0?1(?:st)? Jan(?:uary|\.)?,? {year}"
    )
    return re.search(written, html, flags=re.IGNORECASE) is not None


def too_little_text(text: str) -> str | None:
    """Why a page's main text is too little to be an article ("only 'Home | About'"), or
    None when it is enough."""
    if sum(c.isalpha() for c in text) >= MIN_ARTICLE_LETTERS:
        return None
    found = " ".join(text.split())
    if len(found) > _SHOWN_CHARACTERS:
        found = found[: _SHOWN_CHARACTERS - 1].rstrip() + "…"
    return f"only {found!r}"


WEB_ARCHIVE_SUFFIXES = {".mhtml", ".mht"}
_WEB_ARCHIVE_OPENING = re.compile(rb"(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n)*?MIME-Version:", re.I)
"""How a page saved as one file ("Webpage, Single File" in Chromium, .mhtml) starts: mail
headers ("From: <Saved by Blink>", "Subject: ..."), then MIME's."""


def is_web_archive(data: bytes, suffixes: Collection[str]) -> bool:
    """Whether `data` is a page saved with its images in one MIME file (.mhtml, .mht), which
    read as text was its headers, tags and quoted-printable "=3D" briefed as an article."""
    if suffixes & WEB_ARCHIVE_SUFFIXES:
        return True
    opening = data[:2048].replace(b"\r\n", b"\n")
    return b"multipart/related" in opening and bool(_WEB_ARCHIVE_OPENING.match(opening))


def web_archive_page(data: bytes) -> str | None:
    """The HTML of the page a web archive holds (its first text/html part), decoded from
    its transfer encoding and charset; None when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            content = part.get_content()  # type: ignore[attr-defined]
            return content if isinstance(content, str) else None
    return None
