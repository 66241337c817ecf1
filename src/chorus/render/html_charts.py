"""Inline SVG charts of the HTML page: the coverage matrix and the timeline.

Coverage: outlets × facts, a filled cell where an outlet reported a fact. The facts are
the analysis's agreed and unique facts when there is an analysis, else the summary's
sentences (a summary sentence is reported by the outlets it cites).
Timeline: the analysis's dated sentences, else the articles by publication date. When
there is nothing to draw the page says so in words instead of drawing an empty chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from chorus.model import Briefing
from chorus.render.analysis import lead_in_label, then_line
from chorus.render.dates import read_date
from chorus.render.html_page import esc
from chorus.render.html_sections import SourceIndex, citations_html, note, selectable
from chorus.render.sources import own_title, source_name
from chorus.render.timeline_notes import timeline_note, timeline_once, without_footnote_marks

_MAX_FACTS = 60
_CELL = 28
_LABEL_WIDTH = 200
# Drawn at its own size, not scaled: 340 fits a 390-px phone's reading column (342 px),
# so its 12-px labels stay 12 px there (at 680 they were shrunk to 6 px). The coverage
# matrix keeps its size and scrolls when it is wider.
_TIMELINE_WIDTH = 340
_MARGIN = 48
_STACK = 24
_RADIUS = 10
_LEGEND_LINE = 160
_BEFORE_THE_DATE = 20
"""How much of a long timeline line is kept before its dated words when they lie past the
legend's cut: enough for the phrase they open ("..., but on Thursday the president ...")."""
_HEAD_AT_LEAST = 40
"""How much of the sentence's opening, its subject, is kept beside them (a third of the room
at most)."""


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    articles: frozenset[str]
    keys: tuple[str, ...] = ()
    """Page keys of the sentences it rests on, which its line in the list highlights."""


