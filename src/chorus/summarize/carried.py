"""What a sentence telling a part of a summary sentence must carry to be cited for it.

The summary writes a citation as "[2]", with no "in part" (Agreed's rows have one): a
sentence cited for a shown one vouches for all of it. `citations.told_in_part` cites a
sentence the analysis links to a shown one when the shown one writes most of its words, and
that part may leave out what the shown sentence adds: raw 189's "The suspect was taken to
Highland Hospital in Oakland." for "The suspect, a white man who appeared to be in his 20s
and about 5 feet 8, was taken to Highland Hospital, where he was in surgery Tuesday
afternoon.", or "They saw the suspect there and called police." for "According to
Birgeneau, police were alerted after ...", told by the other outlet as Chief Celaya's.
"""

from __future__ import annotations

import re

from chorus.language.numbers import figures
from chorus.language.quotations import QUOTED
from chorus.summarize.retold_whole import same_remark
from chorus.summarize.surnames import NAME

_NAMED = re.compile(rf"\b{NAME}")
_POSSESSIVE = re.compile(r"[’']s$")


def _names(text: str) -> set[str]:
    """The capitalised words past a sentence's first, outside its quotations (their words are
    weighed as words said, `same_remark`, not as names), without a
    possessive "'s" ("Michelle's" is named by "First Lady Michelle")."""
    return {_POSSESSIVE.sub("", name) for name in _NAMED.findall(QUOTED.sub(" ", text), 1)}


def carries(shown: str, part: str, before: str) -> bool:
    """Whether `part` (with `before`, its article's sentence before it, which may name
    whom its "he" is) gives every figure `shown` writes (inside its quotations too) and
    every name it writes outside them, or quotes `shown`'s remark
    (`retold_whole.same_remark`, which refuses a remark another named speaker says)."""
    if same_remark(shown, part):
        return True
    told = f"{before} {part}"
    theirs = figures(told)
    for mine in figures(shown):
        # a figure written alike is given though `figures` may not read it there ("33-year-old")
        if re.search(rf"\b{re.escape(shown[mine.start : mine.end])}\b", told):
            continue
        if not any(mine.low <= other.high and other.low <= mine.high for other in theirs):
            return False
    return all(re.search(rf"\b{re.escape(name)}\b", told) for name in _names(shown))
