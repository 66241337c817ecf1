"""An "Only in one outlet" row is no line the summary above it shows.

The analysis is made before the summary (the summary reads its agreed facts and background),
so its choice of each outlet's own rows could not know the summary's lines: raw validation
139 listed four summary lines word for word among its six rows ("Celli went on ...", "If
canned food freezes ..."), 142 its Selbin "We are not arguing that it is a medical device
...", summary line 4. A reader read the line twice and missed the outlet's next fact. So
once the summary is made, the choice is made again passing over its lines
(`unique.UniqueChoice`), each outlet's next row in its place; an outlet all of whose rows
the summary shows is named in the section's note, unless an article carrying its report
(`Analysis.copies`) keeps a row (DUC 19's [1], whose report [2] still tells of the six who
froze to death). The analysis alone (`analyze.run.analyze`) is as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chorus.analyze.lead_in_names import facts_named, read_of
from chorus.model import SummarySentence

if TYPE_CHECKING:
    from chorus.analyze.model import Analysis, Fact
    from chorus.analyze.unique import UniqueChoice


def past_summary(
    analysis: Analysis,
    choice: UniqueChoice | None,
    summary: Sequence[SummarySentence],
    number: Callable[[str], int],
) -> Analysis:
    """`analysis` with its unique rows chosen again past the sentences `summary` shows, and
    a note naming (by `number`, an article's source number) each outlet whose rows were all
    summary lines, none left to its report; `analysis` itself when the summary shows none of
    its rows."""
    shown = frozenset(line.shown.key for line in summary)
    if choice is None or not any(
        sentence.key in shown for fact in analysis.unique for sentence in fact.sentences
    ):
        return analysis
    only = facts_named(choice.facts(shown), read_of(analysis))
    # copies of one report are one outlet, unless every article is read as its own (one report)
    report = {
        article: group.articles
        for group in (analysis.copies if choice.report_of is not None else ())
        for article in group.articles
    }
    left = {copy for article in _cited(only) for copy in report.get(article, (article,))}
    emptied = sorted(map(number, _cited(analysis.unique) - left))
    # the section had rows, so it had no reason to give: an outlet left with none is named
    reasons = dict(analysis.reasons)
    if emptied:
        reasons["unique"] = f"what only {_either(emptied)} reports is in the summary"
    return replace(analysis, unique=only, reasons=reasons)


def _cited(facts: Sequence[Fact]) -> set[str]:
    return {sentence.article.id for fact in facts for sentence in fact.sentences}


def _either(numbers: Sequence[int]) -> str:
    """ "[1]", "[1] or [3]", "[1], [2] or [3]"."""
    marks = [f"[{n}]" for n in numbers]
    return marks[0] if len(marks) == 1 else ", ".join(marks[:-1]) + f" or {marks[-1]}"
