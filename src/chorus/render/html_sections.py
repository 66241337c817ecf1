"""The cross-source sections of the HTML page: agreed and unique facts, conflicts with
both sides, who said what, the people and places named, and background articles.

They come from `briefing.analysis` (`chorus.analyze.model.Analysis`) when the briefing
has one; fields are read with `getattr`, so a section the analysis lacks is left out
rather than breaking the page. An item that rests on sentences is selectable exactly
like a summary sentence: it highlights those sentences in the article columns. A
section that is empty says why when the analysis gives a reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chorus.analyze.model import NamedLean
from chorus.model import Document, Sentence
from chorus.render.analysis import (
    COMPARING,
    as_note,
    aside_mark,
    compared_none,
    lead_in_label,
    merged_conflicts,
    section_notes,
)
from chorus.render.dates import with_days_read
from chorus.render.html_page import esc
from chorus.render.said_once import by_speaker, closed, closed_inside
from chorus.render.sources import outlet_known, source_name


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """What the page knows about its sources: numbers, outlets and sentence spans."""

    numbers: dict[str, int]
    labels: dict[str, str]
    starts: dict[str, list[int]]
    ends: dict[str, list[int]]
    background: Mapping[str, str]
    """The kinds of the articles set aside, by id: an item only they tell is marked so."""
    reports: dict[str, int] = field(default_factory=dict)
    """Articles of a group of copies of one report → the group (`copy_groups`)."""
    outlets: frozenset[str] = frozenset()
    """The articles whose outlet is known: the others' labels are a file's or an input's."""

    @classmethod
    def build(
        cls,
        documents: Sequence[Document],
        sentences: Sequence[list[Sentence]],
        background: Mapping[str, str] | None = None,
        reports: dict[str, int] | None = None,
    ) -> SourceIndex:
        ids = [d.article.id for d in documents]
        return cls(
            numbers={a: n for n, a in enumerate(ids, start=1)},
            labels={d.article.id: source_name(d.article) for d in documents},
            starts={a: [s.start for s in ss] for a, ss in zip(ids, sentences, strict=True)},
            ends={a: [s.end for s in ss] for a, ss in zip(ids, sentences, strict=True)},
            background=background or {},
            reports=reports or {},
            outlets=frozenset(d.article.id for d in documents if outlet_known(d.article)),
        )

    def key_at(self, article_id: str, start: int) -> str | None:
        """`article_id:index` of the page's sentence holding offset `start`, if any."""
        starts = self.starts.get(article_id)
        if starts is None:
            return None
        found = bisect.bisect_right(starts, start) - 1
        if found >= 0 and start < self.ends[article_id][found]:
            return f"{article_id}:{found}"
        return None

    def keys(self, spans: Iterable[Any]) -> list[str]:
        """Page keys of sentences or excerpts (anything with `.article` and `.start`)."""
        keys = (self.key_at(s.article.id, s.start) for s in spans)
        return list(dict.fromkeys(k for k in keys if k))


def citations_html(articles: Iterable[str], index: SourceIndex) -> str:
    marks = sorted({index.numbers[a] for a in articles if a in index.numbers})
    if not marks:
        return ""
    labels = {n: index.labels[a] for a, n in index.numbers.items()}
    links = "".join(
        f'<a class="cite" href="#src-{n}" aria-label="source {n}, {esc(labels[n])}">[{n}]</a>'
        for n in marks
    )
    # One group: "[1][2]" at a line's end, "[3]" alone on the next, reads as a stray mark.
    return f'<span class="cites">{links}</span>'


def selectable(inner: str, keys: Sequence[str]) -> str:
    """`inner` wrapped so that selecting it highlights the sentences `keys` name."""
    if not keys:
        return f"<span>{inner}</span>"
    return (
        '<span tabindex="0" role="button" aria-pressed="false" '
        f'data-sources="{esc(" ".join(keys))}">{inner}</span>'
    )


def _cited(inner: str, spans: Sequence[Any], index: SourceIndex) -> str:
    """`inner`, selectable by the spans it rests on, followed by their citation marks."""
    articles = [s.article.id for s in spans]
    return selectable(inner, index.keys(spans)) + citations_html(articles, index)


