"""What the timeline leaves out, counted by why, and the reason it gives: the expressions
a reader can look for, and what to do about them (a publication date with --date)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chorus.analyze.model import TimelineEntry


@dataclass(slots=True)
class LeftOut:
    """Relative date expressions the timeline could not place, by why."""

    undated: list[str]
    """Expressions of articles with no publication date."""
    another_event: list[str]
    """Expressions of articles about another event."""
    background: int = 0
    after: int = 0
    """Months and days after the publication date in sentences that do not look ahead."""
    unreadable: int = 0


_EXAMPLES = 3


def _examples(expressions: Sequence[str]) -> str:
    """The first few distinct expressions, quoted: what the reader can look for."""
    distinct = list(dict.fromkeys(expressions))
    more = " ..." if len(distinct) > _EXAMPLES else ""
    return ", ".join(f"'{e}'" for e in distinct[:_EXAMPLES]) + more


def reason(entries: Sequence[TimelineEntry], left: LeftOut) -> str:
    """Why the timeline is empty, or what it leaves out when it is not."""
    left_out = []
    if left.undated:
        left_out.append(
            f"{len(left.undated)} relative date expression(s) ({_examples(left.undated)}) "
            "could not be resolved: no publication date is known for their articles (set one "
            "with --date, or the web form's Published on)"
        )
    if left.another_event:
        left_out.append(
            f"{len(left.another_event)} date expression(s) ({_examples(left.another_event)}) "
            "of articles that read as another event than the story (see Background)"
        )
    if left.background:
        left_out.append(
            f"{left.background} relative date expression(s) of background articles (their "
            "publication date may not be the story's)"
        )
    if left.after:
        left_out.append(
            f"{left.after} month-and-day date(s) after the publication date in sentences that "
            "do not say the event lies ahead (its year is unknown)"
        )
    if left_out:
        return ("not shown: " if entries else "") + "; ".join(left_out)
    if entries:
        return ""
    if left.unreadable:
        return f"{left.unreadable} date expression(s) could not be read"
    return "no dated events found"
