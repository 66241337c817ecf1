"""A raw Multi-News validation page cleaned and split as `chorus brief` reads it: what the
cleaning passes' reader tests check a rule on (the removals, and every kept sentence the
exact slice of the article it points into)."""

import functools
import gzip
import json
from pathlib import Path
from typing import NamedTuple

import chorus
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest import Ingested, read_inputs
from chorus.ingest.article_dates import own_date
from chorus.ingest.own_lines import own_outlet
from chorus.model import Article, Document
from chorus.sentences import split

from .conftest import DATA, RAW_VALIDATION, read_clusters


@functools.cache
def _raw(cluster_id: str) -> tuple[str, ...]:
    clusters = read_clusters(RAW_VALIDATION, 250)
    return tuple(next(c for c in clusters if c["id"] == cluster_id)["documents"])


def cleaned(cluster_id: str, index: int) -> Document:
    """Document `index` of a raw validation cluster, read and cleaned."""
    (article,) = as_articles([_raw(cluster_id)[index]])
    return clean(article)


def removals(document: Document) -> list[tuple[str, str]]:
    """Each removal's reason and the text it removed."""
    text = document.article.text
    return [(r.reason, text[r.span.start : r.span.end].strip()) for r in document.removed]


def exact_sentences(document: Document) -> list[str]:
    """The document's sentences, each checked to be the exact slice of its article."""
    sentences = split(document)
    text = document.article.text
    assert all(text[s.start : s.end] == s.text for s in sentences)
    return [s.text for s in sentences]


class Removal(NamedTuple):
    """One removal cleaning makes: where, why, what, and its line's text around it."""

    corpus: str
    cluster: int
    document: int
    reason: str
    text: str
    before: str
    after: str


class Page(NamedTuple):
    """One page of raw validation or DUC, read as `chorus brief` reads it."""

    corpus: str
    cluster: int
    document: int
    article: Article


@functools.cache
def pages_everywhere() -> tuple[Page, ...]:
    """Every non-empty page of raw validation and DUC, in file order (read once a session)."""
    found = []
    for corpus, path in (("raw", RAW_VALIDATION), ("duc", DATA / "duc2003-task2.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for cluster, line in enumerate(lines):
                for index, page in enumerate(json.loads(line)["documents"]):
                    if page.strip():
                        (article,) = as_articles([page])
                        found.append(Page(corpus, cluster, index, article))
    return tuple(found)


@functools.cache
def removals_everywhere() -> tuple[Removal, ...]:
    """Every removal over raw validation and DUC, each page read as `chorus brief` reads it
    (cleaned once a test session for every cleaning pass's census)."""
    found = []
    for corpus, cluster, index, article in pages_everywhere():
        text = article.text
        for removal in clean(article).removed:
            start, end = removal.span.start, removal.span.end
            found.append(
                Removal(
                    corpus,
                    cluster,
                    index,
                    removal.reason,
                    text[start:end].strip(),
                    text[:start].rsplit("\n", 1)[-1].strip(),
                    text[end:].split("\n", 1)[0].strip(),
                )
            )
    return tuple(found)


@functools.cache
def raw_clusters() -> list[dict]:
    """The 250 raw validation clusters, in file order."""
    return read_clusters(RAW_VALIDATION, 250)


def raw_document(line: int, index: int) -> str:
    """Document `index` of raw validation cluster `line` (0-based, file order), as stored."""
    return raw_clusters()[line]["documents"][index]


def outlet_read(text: str) -> tuple[str, str] | None:
    """The outlet an article's own lines name and the rule that read it, or None."""
    found = own_outlet(text)
    return None if found is None else (found.value, found.rule)


def date_read(text: str) -> tuple[str, str] | None:
    """The date an article's own lines give and the rule that read it, or None."""
    found = own_date(text)
    return None if found is None else (found.value, found.rule)


def read_as_file(line: int, folder: Path) -> Ingested:
    """Raw validation cluster `line` read as `chorus brief` reads its JSONL file `cNNN.jsonl`
    (own lines read), written in `folder`."""
    path = folder / f"c{line}.jsonl"
    path.write_text(json.dumps(raw_clusters()[line]) + "\n", encoding="utf-8")
    return read_inputs([path])


def sources_markdown(line: int, folder: Path) -> tuple[str, list[str]]:
    """Raw validation cluster `line` briefed without its analysis as `chorus brief` briefs its
    JSONL file (own lines read): the Markdown, and the notes reading gave."""
    read = read_as_file(line, folder)
    briefing = chorus.brief(read.articles, notes=read.notes, analyze=False)
    return chorus.render.to_markdown(briefing), read.notes
