"""The cross-source analysis of a briefing as Markdown lines, and the readings Markdown
and HTML share (conflicts merged, copies' notes, lead-ins); each speaker's words said once
are `said_once.py`'s, a timeline line's note and each sentence once under a date
`timeline_notes.py`'s.

Every item cites sources by their number in the briefing; the JSON is analysis_json.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from chorus.analyze.model import (
    Analysis,
    Conflict,
    Copies,
    Excerpt,
    Fact,
    NamedLean,
    Quote,
)
from chorus.language.words import wording
from chorus.model import Briefing, Sentence
from chorus.render.about import aside_kinds
from chorus.render.dates import read_date, with_days_read
from chorus.render.differing_values import other_value
from chorus.render.said_once import by_speaker, closed, closed_inside, copy_groups
from chorus.render.timeline_notes import timeline_note, timeline_once, without_footnote_marks

TITLES = {
    "agreed": "Agreed by all / most",
    "unique": "Only in one outlet",
    "conflicts": "Conflicts",
    "quotes": "Who said what",
    "timeline": "Timeline",
    "entities": "People, organisations, places",
    "background": "Background",
}


def copies_notes(copies: Iterable[Copies], number: Callable[[str], int]) -> list[str]:
    """One line per group of articles that carry one report (Markdown and HTML): "[1] and
    [2] carry one report (13 sentences the same or nearly): agreement between them is not
    counted"."""
    return [
        f"{_named(group, number)} carry one report ({group.shared} sentences the same "
        "or nearly): agreement between them is not counted"
        for group in copies
    ]


def unique_copies_notes(
    copies: Iterable[Copies], unique: Iterable[Fact], number: Callable[[str], int]
) -> list[str]:
    """One line per group of copies that an item of the unique section cites more than one
    of (Markdown and HTML): under "Only in one outlet", an item citing [2] and [3] read as
    two outlets' unless the section says they carry one report."""
    cited = [{s.article.id for s in fact.sentences} for fact in unique]
    return [
        f"{_named(group, number)} carry one report: an item citing more than one of them "
        "is that report's alone"
        for group in copies
        if any(len(ids.intersection(group.articles)) > 1 for ids in cited)
    ]


def _named(group: Copies, number: Callable[[str], int]) -> str:
    """ "[1], [2] and [3]": the group's sources by their numbers."""
    marks = [f"[{number(a)}]" for a in group.articles]
    return ", ".join(marks[:-1]) + f" and {marks[-1]}"


def after_lead_in(context: Sequence[Sentence], named: NamedLean | None = None) -> str:
    """What an item or a timeline line that points back follows, read before it: '(after:
    “Rihanna's "Work" ... this week.”) ', or whom its pronoun stands for, '(he: Mario
    Draghi) ' (lead_in_label); empty for one that needs none."""
    return f"({lead_in_label(context, named)}) " if context else ""


def lead_in_label(
    context: Sequence[Sentence],
    named: NamedLean | None,
    shortened: Callable[[str], str] = str,
) -> str:
    """A row's lead-in as shown (Markdown and HTML): 'after: “...”', the sentences it follows
    (`shortened` as a chart's legend shows them), or 'he: Mario Draghi' when all it needs of
    them is whom its pronoun stands for (`Fact.named`, lead_in_names.py)."""
    if named is not None:
        return f"{named.pronoun}: {named.name.text}"
    return f"after: “{shortened(lead_in_text(context))}”"


def then_line(goes_on: Sequence[Sentence]) -> str:
    """What a timeline line ending in a colon introduces, read after it: ' (then: “‘We
    continue to pray for the victims and their families.”)' (TimelineEntry.goes_on)."""
    return f" (then: “{lead_in_text(goes_on)}”)" if goes_on else ""


def lead_in_text(context: Sequence[Sentence]) -> str:
    """The sentences a row follows, as one passage shown inside “...” (Markdown and HTML):
    its own double quotation marks become single, as a quotation inside a quotation is
    written ('(after: “‘It’s important ...’ The 74-year-old ...”)'; '““It’s' read as a
    doubled mark, raw 235)."""
    text = " ".join(s.text for s in context)
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    return _DOUBLE_MARK.sub(_single_mark, text)


_DOUBLE_MARK = re.compile(r'[“”"]')
_OPENS_AFTER = " \t([{—–-/"
"""What an opening straight mark follows (or the text's start); a closing one follows a
word or a stop."""


def _single_mark(found: re.Match[str]) -> str:
    mark, at = found.group(0), found.start()
    if mark == '"':
        opens = at == 0 or found.string[at - 1] in _OPENS_AFTER
        return "‘" if opens else "’"
    return "‘" if mark == "“" else "’"


def aside_mark(spans: Iterable[Sentence | Excerpt], kinds: Mapping[str, str]) -> str:
    """The mark of an item only articles set aside tell (Markdown and HTML): their kind,
    "background", "not news", each once; "" when an article on the story tells it too (raw
    197's timeline marked "2018 (background)" a line of the page called not news)."""
    told = [span.article.id for span in spans]
    if not told or any(article not in kinds for article in told):
        return ""
    return ", ".join(dict.fromkeys(kinds[article] for article in told))


