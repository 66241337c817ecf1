"""A line introducing a person by surname, shown below its own article's "he" lines.

"Reischl, 67, a retired cartographer, is not the only soldier who has turned up in Vietnam
..." (raw 155 [3]) was shown last, below its article's "Hard to believe it now, ... changed
his life.", "He thought maybe she was trying to trap him ..." and "But for nearly 45 years,
... he can't stop thinking ...": a reader met the veteran's deeds before knowing who he was,
the "he" reading as Cuong Luu, the man of the lines above from another article. The page
named him in full before those lines ("... a Vietnam veteran named Jim Reischl watches ...",
a line not shown), so the surname line is the summary's only introduction: it moves up to
open its article's run of lines (docs/journal/summary.md, "Summary a reader sees,
hundred-and-thirteenth pass"). Moving the "he" lines down instead left "Hard to believe it
now, ... changed his life." above it, Luu's life to a reader. Census over raw and DUC
summaries: one such line (155); raw 75's "He had previous heart surgery ..." above "Smith
told family members that Anderson ..." is the boy named above it, and that line opens on
another name.
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.summarize.pronouns_apart import he_or_she_opening
from chorus.summarize.surnames import in_full, opening_surname, unowned, written

_HE_OR_SHE = he_or_she_opening(after_connective=True)
"""A line opening on "he" or "she" as its subject, a connective before it or not ("He
thought maybe ...", "But he ...")."""


def _named_before(texts: Sequence[str], article_of: Sequence[int], row: int, name: str) -> bool:
    """Whether a sentence of `row`'s article before it names `name` in full."""
    before = row - 1
    while before >= 0 and article_of[before] == article_of[row]:
        if in_full(texts[before], name):
            return True
        before -= 1
    return False


def introduced_first(
    texts: Sequence[str], rows: Sequence[int], article_of: Sequence[int]
) -> list[int]:
    """Positions of `rows` (a summary's rows of the cluster's `texts`, in the order shown)
    reordered so that a row opening on a surname (`opening_surname`) no row above writes
    opens its article's run of rows right above it, when that run holds a row opening on "he"
    or "she" whose article named the person in full before it: then the surname row is the
    only line telling who the "he" is. A run opening the summary keeps its order (the opening
    is chosen elsewhere), and every other row keeps its place."""
    order = list(range(len(rows)))
    for at in range(1, len(rows)):
        row = rows[at]
        surname = opening_surname(texts[row])
        if surname is None:
            continue
        name = unowned(surname)
        start = at
        while start > 0 and article_of[rows[start - 1]] == article_of[row]:
            start -= 1
        if start == 0 or any(written(texts[rows[n]], name) for n in range(at)):
            continue
        if any(
            _HE_OR_SHE.match(texts[rows[n]]) and _named_before(texts, article_of, rows[n], name)
            for n in range(start, at)
        ):
            order.remove(at)
            order.insert(order.index(start), at)
    return order
