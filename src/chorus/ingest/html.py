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
from chorus.ingest.date_values import parse_date

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
    without_day: str | None = None
    """What the page dates itself by when it names no day ("the year 2020", "the month
    January 2019"): trafilatura then gives January 1 or today's day of that month, which
    the page never wrote."""


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
    without_day = None
    if published is not None and not names_the_day(html, published):
        published, without_day = None, _period(published)
    if published is None:
        published = byline_date(doc.text, element)
    return Page(
        text=doc.text,
        title=doc.title or None,
        outlet=doc.sitename or doc.hostname or None,
        published=published,
        without_day=without_day,
    )


OTHER_STORIES = "//aside | //footer | //*[contains(@class, 'related')]"
"""Where a page lists other stories, each with its date: trafilatura's date search read a
related story's `<span class="date">` as the page's date."""


_HTML_TAG = re.compile(r"<html[\s>]", re.IGNORECASE)
"""A piece of a page has none: trafilatura's loader refuses one that opens without naming
`html` and parses to a single block (`<p>...</p>`, `<div><p>...</p></div>`), so a pasted
one-paragraph story was "no article text found" however long; put in a page, it is read."""


def _without_other_stories(html: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    tree = load_html(html if _HTML_TAG.search(html) else f"<html>{html}</html>")
    if tree is None:
        return None
    for element in tree.xpath(OTHER_STORIES):
        element.drop_tree()
    return tree


def names_the_day(html: str, date: dt.date) -> bool:
    """False when the page writes `date`'s day nowhere: htmldate's stand-in for a page it
    could date only by a year (January 1: a copyright line, "(c) 2020") or by a month
    ("2019-01": today's day of that month). A dated page says its day in its metadata
    ("2019-01-04T09:30"), its address ("/2019/01/04/") or its byline ("Jan. 4, 2019", "4
    January 2019", "01/04/2019")."""
    year, month, day = date.year, date.month, date.day
    name = date.strftime("%B")
    month_name = rf"(?:{name}|{name[:4]}\.?|{name[:3]}\.?)"  # "Sept. 4"
    ordinal = r"(?:st|nd|rd|th)?"
    written = (
        rf"{year}[-/.]0?{month}[-/.]0?{day}(?!\d)|(?<!\d){year}{month:02}{day:02}(?!\d)"
        rf"|(?<!\d)0?{day}[-/.]0?{month}[-/.]{year}|(?<!\d)0?{month}[-/.]0?{day}[-/.]{year}"
        rf"|\b{month_name} 0?{day}{ordinal},? {year}"
        rf"|(?<!\d)0?{day}{ordinal} (?:of )?{month_name},? {year}"
    )
    return re.search(written, html, flags=re.IGNORECASE) is not None


def _period(date: dt.date) -> str:
    """What a page dated only by `date`'s year or month is dated by, in words."""
    if (date.month, date.day) == (1, 1):
        return f"the year {date.year} (a copyright line?)"
    return f"the month {date:%B %Y}"


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
