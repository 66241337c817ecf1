"""Summary sentences speaking of a thing by "the" that only the line before them in their
article brought in, shown where no line before them names it.

"She said she got rid of the gun in a river in Michigan." (raw validation 52 [3]) follows
"She admitted to shooting him once with his own gun before stealing his car.": shown
without it, and with no shooting above, "the gun" is no gun the reader met. A noun the
sentence before brings in after a possessive ("his own gun", "their capsule", "her
stroller"), first in its article there, is the one the "the" means: over raw validation and
DUC, 27 sentences write such a "the", nearly all of a thing the line before brought in (a
stroller, dogs, a capsule, a bench, attackers, a killer; a few read an adjective, the
"first" of "the first debate" after "their first debate"), and in the 280
summaries at main only 52's (and 173's "the capsule" at the heuristic scorer) is shown with
neither its line before nor a line naming the thing.

Such a line is taken with its line before, or left out when that cannot be
(docs/journal/summary.md, "Summary a reader sees, fifty-seventh pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quotations import QUOTED
from chorus.language.words import word_places
from chorus.summarize.steps_apart import rows_apart

_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]{3,})\b(?!\s+(?:of|who|whom|whose|that|which)\b)")
"""A "the" and a lower-case word no "of" or relative clause after it says which one ("the
gun in a river"; not "the death of our dear friend")."""
_OWNERS = ("his ", "her ", "their ", "its ", "his own ", "her own ", "their own ", "its own ")
"""A possessive bringing a thing in ("with his own gun")."""


def things_unmet(texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order), apart from the row before them in
    their article, whose "the" thing that row brought in is named by no line shown before
    them (see the module docstring)."""
    first_rows = sorted(int(start) for start in starts)
    marked = []
    for n, row in rows_apart(shown):
        if row in first_rows:
            continue
        nouns = _pointed_nouns(texts, row, first_rows)
        if nouns and not any(noun in texts[other] for noun in nouns for other in shown[:n]):
            marked.append(row)
    return marked


def _pointed_nouns(texts: Sequence[str], row: int, first_rows: Sequence[int]) -> list[str]:
    """The nouns `row` points at that the row before it brought in (see the module
    docstring)."""
    text, before = texts[row], texts[row - 1]
    if "the " not in text and not text.startswith("The "):
        return []
    start = max(first for first in first_rows if first < row)
    bare = QUOTED.sub(" ", text)
    return [
        noun
        for found in _THE_NOUN.finditer(bare)
        # literals first: the noun in the row before, not in this one's words before
        if (noun := found.group(1)) in before
        and noun not in bare[: found.start()]
        and _owned(noun, before)
        and not any(noun in earlier for earlier in texts[start : row - 1])
    ]


def _owned(noun: str, before: str) -> bool:
    """Whether `before` writes `noun` right after a possessive (`_OWNERS`), a word of its
    own ("with this gun" is no "his gun")."""
    for start in word_places(before, noun):
        for owner in _OWNERS:
            at = start - len(owner)
            if at >= 0 and before.startswith(owner, at) and not before[at - 1 : at].isalpha():
                return True
    return False
