"""The briefing as one self-contained HTML page: `to_html(briefing)`.

Left, the reading: the cited summary, the cross-source sections the analysis found, a
coverage matrix and a timeline. Right, the articles side by side, one column per source,
every sentence a span with its article id, index and character offsets. Selecting a
summary sentence (click, hover, or Tab then Enter) highlights the exact source
sentences it stands for. Every piece of article text goes through `html.escape`; the
page loads nothing from anywhere and works offline.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import PurePath

from chorus.model import Briefing, Document, Removal, Sentence
from chorus.render.about import NO_ANALYSIS, aside_kinds, changed, counts, cut_off, short_of_words
from chorus.render.analysis import compared_none
from chorus.render.headline_choice import Headline, headline, tab_title
from chorus.render.html_assets import SCRIPT
from chorus.render.html_charts import (
    coverage_facts,
    coverage_section,
    timeline_events,
    timeline_section,
)
from chorus.render.html_page import esc, nav_html, page
from chorus.render.html_sections import (
    Section,
    SourceIndex,
    analysis_sections,
    citations_html,
    contents_html,
    note,
    reasons_of,
    selectable,
)
from chorus.render.said_once import copy_groups
from chorus.render.sources import outlet_known, source_facts, source_kind, source_name
from chorus.sentences import split

Cited = dict[tuple[str, int], list[int]]
"""(article id, sentence index) → numbers of the summary sentences that cite it."""


def _meta(briefing: Briefing, title: Headline) -> str:
    said = [*counts(briefing), f"headline from {title.source}" if title.source else ""]
    return " · ".join(filter(None, said))


def _compared_none(analysis: object) -> str:
    """Why no section compares the sources, once, under the headline where a reader
    looks first (a single article's page said it under three sections)."""
    said = compared_none(analysis) if analysis is not None else NO_ANALYSIS
    return f'<p class="meta note">{esc(said)}.</p>' if said else ""


def _summary(briefing: Briefing, index: SourceIndex) -> str:
    items = []
    for number, sentence in enumerate(briefing.summary, start=1):
        keys = index.keys(sentence.sources)
        cites = citations_html((s.article.id for s in sentence.sources), index)
        items.append(f'<li id="sum-{number}">{selectable(esc(sentence.text), keys)}{cites}</li>')
    reason = briefing.why_no_summary()
    empty = f'<p class="empty">{note(reason)}</p>' if reason else ""
    short = short_of_words(briefing)
    empty += f'<p class="note">{note(short)}</p>' if short else ""
    return (
        '<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>'
        '<p class="hint">Select a sentence (click or tap it, or Tab to it and press Enter) '
        "to highlight where each outlet said it. Clear (or Esc) removes the highlight.</p>"
        f'{empty}<ol class="summary">{"".join(items)}</ol>'
        '<div id="hl-bar"><p id="hl-status" role="status" aria-live="polite"></p>'
        '<a id="hl-jump" href="#h-sources" hidden>Go to the first highlighted sentence</a>'
        # A phone has no Esc key: without this the bar stayed fixed over the page.
        '<button type="button" id="hl-clear" hidden>Clear</button>'
        "</div></section>"
    )


def _sentence_html(sentence: Sentence, cited: Cited) -> str:
    by = cited.get(sentence.key, [])
    classes = "s cited" if by else "s"
    title = f' title="In summary sentence {", ".join(map(str, by))}"' if by else ""
    return (
        f'<span class="{classes}" id="s-{esc(sentence.article.id)}-{sentence.index}" '
        f'data-article="{esc(sentence.article.id)}" data-index="{sentence.index}" '
        f'data-start="{sentence.start}" data-end="{sentence.end}"{title}>'
        f"{esc(sentence.text)}</span>"
    )


def _removed_html(removal: Removal, text: str) -> str:
    content = text[removal.span.start : removal.span.end].strip()
    return f'<p class="removed"><b>{esc(removal.reason)}</b> {esc(content)}</p>'


def _article_body(document: Document, sentences: Sequence[Sentence], cited: Cited) -> list[str]:
    """The article as paragraphs (one per line of text) of sentence spans, with its
    removed stretches in place (hidden until the reader asks for them)."""
    text = document.article.text
    pieces: list[tuple[int, Sentence | Removal]] = [(s.start, s) for s in sentences]
    pieces += [(r.span.start, r) for r in document.removed]
    paragraphs: list[str] = []
    line: list[str] = []
    previous_end = 0
    for start, piece in sorted(pieces, key=lambda p: p[0]):
        breaks = isinstance(piece, Removal) or "\n" in text[previous_end:start]
        if line and breaks:
            paragraphs.append(f"<p>{' '.join(line)}</p>")
            line = []
        if isinstance(piece, Removal):
            paragraphs.append(_removed_html(piece, text))
            previous_end = piece.span.end
        else:
            line.append(_sentence_html(piece, cited))
            previous_end = piece.end
    if line:
        paragraphs.append(f"<p>{' '.join(line)}</p>")
    if not sentences:
        paragraphs.append('<p class="empty">No story text left after cleaning.</p>')
    return paragraphs


LONG = 200
"""Paragraphs from which an article is long: those out of sight wait to be laid out (a
4.5 MB article's page spent 1.4 s laying out 12,000 paragraphs nobody had scrolled to);
shorter ones are laid out whole, so that a sentence is revealed where it stands."""


def _body_class(paragraphs: Sequence[str]) -> str:
    return "body long" if len(paragraphs) > LONG else "body"


def _removed_details(document: Document) -> str:
    if not document.removed:
        return ""
    items = "".join(
        f"<li><b>{esc(reason)}</b>: {esc(text.strip())}</li>"
        for reason, text in document.removed_text()
    )
    count = len(document.removed)
    return f"<details><summary>Removed by cleaning ({count})</summary><ul>{items}</ul></details>"


_BREAK_CHANCES = re.compile(r"(?<=[_/])|(?=\.)")


def _breakable(name: str) -> str:
    """`name` escaped, with chances to break a line after "_" and "/" and before ".": a
    file's name heading a column broke at its last letters ("000_e70a219f8e194b37.tx",
    "t")."""
    return _BREAK_CHANCES.sub("<wbr>", esc(name))


def _column(
    number: int, document: Document, sentences: Sequence[Sentence], cited: Cited, aside: str | None
) -> str:
    article = document.article
    name = source_name(article)
    # The word Background, the header and the notes give it (raw 194's archive notice was
    # "background" here and "a page that is no news" in the Markdown).
    about = [f'<span class="chip">{esc(aside)}</span>'] if aside else []
    kind = source_kind(article)
    about += [
        esc(fact)
        for fact in [
            *([kind] if kind else []),
            *source_facts(article),
            *cut_off(document),
            *changed(document),
        ]
    ]
    if outlet_known(article):
        # The file stays findable; without an outlet it is the heading already.
        file_name = esc(PurePath(article.origin).name)
        about.append(f'<span title="{esc(article.origin)}">{file_name}</span>')
    label = f"[{number}] {name}"
    paragraphs = _article_body(document, sentences, cited)
    return (
        f'<article class="col" id="src-{number}" data-label="{esc(label)}" '
        f'data-article="{esc(article.id)}" aria-labelledby="src-{number}-h">'
        # Named as it reads: the <wbr> breaks were spaces in its accessible name, the
        # column read out as "1 000_ e70a219f8e194b37 .txt".
        f'<header><h3 id="src-{number}-h" aria-label="{number} {esc(name)}">'
        f'<span class="num">{number}</span>{_breakable(name)}'
        f"</h3><p>{' · '.join(about)}</p></header>"
        f'<div class="{_body_class(paragraphs)}" tabindex="0" role="region" '
        f'aria-label="Text of source {number}">'
        f"{''.join(paragraphs)}</div>{_removed_details(document)}</article>"
    )


def _sources(
    briefing: Briefing,
    sentences: Sequence[list[Sentence]],
    cited: Cited,
    aside: dict[str, str],
) -> str:
    columns = "".join(
        _column(n, d, ss, cited, aside.get(d.article.id))
        for n, (d, ss) in enumerate(zip(briefing.documents, sentences, strict=True), start=1)
    )
    toggle = ""
    if any(d.removed for d in briefing.documents):
        toggle = (
            '<label class="toggle"><input type="checkbox" id="show-removed"> '
            "Show what cleaning removed, in place</label>"
        )
    return (
        '<aside class="pane" aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2>'
        '<p class="hint">Dotted underline: the sentence is in the summary.</p>'
        f'{_source_links(briefing)}{toggle}<div class="columns">{columns}</div></aside>'
    )


def _source_links(briefing: Briefing) -> str:
    """Links to each column: with three sources or more, some columns are out of sight
    and a reader would not know they are there."""
    if len(briefing.documents) < 3:
        return ""
    links = "".join(
        f'<li><a href="#src-{n}">[{n}] {esc(source_name(d.article))}</a></li>'
        for n, d in enumerate(briefing.documents, start=1)
    )
    return f'<nav class="source-links" aria-label="Jump to a source"><ul>{links}</ul></nav>'


def _inputs(briefing: Briefing) -> str:
    items = [f"<li>Skipped {esc(s.origin)}: {esc(s.reason)}</li>" for s in briefing.skipped]
    items += [f"<li>{esc(note)}</li>" for note in briefing.notes]
    if not items:
        return ""
    return (
        '<section aria-labelledby="h-inputs"><h2 id="h-inputs">Notes on the inputs</h2>'
        f'<ul class="notes">{"".join(items)}</ul></section>'
    )


def _cited(briefing: Briefing) -> Cited:
    cited: Cited = defaultdict(list)
    for number, sentence in enumerate(briefing.summary, start=1):
        for source in sentence.sources:
            cited[source.key].append(number)
    return cited


def to_html(briefing: Briefing, *, links: Sequence[tuple[str, str]] = ()) -> str:
    """The briefing as one HTML document; `links` are (href, label) pairs for a nav bar."""
    analysis = getattr(briefing, "analysis", None)
    sentences = [split(document) for document in briefing.documents]
    index = SourceIndex.build(
        briefing.documents, sentences, aside_kinds(analysis), copy_groups(analysis)
    )
    cited = _cited(briefing)
    facts, from_analysis = coverage_facts(briefing, analysis, index)
    events, events_from_analysis = timeline_events(briefing, analysis, index)
    sections = [
        Section("summary", "Summary", len(briefing.summary), _summary(briefing, index)),
        *(analysis_sections(analysis, index) if analysis is not None else ()),
        # One source reports everything it says: its chart was a row of filled cells.
        *(
            [Section("coverage", "Coverage", None, coverage_section(facts, from_analysis, index))]
            if len(briefing.documents) > 1
            else []
        ),
        Section(
            "timeline",
            "Timeline",
            len(events),
            timeline_section(
                events, events_from_analysis, reasons_of(analysis).get("timeline"), index
            ),
        ),
    ]
    if inputs := _inputs(briefing):
        sections.append(Section("inputs", "Notes", None, inputs))
    sections.append(Section("sources", "Sources", len(briefing.documents), ""))
    reading = contents_html(sections) + "".join(s.html for s in sections)
    title = headline(briefing)
    h1_class = "" if title.from_title else ' class="sentence"'
    body = (
        '<a class="skip" href="#main">Skip to the briefing</a>'
        f'<header class="top">{nav_html(links)}<p class="kicker">chorus briefing</p>'
        f"<h1{h1_class}>{esc(title.text)}</h1>"
        f'<p class="meta">{esc(_meta(briefing, title))}</p>{_compared_none(analysis)}</header>'
        f'<main id="main" class="layout"><div class="reading">{reading}</div>'
        f"{_sources(briefing, sentences, cited, aside_kinds(analysis))}</main>"
    )
    return page(tab_title(title.text), body, script=SCRIPT)