def _side(label: str, sentences: Sequence[Sentence], index: SourceIndex) -> str:
    if not sentences:
        return ""
    more = f" <em>(+{len(sentences) - 1} more)</em>" if len(sentences) > 1 else ""
    text = f'<span class="who">{label}:</span> {esc(sentences[0].text)}{more}'
    return f"<li>{_cited(text, sentences, index)}</li>"


def _facts(facts: Sequence[Any], index: SourceIndex) -> list[str]:
    return [f"<li>{_fact(f, index)}</li>" for f in facts]


def _fact(fact: Any, index: SourceIndex) -> str:
    """A fact, after the sentences it points back at (its `context`, muted): selecting it
    highlights those too."""
    context = getattr(fact, "context", ())
    lead = _lead(context, getattr(fact, "named", None))
    shown = _cited(lead + esc(fact.statement.text), (*context, *fact.sentences), index)
    return shown + _in_part(fact, index)


def _lead(context: Sequence[Sentence], named: NamedLean | None) -> str:
    """A row's lead-in, muted (render.analysis.lead_in_label); "" for a row with none."""
    return f'<span class="context">{esc(lead_in_label(context, named))}</span> ' if context else ""


def _in_part(fact: Any, index: SourceIndex) -> str:
    """A chip naming the outlets whose supports tell only a part of an agreed item's
    statement (Fact.partial), as the Markdown's "; [2] in part", and one for each conflict
    over one value two of its sentences are shown in (Fact.differs)."""
    marks = sorted({index.numbers[a] for a in getattr(fact, "partial", ()) if a in index.numbers})
    differs = "".join(
        f' <span class="chip">{esc(reason)}</span>' for reason in getattr(fact, "differs", ())
    )
    if not marks:
        return differs
    return f' <span class="chip">{"".join(f"[{n}]" for n in marks)} in part</span>{differs}'


_LABELS = ("One side", "The other")
_CLAIM_LABELS = ("The claim", "What was found")
"""A claim against a finding its own outlet reports too is no side against another."""


def _conflicts(conflicts: Sequence[Any], index: SourceIndex) -> list[str]:
    items = []
    for conflict in merged_conflicts(conflicts):
        labels = _CLAIM_LABELS if getattr(conflict, "against_finding", False) else _LABELS
        sides = _side(labels[0], getattr(conflict, "side_a", ()), index)
        sides += _side(labels[1], getattr(conflict, "side_b", ()), index)
        kind = esc(getattr(conflict, "kind", "conflict"))
        reason = esc(with_days_read(getattr(conflict, "reason", "")))
        items.append(
            f'<li><span class="chip">{kind}</span> {reason}<ul class="items">{sides}</ul></li>'
        )
    return items


def _quote(quote: Any, sentences: Sequence[Sentence], index: SourceIndex) -> str:
    verbatim = getattr(quote, "kind", "quote") == "quote"
    words = esc(closed_inside(quote.words) if verbatim else closed(quote.words))
    said = f"“{words}”" if verbatim else f'{words} <span class="chip">paraphrase</span>'
    if mark := aside_mark(sentences, index.background):
        said += f' <span class="chip">{esc(mark)}</span>'
    context = getattr(quote, "context", ())
    # a bare answer after its question (quote_answers.py), a reported row after the sentence
    # it leans on (row_lead_ins.py), muted as a fact's
    said = _lead(context, getattr(quote, "named", None)) + said
    return f"<li>{_cited(said, (*context, *sentences), index)}</li>"


def _quotes(quotes: Sequence[Any], index: SourceIndex) -> list[str]:
    """Quotations grouped by speaker, speakers in order of first appearance; words that
    several outlets carry are listed once, citing them all."""
    items = []
    for speaker, said in by_speaker(quotes, index.reports).items():
        role = next((q.role for q, _ in said if getattr(q, "role", None)), None)
        who = f'<span class="who">{esc(speaker)}</span>' + (f" ({esc(role)})" if role else "")
        lines = "".join(_quote(q, sentences, index) for q, sentences in said)
        items.append(f'<li>{who}<ul class="items">{lines}</ul></li>')
    return items


def _entities(entities: Sequence[Any], index: SourceIndex) -> list[str]:
    items = []
    for entity in entities:
        outlets = getattr(entity, "outlets", 0)
        mentions = getattr(entity, "mentions", ())
        told = f" · {esc(mark)}" if (mark := aside_mark(mentions, index.background)) else ""
        inner = (
            f"{esc(entity.name)} <small>{esc(getattr(entity, 'label', ''))} · "
            f"{outlets} outlet{'s' if outlets != 1 else ''}{told}</small>"
        )
        items.append(f"<li>{selectable(inner, index.keys(mentions))}</li>")
    return items


