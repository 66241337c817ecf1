"""The briefing as JSON; the schema is documented in docs/json-schema.md."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from chorus.model import Article, Briefing, Document, Sentence
from chorus.render.about import aside_kinds
from chorus.render.analysis_json import to_dict as analysis_dict
from chorus.render.sources import outlet_from, outlet_known, source_kind

SCHEMA_VERSION = 3


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {
        "article_id": sentence.article.id,
        "sentence_index": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
    }


def _source(number: int, document: Document, aside: str | None) -> dict[str, Any]:
    article = document.article
    return {
        "number": number,
        "article_id": article.id,
        "outlet": article.outlet if outlet_known(article) else None,
        "outlet_from": outlet_from(article),
        "kind": source_kind(article),
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "origin": article.origin,
        "set_aside": aside,
        "removed": [
            {"start": r.span.start, "end": r.span.end, "reason": r.reason, "text": text}
            for r, (_, text) in zip(document.removed, document.removed_text(), strict=True)
        ],
        "changes": [
            {
                "start": c.start,
                "end": c.end,
                "reason": c.reason,
                "text": article.text[c.start : c.end],
                "given": c.given,
            }
            for c in article.changes
        ],
    }


def stand_ins(articles: Iterable[Article]) -> frozenset[str]:
    """The `outlet` keys that are only ingest's stand-ins for an input ("c191 #1", "Article
    2"): the analysis names each source by its article's `outlet`, and these are null
    wherever the JSON lists outlets, as the source's own `outlet` is (raw 191's agreed facts
    listed "c191 #1" beside "The Guardian", read as an outlet)."""
    articles = list(articles)
    known = {article.outlet for article in articles if outlet_known(article)}
    return frozenset(article.outlet for article in articles) - known


def to_dict(briefing: Briefing) -> dict[str, Any]:
    unknown = stand_ins(d.article for d in briefing.documents)
    aside = aside_kinds(briefing.analysis)
    return {
        "schema_version": SCHEMA_VERSION,
        "words": briefing.words,
        "word_count": briefing.word_count(),
        "summary": [
            {
                "text": s.text,
                "citations": briefing.citations(s),
                "sources": [_sentence(source) for source in s.sources],
            }
            for s in briefing.summary
        ],
        "sources": [
            _source(n, d, aside.get(d.article.id))
            for n, d in enumerate(briefing.documents, start=1)
        ],
        "skipped": [{"origin": s.origin, "reason": s.reason} for s in briefing.skipped],
        "notes": [*briefing.notes, *filter(None, [briefing.why_no_summary()])],
        "analysis": analysis_dict(briefing.analysis, unknown) if briefing.analysis else None,
    }


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"
