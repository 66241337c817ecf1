"""The checks every way of reading files and uploads ends with: one story, no text twice,
no more articles than a briefing takes, dates given, titles read from a first line,
English. `chorus.brief` on texts in memory runs the two that guard it (no text twice, the
count) and reads no dates or titles from lines, as docs/api.md says.

Pure: the articles are already read (that is `ingest.files` and `ingest.uploads`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from chorus.errors import ChorusError
from chorus.ingest.article_dates import with_dates
from chorus.ingest.english import not_english
from chorus.ingest.own_titles import with_titles
from chorus.model import Article, Skipped
from chorus.settings import MAX_ARTICLES


@dataclass(slots=True)
class Ingested:
    """What reading the inputs produced: articles, plus what was skipped and why."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    clusters: int = 0


def settle(
    result: Ingested, *, date: dt.date | None = None, briefs_many: str = "`chorus batch`"
) -> Ingested:
    """The checks every way of reading ends with: one story, no duplicates, not too many.
    `briefs_many` names what briefs many clusters where the reader is, none on a web page
    (the web app read "`chorus batch` briefs many", a command it cannot run)."""
    if result.clusters > 1:
        tip = f" ({briefs_many} briefs many)" if briefs_many else ""
        raise ChorusError(
            f"the input holds {result.clusters} Multi-News clusters; a briefing covers one "
            f"story: give one cluster at a time{tip}"
        )
    result.articles = without_duplicates(result.articles, result.skipped)
    check_count(result.articles)
    result.articles = with_dates(result.articles, date, result.notes)
    result.articles = with_titles(result.articles)
    for article in result.articles:
        reason = not_english(article.text)
        if reason:
            result.notes.append(
                f"{article.origin}: does not read as English ({reason}); chorus's summary "
                "and analysis are made for English news"
            )
    return result


def check_count(articles: Sequence[Article]) -> None:
    """One limit for `chorus brief`, the web app and `chorus.brief`: the Python API took
    any number, and a briefing's analysis grows faster than its articles."""
    if len(articles) > MAX_ARTICLES:
        raise ChorusError(
            f"{len(articles):,} articles given; a briefing takes at most {MAX_ARTICLES:,}"
        )


def without_duplicates(articles: list[Article], skipped: list[Skipped]) -> list[Article]:
    """The articles with a repeated text left out, each repeat reported in `skipped`."""
    first_origin: dict[str, str] = {}
    unique = []
    for article in articles:
        if article.id in first_origin:
            first = first_origin[article.id]
            reason = (
                "given twice; read once" if first == article.origin else f"same text as {first}"
            )
            skipped.append(Skipped(article.origin, reason))
            continue
        first_origin[article.id] = article.origin
        unique.append(article)
    return unique