def _background(relevance: Sequence[Any], index: SourceIndex) -> list[str]:
    items = []
    for item in relevance:
        number = index.numbers.get(item.article_id)
        if number is not None and getattr(item, "off_topic", False):
            outlet = esc(index.labels[item.article_id])
            items.append(
                f'<li><a href="#src-{number}">[{number}] {outlet}</a>: {esc(item.label)}</li>'
            )
    return items


Renderer = Callable[[Sequence[Any], SourceIndex], list[str]]
SECTIONS: tuple[tuple[str, str, str, Renderer, str], ...] = (
    ("agreed", "What the outlets agree on", "Agreed", _facts, "None found."),
    ("unique", "Reported by one outlet only", "One outlet", _facts, "None found."),
    ("conflicts", "Where the outlets disagree", "Disagree", _conflicts, "No disagreement found."),
    ("quotes", "Who said what", "Speakers", _quotes, "No quotations found."),
    ("entities", "People, organisations and places", "Names", _entities, "None found."),
    (
        "relevance",
        "Articles set aside",
        "Background",
        _background,
        "Every article follows the story.",
    ),
)
"""(attribute of the analysis, heading, label in the page's contents, renderer of its
items, text when empty), in order."""
SHOWN = {"items": 6, "tags": 18}
"""Items listed openly per section (by list style); the rest are one click away."""


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the reading column, and how the page's contents name it."""

    name: str
    label: str
    count: int | None
    html: str


def contents_html(sections: Sequence[Section]) -> str:
    """Links to the page's sections with their item counts: a long page, scannable."""
    links = "".join(
        f'<li><a href="#h-{s.name}">{esc(s.label)}'
        + (f' <span class="count">{s.count}</span>' if s.count is not None else "")
        + "</a></li>"
        for s in sections
    )
    return f'<nav class="contents" aria-label="On this page"><ul>{links}</ul></nav>'


def _list(items: Sequence[str], name: str) -> str:
    css = "tags" if name == "entities" else "items"
    count = SHOWN[css]
    shown = f'<ul class="{css}">{"".join(items[:count])}</ul>'
    if len(items) <= count:
        return shown
    rest = f'<ul class="{css}">{"".join(items[count:])}</ul>'
    return f"{shown}<details><summary>Show {len(items) - count} more</summary>{rest}</details>"


def analysis_sections(analysis: Any, index: SourceIndex) -> list[Section]:
    """The cross-source sections of an analysis, each with its items (and what they leave
    out) or the reason it is empty; the sections comparing sources are left out when the
    page's header says why none does (`compared_none`), and background articles when
    there is one source."""
    reasons = reasons_of(analysis)
    left_out = COMPARING if compared_none(analysis) else ()
    if len(index.numbers) < 2:
        left_out += ("relevance",)  # one source is the story: "Every article is on the story"
    shown = []
    for name, title, label, render, empty in SECTIONS:
        if not hasattr(analysis, name) or name in left_out:
            continue
        items = render(getattr(analysis, name), index)
        reason = reasons.get("background" if name == "relevance" else name)
        if items:
            body = _list(items, name) + (f'<p class="note">{note(reason)}</p>' if reason else "")
        else:
            body = f'<p class="empty">{note(reason) if reason else empty}</p>'
        if name in ("agreed", "unique") and hasattr(analysis, "copies"):
            notes = section_notes(analysis, name, index.numbers.__getitem__)
            body = "".join(f'<p class="note">{esc(note)}.</p>' for note in notes) + body
        html = (
            f'<section aria-labelledby="h-{name}"><h2 id="h-{name}">{esc(title)}</h2>'
            f"{body}</section>"
        )
        shown.append(Section(name, label, len(items), html))
    return shown


def note(reason: str) -> str:
    """A reason the analysis gives, escaped and written as a sentence (as the Markdown
    does): "No conflicting figures, dates, titles, organisations, charges, comments or
    denials found."
    """
    return esc(as_note(reason)) + "."


def reasons_of(analysis: Any) -> dict[str, str]:
    """What the analysis says each section left out, or why it is empty (by section name)."""
    return getattr(analysis, "reasons", {}) or {}
