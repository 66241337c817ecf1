"""The briefing as Markdown: a cited summary, then the numbered sources."""

from __future__ import annotations

from chorus.model import Briefing, Document
from chorus.render.analysis import markdown_lines as analysis_lines
from chorus.render.sources import headline, outlet_known, source_facts, source_name


def _source_line(number: int, document: Document) -> str:
    article = document.article
    name = source_name(article)
    # A file's name is code-formatted, an outlet's bold: the two must not read alike.
    shown = f"**{name}**" if outlet_known(article) else f"file `{name}`"
    return f"{number}. {shown}, " + ", ".join(source_facts(article))


def to_markdown(briefing: Briefing, *, verbose: bool = False) -> str:
    title = headline(briefing)
    lines = [f"# {title.text}", ""]
    lines += [f"_Headline from {title.source}._", ""] if title.source else []
    lines += ["## Summary", ""]
    for sentence in briefing.summary:
        marks = "".join(f"[{n}]" for n in briefing.citations(sentence))
        lines.append(f"{sentence.text} {marks}")
        lines.append("")
    lines += analysis_lines(briefing)
    lines += ["## Sources", ""]
    lines += [_source_line(n, d) for n, d in enumerate(briefing.documents, start=1)]
    if briefing.skipped:
        lines += ["", "## Skipped inputs", ""]
        lines += [f"- {s.origin}: {s.reason}" for s in briefing.skipped]
    if verbose:
        lines += ["", "## Removed from the articles", ""]
        for number, document in enumerate(briefing.documents, start=1):
            for reason, text in document.removed_text():
                lines.append(f"- [{number}] {reason}: {text.strip()}")
        if not any(d.removed for d in briefing.documents):
            lines.append("Nothing was removed.")
    return "\n".join(lines).rstrip() + "\n"