@dataclass(frozen=True, slots=True)
class Event:
    date: dt.date
    when: str
    label: str
    keys: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    """Ids of the articles it is read from, cited after its line."""
    precision: str = "day"
    """What the date says: "day", "month" or "year" (1964 is not January 1, 1964)."""
    dated_at: int = 0
    """Where in `label` the words its date is read from start."""
    context: str = ""
    """The sentence the line leans on (TimelineEntry.context) as its lead-in reads ('after:
    “...”', shortened, or 'he: Mario Draghi': render.analysis.lead_in_label), shown before it
    muted, as a section's row shows its lead-in: inside `label` it read as the line's own
    words (raw 44's "1980: (after: “Even Anastasio is giddy.”) ...")."""


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _with_its_date(sentence: str, at: int, limit: int) -> str:
    """A timeline line cut to `limit` keeping the words its date is read from (at `at`): cut
    at the end alone, the FT's "Mr Trump on Wednesday warned Russia ..., but on Thursday the
    president refused ..." under 12 April lost "on Thursday" and read as Wednesday's warning.
    When they lie past the cut, the sentence's opening is kept, "…" and the words from a
    little before them."""
    if len(sentence) <= limit or at + _BEFORE_THE_DATE < limit:
        return _short(sentence, limit)
    near = sentence[sentence.find(" ", at - _BEFORE_THE_DATE) + 1 :]
    near = _short(near, limit - min(_HEAD_AT_LEAST, limit // 3))
    head = sentence[: limit - len(near) - 3]
    return f"{head[: head.rfind(' ')].rstrip(' ,;:')} … {near}"


def coverage_facts(
    briefing: Briefing, analysis: Any, index: SourceIndex
) -> tuple[list[Fact], bool]:
    """(facts, from_analysis): the analysis's agreed and unique facts, else the summary's."""
    found = [*getattr(analysis, "agreed", ()), *getattr(analysis, "unique", ())]
    if found:
        facts = [
            Fact(
                f.statement.text,
                frozenset(s.article.id for s in f.sentences),
                tuple(index.keys(f.sentences)),
            )
            for f in found
        ]
        return facts, True
    summary = [
        Fact(s.text, frozenset(source.article.id for source in s.sources)) for s in briefing.summary
    ]
    return summary, False


def coverage_svg(facts: Sequence[Fact], index: SourceIndex) -> str:
    """The outlets × facts matrix as an SVG image with a text description."""
    facts = facts[:_MAX_FACTS]
    rows = sorted(index.numbers, key=index.numbers.__getitem__)
    width = _coverage_width(len(facts))
    height = 30 + _CELL * len(rows) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="cov-t cov-d">'
        '<title id="cov-t">Coverage: which source reported which fact</title>'
        f'<desc id="cov-d">{esc(_coverage_description(facts, rows, index))}</desc>'
    ]
    for column in range(len(facts)):
        x = _LABEL_WIDTH + column * _CELL + _CELL / 2
        parts.append(f'<text x="{x}" y="20" text-anchor="middle" class="small">{column + 1}</text>')
    for row, article in enumerate(rows):
        y = 30 + row * _CELL
        label = f"[{index.numbers[article]}] {_row_name(index.labels[article], article, index)}"
        parts.append(f'<text x="0" y="{y + 18}" class="small">{esc(label)}</text>')
        for column, fact in enumerate(facts):
            x = _LABEL_WIDTH + column * _CELL
            covered = article in fact.articles
            verb = "reports" if covered else "does not report"
            parts.append(
                f'<rect x="{x + 2}" y="{y + 2}" width="{_CELL - 4}" height="{_CELL - 4}" rx="3" '
                f'class="{"yes" if covered else "no"}"><title>{esc(_named(article, index))} '
                f"{verb} fact {column + 1}</title></rect>"
            )
        count = sum(article in f.articles for f in facts)
        parts.append(
            f'<text x="{_LABEL_WIDTH + _CELL * len(facts) + 8}" y="{y + 18}" class="small">'
            f"{count}/{len(facts)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


_ROW_NAME = 24
_UNKNOWN = ", outlet unknown"


def _named(article: str, index: SourceIndex) -> str:
    """A source as the Markdown's Sources name it: its outlet, or its file or input with
    "outlet unknown" (raw 191's rows read "c191.jsonl document 1" beside The Guardian, a
    file's name read as an outlet's)."""
    return index.labels[article] + ("" if article in index.outlets else _UNKNOWN)


def _row_name(name: str, article: str, index: SourceIndex) -> str:
    """A row's name, cut to fit: a file's name too long to show with "outlet unknown" gives
    way to it (the row's number leads to the source; its title names the file)."""
    if article in index.outlets:
        return _short(name, _ROW_NAME)
    named = name + _UNKNOWN
    return named if len(named) <= _ROW_NAME else _UNKNOWN.removeprefix(", ")


def _coverage_width(facts: int) -> int:
    return _LABEL_WIDTH + _CELL * min(facts, _MAX_FACTS) + 60


def _coverage_description(facts: Sequence[Fact], rows: Sequence[str], index: SourceIndex) -> str:
    lines = []
    for article in rows:
        reported = [str(n) for n, f in enumerate(facts, start=1) if article in f.articles]
        named = _named(article, index) + ("" if article in index.outlets else ",")
        lines.append(f"{named} reports {', '.join(reported) or 'none'}")
    return "; ".join(lines) + "."


def timeline_events(
    briefing: Briefing, analysis: Any, index: SourceIndex
) -> tuple[list[Event], bool]:
    """(events, from_analysis): the analysis's dated sentences, else articles by date."""
    events = [
        Event(
            e.date,
            read_date(e.date, e.precision) + timeline_note(e, index.background),
            without_footnote_marks(e.sentence.text + then_line(e.goes_on)),
            tuple(index.keys([*e.context, e.sentence, *e.copies, *e.goes_on])),
            tuple(dict.fromkeys(s.article.id for s in (e.sentence, *e.copies))),
            e.precision,
            len(without_footnote_marks(e.sentence.text[: e.expression.start - e.sentence.start])),
            lead_in_label(e.context, e.named, lambda text: _short(text, _LEGEND_LINE))
            if e.context
            else "",
        )
        for e in timeline_once(getattr(analysis, "timeline", ()))
    ]
    if events:
        return sorted(events, key=lambda e: e.date), True
    for number, document in enumerate(briefing.documents, start=1):
        article = document.article
        if article.published is not None:
            title = own_title(article)
            label = f"[{number}] {source_name(article)}" + (f": {title}" if title else "")
            events.append(Event(article.published, read_date(article.published), label))
    return sorted(events, key=lambda e: e.date), False


def _x(date: dt.date, first: dt.date, last: dt.date) -> float:
    span = (last - first).days
    inner = _TIMELINE_WIDTH - 2 * _MARGIN
    if span == 0:
        return _TIMELINE_WIDTH / 2
    return _MARGIN + inner * (date - first).days / span


_UNITS = ("day", "month", "year")
# Spans from which the axis is read in months, then in years (three ticks of whole periods).
_MONTHS_FROM = 90
_YEARS_FROM = 3 * 365


def _unit(events: Sequence[Event]) -> str:
    """The axis's unit: by the span, and never finer than every event's date (an axis of
    events dated only by year has no days to show)."""
    span = (events[-1].date - events[0].date).days
    by_span = "year" if span >= _YEARS_FROM else "month" if span >= _MONTHS_FROM else "day"
    finest = min(_UNITS.index(event.precision) for event in events)
    return _UNITS[max(_UNITS.index(by_span), finest)]


def _period_starts(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    """The first day of every year, month or day from `first` to `last`."""
    if unit == "day":
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    months = range(1, 13) if unit == "month" else (1,)
    starts = (dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in months)
    return [start for start in starts if first <= start <= last]


def _ticks(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    """The first, middle and last whole periods: three labels fit side by side, and each
    stands where its period starts ("2013", not "2013-01-01" nor a day in mid-year)."""
    # A dated event starts its period, so a span in `unit` holds one start or more; the
    # first date stands in should a date ever fall mid-period.
    starts = _period_starts(first, last, unit) or [first]
    return sorted({starts[0], starts[len(starts) // 2], starts[-1]})


def _stacked(xs: Sequence[float]) -> list[tuple[float, int]]:
    """(x, level) of each marker, in date order: a marker that would overlap the foot of
    the stack before it goes on top of that stack (events days apart in a span of years
    fall on one spot; drawn side by side, later ones hid earlier ones)."""
    placed: list[tuple[float, int]] = []
    for x in xs:
        if placed and x - placed[-1][0] < 2 * _RADIUS:
            foot = placed[-1][0]
            placed.append((foot, placed[-1][1] + 1))
        else:
            placed.append((x, 0))
    return placed


def timeline_svg(events: Sequence[Event]) -> str:
    """Events as numbered markers on a date axis (markers on one spot are stacked)."""
    first, last = events[0].date, events[-1].date
    unit = _unit(events)
    placed = _stacked([_x(event.date, first, last) for event in events])
    markers = [(number, x, level) for number, (x, level) in enumerate(placed, start=1)]
    depth = 1 + max(level for _, level in placed)
    axis_y = 24 + depth * _STACK
    height = axis_y + 40
    span = read_date(first, events[0].precision)
    if len(events) > 1:
        span += f" to {read_date(last, events[-1].precision)}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_TIMELINE_WIDTH} {height}" '
        f'width="{_TIMELINE_WIDTH}" height="{height}" role="img" aria-labelledby="tl-t">'
        f'<title id="tl-t">Timeline of {len(events)} dated event'
        f"{'s' if len(events) > 1 else ''}, {span}</title>"
        f'<line x1="{_MARGIN / 2}" y1="{axis_y}" x2="{_TIMELINE_WIDTH - _MARGIN / 2}" '
        f'y2="{axis_y}" class="axis"/>'
    ]
    for tick in _ticks(first, last, unit):
        x = _x(tick, first, last)
        parts.append(
            f'<line x1="{x}" y1="{axis_y - 5}" x2="{x}" y2="{axis_y + 5}" class="tick"/>'
            f'<text x="{x}" y="{axis_y + 22}" text-anchor="middle" class="small">'
            f"{read_date(tick, unit, short=True)}</text>"
        )
    for number, x, level in markers:
        y = axis_y - 14 - level * _STACK
        parts.append(
            f'<circle cx="{x}" cy="{y}" r="{_RADIUS}" class="dot"><title>{number}. '
            f"{esc(events[number - 1].label)}</title></circle>"
            f'<text x="{x}" y="{y + 4}" text-anchor="middle" class="dot-label">{number}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend(
    labels: Sequence[str],
    keys: Sequence[Sequence[str]],
    articles: Sequence[Iterable[str]],
    index: SourceIndex,
    contexts: Sequence[str] = (),
) -> str:
    """A chart's numbered list: a line is selectable by the sentences of its `keys` and
    cites its `articles`, as a section's items do, after its lead-in (`contexts`), muted as
    a section's."""
    leads = [
        f'<span class="context">{esc(context)}</span> ' if context else ""
        for context in contexts or [""] * len(labels)
    ]
    items = "".join(
        f"<li>{selectable(lead + esc(_short(label, _LEGEND_LINE)), selected)}"
        f"{citations_html(cited, index)}</li>"
        for label, selected, cited, lead in zip(labels, keys, articles, leads, strict=True)
    )
    return f'<ol class="legend">{items}</ol>'


def coverage_section(facts: Sequence[Fact], from_analysis: bool, index: SourceIndex) -> str:
    if not facts:
        body = '<p class="empty">No facts to chart.</p>'
    else:
        caption = (
            "Columns are the facts listed below the chart; a filled cell means the outlet "
            "reported the fact."
            if from_analysis
            else "Columns are the summary sentences, numbered as in the summary; a filled cell "
            "means the outlet is cited for that sentence."
        )
        if len(facts) > _MAX_FACTS:
            caption += f" The first {_MAX_FACTS} of {len(facts)} facts are drawn."
        if _coverage_width(len(facts)) > _TIMELINE_WIDTH:
            # Phones hide scroll bars: without this the facts past the edge go unseen.
            caption += " Wider than a phone's screen: scroll it sideways to see every fact."
        drawn = facts[:_MAX_FACTS]
        legend = ""
        if from_analysis:
            labels = [f.label for f in drawn]
            legend = _legend(labels, [f.keys for f in drawn], [f.articles for f in drawn], index)
        body = (
            f'<figure class="scroll">{coverage_svg(facts, index)}'
            f"<figcaption>{caption}</figcaption></figure>{legend}"
        )
    return (
        f'<section aria-labelledby="h-coverage"><h2 id="h-coverage">Coverage</h2>{body}</section>'
    )


def timeline_section(
    events: Sequence[Event], from_analysis: bool, left_out: str | None, index: SourceIndex
) -> str:
    """The timeline chart and its list, each event citing its source; `left_out` is the
    analysis's word on the dates it could not place (relative dates without a publication
    date, background articles)."""
    if not events:
        body = (
            '<p class="empty">Nothing to draw: no article has a known publication date and '
            "no dated events were found.</p>"
        )
    else:
        what = "Dated events reported" if from_analysis else "Articles by publication date"
        labels = [
            f"{e.when}: " + _with_its_date(e.label, e.dated_at, _LEGEND_LINE - len(e.when) - 2)
            for e in events
        ]
        legend = _legend(
            labels,
            [e.keys for e in events],
            [e.articles for e in events],
            index,
            [e.context for e in events],
        )
        body = f"<figure>{timeline_svg(events)}<figcaption>{what}.</figcaption></figure>{legend}"
    if left_out:
        body += f'<p class="note">{note(left_out)}</p>'
    return (
        f'<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>{body}</section>'
    )
