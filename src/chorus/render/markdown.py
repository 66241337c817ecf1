"""The briefing as Markdown: a cited summary, then the numbered sources."""

from __future__ import annotations

from chorus.model import Briefing, Document
from chorus.render.about import (
    NO_ANALYSIS,
    aside_kinds,
    changed,
    cut_off,
    short_of_words,
    what_it_is,
)
from chorus.render.analysis import as_note, compared_none
from chorus.render.analysis import markdown_lines as analysis_lines
from chorus.render.headline_choice import headline
from chorus.render.sources import (
    FROM_FILE_NAME,
    FROM_INPUT_NAME,
    outlet_from,
    source_facts,
    source_kind,
    source_name,
)


def _source_line(number: int, document: Document, aside: str | None) -> str:
    article = document.article
    name, came_from = source_name(article), outlet_from(article)
    # An outlet's name is bold, a file's code-formatted, an input's ("pasted text 1",
    # "stdin") plain: none may read like another.
    shown = {FROM_FILE_NAME: f"file `{name}`", FROM_INPUT_NAME: name}.get(came_from, f"**{name}**")
    # What the page is, beside its name: a reader weighs a press release, a live blog or an
    # opinion piece apart from a newsroom's report (reader87).
    kind = source_kind(article)
    shown += f" ({kind})" if kind else ""
    # As the page's chip: the seeds' timeline is all [3]'s, and its line here said nothing
    # of it being off the story; in the word Background and the header use (raw 194).
    said = [f"set aside as {aside} (see Background)"] if aside else []
    return f"{number}. {shown}, " + ", ".join(
        [*source_facts(article), *cut_off(document), *changed(document), *said]
    )


REMOVED = (
    "Lines cleaning took out of the articles before briefing them, as a page's furniture "
    "rather than its story: the source's number, the rule that matched, then the text"
)


def to_markdown(briefing: Briefing, *, verbose: bool = False) -> str:
    title = headline(briefing)
    lines = [f"# {title.text}", ""]
    lines += [f"_Headline from {title.source}._", ""] if title.source else []
    # The notes stand under "## Summary": ingest tells a briefing written beside its
    # articles by its headline and its "_Headline from ..._" line, then that heading (a
    # one-article briefing, its note above the heading, was read as a second article).
    lines += ["## Summary", "", f"_{what_it_is(briefing)}._", ""]
    analysis = briefing.analysis
    if note := NO_ANALYSIS if analysis is None else compared_none(analysis):
        lines += [f"_{note}._", ""]
    if reason := briefing.why_no_summary() or short_of_words(briefing):
        lines += [f"_{as_note(reason)}._", ""]
    for sentence in briefing.summary:
        marks = "".join(f"[{n}]" for n in briefing.citations(sentence))
        lines.append(f"{sentence.text} {marks}")
        lines.append("")
    lines += analysis_lines(briefing)
    lines += ["## Sources", ""]
    aside = aside_kinds(analysis)
    lines += [
        _source_line(n, d, aside.get(d.article.id))
        for n, d in enumerate(briefing.documents, start=1)
    ]
    if briefing.skipped:
        lines += ["", "## Skipped inputs", ""]
        lines += [f"- {s.origin}: {s.reason}" for s in briefing.skipped]
    if verbose:
        # A bare "- [2] reuse: Reuse this content" did not say what the list was.
        lines += ["", "## Removed from the articles", "", f"_{REMOVED}._", ""]
        for number, document in enumerate(briefing.documents, start=1):
            for reason, text in document.removed_text():
                lines.append(f"- [{number}] {reason}: {text.strip()}")
        if not any(d.removed for d in briefing.documents):
            lines.append("Nothing was removed.")
    return "\n".join(lines).rstrip() + "\n"
