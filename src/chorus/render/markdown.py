"""The briefing as Markdown: a cited summary, then the numbered sources."""

from __future__ import annotations

from chorus.model import Briefing, Document
from chorus.render.analysis import markdown_lines as analysis_lines


def _source_line(number: int, document: Document) -> str:
    article = document.article
    parts = [f"**{article.outlet}**"]
    if article.title:
        parts.append(f"“{article.title}”")
    parts.append(article.published.isoformat() if article.published else "date unknown")
    return f"{number}. " + ", ".join(parts)


def to_markdown(briefing: Briefing, *, verbose: bool = False) -> str:
    lines = ["# Briefing", "", "## Summary", ""]
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