def _marked(mark: str) -> str:
    return f" ({mark})" if mark else ""


def _quote_lines(
    briefing: Briefing,
    quotes: Iterable[Quote],
    background: Mapping[str, str],
    reports: Mapping[str, int],
) -> list[str]:
    lines = []
    for speaker, words in by_speaker(quotes, reports).items():
        shown: set[str] = set()
        for quote, sentences in words:
            # A role stays on the line whose outlet gave it, once per speaker: a second
            # "(the White House press secretary)" on the next line told nothing new.
            role = f" ({quote.role})" if quote.role and quote.role not in shown else ""
            shown.add(quote.role or "")
            verbatim = quote.kind == "quote"
            said = f"“{closed_inside(quote.words)}”" if verbatim else closed(quote.words)
            marked = _marked(aside_mark(sentences, background))
            lead = after_lead_in(quote.context, quote.named)
            cited = _marks(briefing, (*quote.context, *sentences))
            # what the row follows stands before the speaker, the writer's words outside
            # the speaker's line (raw 138: "(after: “That the Nevada installation ...”)"
            # after "**Jeffrey T. Richelson**:" read as his)
            lines.append(f"- {lead}**{speaker}**{role}: {said} {cited}{marked}")
    return lines


def merged_conflicts(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Conflicts with one reason as one item, each side's sentences once (Markdown and
    HTML): two outlets carrying one denial gave the same conflict twice, its claim's
    sentence on both (raw validation cluster 9's "never asked Mr. Comey ..."). A sentence
    on one side of one and the other side of another keeps them apart."""
    merged: list[Conflict] = []
    for conflict in conflicts:
        same = next((m for m in merged if _joinable(m, conflict)), None)
        if same is None:
            merged.append(conflict)
            continue
        merged[merged.index(same)] = dataclasses.replace(
            same,
            side_a=_union(same.side_a, conflict.side_a),
            side_b=_union(same.side_b, conflict.side_b),
        )
    return merged


def _joinable(one: Conflict, other: Conflict) -> bool:
    if (one.kind, one.reason) != (other.kind, other.reason):
        return False
    return not (set(one.side_a) & set(other.side_b) or set(one.side_b) & set(other.side_a))


def _union(one: Sequence[Sentence], other: Sequence[Sentence]) -> tuple[Sentence, ...]:
    return tuple(dict.fromkeys((*one, *other)))


def side_labels(conflict: Conflict) -> tuple[str, str]:
    """How the Markdown labels a conflict's two sides: a claim against a finding its own
    outlet reports too is no outlet against another (raw 121's weapon)."""
    return ("Claim", "Found") if conflict.against_finding else ("A", "B")


COMPARING = ("agreed", "unique", "conflicts")
"""The sections that compare the sources."""


def compared_none(analysis: Any) -> str:
    """Why no section compares the sources, when all three are empty for one reason ("a
    single article: ..."), as a note said once at the top (Markdown and HTML): under each
    of them it was said three times running. "" otherwise; the JSON keeps each reason."""
    if any(getattr(analysis, section, ()) for section in COMPARING):
        return ""
    reasons = {getattr(analysis, "reasons", {}).get(section, "") for section in COMPARING}
    if len(reasons) != 1 or not (reason := reasons.pop()):
        return ""
    return (
        f"{as_note(_NOT_BUILT.sub('', reason))}. The sections comparing sources (agreement, "
        "what only one outlet reported, conflicts) are left out"
    )


_NOT_BUILT = re.compile(r";[^;]*\bnot built$")
"""The too-many-sentences reason's own "...; cross-source sections were not built": the
note says so after it."""


def as_note(reason: str) -> str:
    """A reason shown as a note under its section, capitalised as a sentence: "No
    conflicting figures ..." (the analysis words reasons to follow a colon in JSON)."""
    return reason[:1].upper() + reason[1:]


def _worded_once(fact: Fact) -> list[list[Sentence]]:
    """A fact's supporting sentences, those with the same words (copies of one report,
    copies.py) on one line, and none with the statement's own words (its line cites
    them): listed once each, they read as separate reports."""
    stated = wording(fact.statement.text)
    same: dict[str, list[Sentence]] = {}
    for sentence in fact.support:
        same.setdefault(wording(sentence.text), []).append(sentence)
    return [sentences for words, sentences in same.items() if words != stated]


def _marks(briefing: Briefing, sentences: Iterable[Sentence]) -> str:
    numbers = sorted({briefing.citation_number(s.article.id) for s in sentences})
    return "".join(f"[{n}]" for n in numbers)


def _fact_lines(briefing: Briefing, analysis: Analysis) -> list[str]:
    """Each agreed item with its share of the on-story outlets, "(3 of 4)", the count its
    JSON `outlets` lists: sources one outlet gave count once, raw 9's "[1][3][4][5][6] (4 of
    6)" counted POLITICO's [1] and [5] once against six sources. The count says "outlets"
    where they are fewer than the sources, "(4 of 5 outlets)", and "on-story outlets" with
    articles set aside, which "all" would claim too."""
    on_story = {r.article_id for r in analysis.relevance if not r.off_topic}
    outlets = {d.article.outlet for d in briefing.documents if d.article.id in on_story}
    total = len(outlets)
    if len(on_story) < len(analysis.relevance):
        among = " on-story outlets"
    else:
        among = " outlets" if total < len(on_story) else ""
    lines = []
    for fact in analysis.agreed:
        share = "all" if len(fact.outlets) == total else f"{len(fact.outlets)} of {total}"
        share += among + _in_part(briefing, fact)
        lines.append(
            f"- {after_lead_in(fact.context, fact.named)}{fact.statement.text} "
            f"{_marks(briefing, fact.sentences)} ({share})"
        )
        lines += [f"  - {same[0].text} {_marks(briefing, same)}" for same in _worded_once(fact)]
    return lines


def _in_part(briefing: Briefing, fact: Fact) -> str:
    """ "; [2] in part" for the outlets whose supports tell only a part of the statement
    (Fact.partial): "(all)" alone would say each of them tells it whole; then the value two
    of its sentences differ on as the other outlet gives it, "[2] in part, saying 2 children"
    (Fact.differs, differing_values.py), or the conflict's reason where that cannot be told
    ("; different figures for injuries: 3 children vs 2 children")."""
    partial = [s for s in fact.support if s.article.id in fact.partial]
    shown = f"; {_marks(briefing, partial)} in part" if partial else ""
    for reason in fact.differs:
        given = other_value(reason, fact.statement.text, [s.text for s in fact.support])
        if given is None:
            shown += f"; {as_reason(reason)}"
            continue
        value, givers = given
        by = _marks(briefing, [fact.support[i] for i in givers])
        # "[2] in part, saying ..." when [2] alone is what that clause marks
        alone = shown.endswith(f"; {by} in part")
        shown += f", saying {value}" if alone else f"; {by} says {value}"
    return shown


def as_reason(reason: str) -> str:
    """A conflict's reason read after a semicolon: "Different figures ..." as "different
    figures ..."."""
    return reason[:1].lower() + reason[1:]


def _section_lines(briefing: Briefing, analysis: Analysis, section: str) -> list[str]:
    background = aside_kinds(analysis)
    if section == "agreed":
        return _fact_lines(briefing, analysis)
    if section == "unique":
        return [
            f"- {after_lead_in(f.context, f.named)}{f.statement.text} "
            f"{_marks(briefing, f.sentences)}"
            for f in analysis.unique
        ]
    if section == "conflicts":
        conflicts = merged_conflicts(analysis.conflicts)
        return [
            f"- {with_days_read(c.reason)}\n"
            + "".join(
                f"  - {label}: {s.text} {_marks(briefing, [s])}\n"
                for label, side in zip(side_labels(c), (c.side_a, c.side_b), strict=True)
                for s in side
            )
            for c in conflicts
        ]
    if section == "quotes":
        return _quote_lines(briefing, analysis.quotes, background, copy_groups(analysis))
    if section == "timeline":
        return [
            f"- {read_date(e.date, e.precision)}{timeline_note(e, background)}: "
            f"{after_lead_in(e.context, e.named)}"
            f"{without_footnote_marks(e.sentence.text + then_line(e.goes_on))} "
            f"{_marks(briefing, [e.sentence, *e.copies, *e.goes_on])}"
            for e in timeline_once(analysis.timeline)
        ]
    if section == "entities":
        return [
            f"- {e.name} ({e.label}): {e.outlets} outlet{'s' if e.outlets != 1 else ''}"
            + _marked(aside_mark(e.mentions, background))
            for e in analysis.entities
        ]
    return [
        f"- [{briefing.citation_number(r.article_id)}] {r.label}"
        for r in analysis.relevance
        if r.off_topic
    ]


def section_notes(analysis: Analysis, section: str, number: Callable[[str], int]) -> list[str]:
    """What a section says of copies of one report above its items (Markdown and HTML)."""
    if section == "agreed":
        return copies_notes(analysis.copies, number)
    if section == "unique":
        return unique_copies_notes(analysis.copies, analysis.unique, number)
    return []


def markdown_lines(briefing: Briefing) -> list[str]:
    """The analysis sections, each under a `##` heading: its items, and its reason when it
    is empty or leaves something out."""
    analysis = briefing.analysis
    if analysis is None:
        return []
    lines: list[str] = []
    left_out = COMPARING if compared_none(analysis) else ()
    for section, title in TITLES.items():
        body = _section_lines(briefing, analysis, section)
        if section in left_out or (not body and section == "background"):
            continue
        lines += [f"## {title}", ""]
        lines += [
            line
            for note in section_notes(analysis, section, briefing.citation_number)
            for line in (f"_{as_note(note)}._", "")
        ]
        reason = analysis.reasons.get(section)
        if body:
            lines += body + ([f"\n_{as_note(reason)}._"] if reason else [])
        else:
            lines += [f"_{as_note(reason or 'nothing found')}._"]
        lines.append("")
    return [line.rstrip("\n") for line in lines]
