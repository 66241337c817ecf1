"""The cross-source analysis as a JSON-ready dict (docs/json-schema.md): every sentence
and excerpt carries its article id and character span beside its text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from chorus.analyze.model import Analysis, Excerpt, Fact, NamedLean, background_only
from chorus.model import Sentence
from chorus.render.timeline_notes import timeline_once


def _span(item: Sentence | Excerpt) -> dict[str, Any]:
    span = {"article_id": item.article.id, "start": item.start, "end": item.end}
    if isinstance(item, Sentence):
        span["sentence_index"] = item.index
    return {**span, "text": item.text}


def _named(lean: NamedLean | None) -> dict[str, Any] | None:
    """A lead-in shown as a name (Fact.named): the pronoun and the name's span."""
    return None if lean is None else {"pronoun": lean.pronoun, **_span(lean.name)}


def to_dict(analysis: Analysis, unknown: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The analysis as JSON-ready data; `reasons` explains each empty section. An outlet in
    `unknown` is an input's stand-in for one, named null (`render.json.stand_ins`)."""
    background = analysis.off_topic

    def named(outlets: Iterable[str]) -> list[str | None]:
        return [_outlet(outlet, unknown) for outlet in outlets]

    return {
        "agreed": [{"outlets": named(f.outlets), **_agreed(f)} for f in analysis.agreed],
        "unique": [
            {
                "outlets": named(f.outlets),
                **_fact(f),
                "context": list(map(_span, f.context)),
                "context_name": _named(f.named),
            }
            for f in analysis.unique
        ],
        "conflicts": [
            {
                "kind": c.kind,
                "reason": c.reason,
                "side_a": {"outlets": named(c.outlets_a), "sentences": list(map(_span, c.side_a))},
                "side_b": {"outlets": named(c.outlets_b), "sentences": list(map(_span, c.side_b))},
                "against_finding": c.against_finding,
            }
            for c in analysis.conflicts
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "role": q.role,
                "kind": q.kind,
                "outlet": _outlet(q.outlet, unknown),
                "text": _span(q.text),
                "resumed": None if q.resumed is None else _span(q.resumed),
                "sentence": _span(q.sentence),
                "context": [_span(s) for s in q.context],
                "context_name": _named(q.named),
                "background": q.sentence.article.id in background,
            }
            for q in analysis.quotes
        ],
        "timeline": [
            {
                "date": e.when,
                "precision": e.precision,
                "relative": e.relative,
                "planned": e.planned,
                "year_lent": e.lent,
                "own_line": e.own_line,
                "until": None if e.until is None else e.until.isoformat()[: len(e.when)],
                "expression": _span(e.expression),
                "dates": None if e.dates is None else _span(e.dates),
                "sentence": _span(e.sentence),
                "copies": [_span(s) for s in e.copies],
                "context": [_span(s) for s in e.context],
                "context_name": _named(e.named),
                "goes_on": [_span(s) for s in e.goes_on],
                "background": e.sentence.article.id in background,
            }
            for e in timeline_once(analysis.timeline)
        ],
        "entities": [
            {
                "name": e.name,
                "label": e.label,
                "outlets": e.outlets,
                "mentions": [_span(m) for m in e.mentions],
                "background": background_only(e.mentions, background),
            }
            for e in analysis.entities
        ],
        "relevance": [
            {
                "article_id": r.article_id,
                "score": r.score,
                "off_topic": r.off_topic,
                "reason": r.reason,
            }
            for r in analysis.relevance
        ],
        "copies": [{"articles": list(c.articles), "shared": c.shared} for c in analysis.copies],
        "reasons": dict(analysis.reasons),
    }


def _outlet(outlet: str, unknown: frozenset[str]) -> str | None:
    return None if outlet in unknown else outlet


def _fact(fact: Fact) -> dict[str, Any]:
    return {
        "statement": _span(fact.statement),
        "support": [_span(s) for s in fact.support],
    }


def _agreed(fact: Fact) -> dict[str, Any]:
    """An agreed fact: each support says whether its article's supports tell only a part of
    the statement (Fact.partial); its lead-in as a unique item's (row_lead_ins.py); the
    reasons of the conflicts over one value two of its sentences are shown in (Fact.differs)."""
    return {
        "statement": _span(fact.statement),
        "support": [{**_span(s), "partial": s.article.id in fact.partial} for s in fact.support],
        "context": [_span(s) for s in fact.context],
        "differs": list(fact.differs),
        "context_name": _named(fact.named),
    }
