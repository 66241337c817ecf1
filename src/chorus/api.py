"""The Python API: `chorus.brief(articles, words=...)`, the same pipeline as `chorus brief`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from chorus.clean import clean
from chorus.errors import ChorusError
from chorus.ingest import make_article
from chorus.model import Article, Briefing, Skipped
from chorus.sentences import split
from chorus.settings import DEFAULT_WORDS, SummaryOptions
from chorus.summarize import summarize


def as_articles(items: Iterable[Article | str]) -> list[Article]:
    """Articles as given; plain strings become articles named "Article 1", "Article 2", ..."""
    articles = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, str):
            articles.append(make_article(item, f"Article {number}", origin=f"text {number}"))
        else:
            raise ChorusError(f"item {number}: expected an Article or a string, not {type(item)}")
    return articles


def brief(
    articles: Iterable[Article | str],
    *,
    words: int = DEFAULT_WORDS,
    options: SummaryOptions | None = None,
    skipped: Sequence[Skipped] = (),
    notes: Sequence[str] = (),
) -> Briefing:
    """Clean, split and summarize articles about one story into a cited briefing."""
    options = replace(options or SummaryOptions(), words=words)
    items = as_articles(articles)
    if not items:
        raise ChorusError("no articles to brief")
    documents = tuple(clean(article) for article in items)
    per_article = [split(document) for document in documents]
    all_notes = list(notes)
    for document, sentences in zip(documents, per_article, strict=True):
        if not sentences:
            all_notes.append(f"{document.article.origin}: no story text left after cleaning")
    if not any(per_article):
        raise ChorusError("no sentences to summarize: every article was empty after cleaning")
    return Briefing(
        summary=summarize(per_article, options),
        documents=documents,
        words=words,
        skipped=tuple(skipped),
        notes=tuple(all_notes),
    )
