"""Own words two sentences share that link no fact (agreement.py): two words only their
stem joins ("appropriate" / "approach", raw 81), and a day and its figure from which each
goes on to sums of its own (raw 19's Dow)."""

from __future__ import annotations

import math
import re

from chorus.analyze.similarity import STEM_LENGTH
from chorus.facts import Placed, placed_figures
from chorus.language.counts import MONTHS
from chorus.language.numbers import Figure
from chorus.language.words import ascii_words


def one_word_each(a: str, b: str, shared: set[str]) -> set[str]:
    """The stems of `shared` that the two sentences write as one word: not two words that
    only their first STEM_LENGTH letters join ("appropriate elegance" / "my approach is
    that fashion must always be optimistic", raw 81). A word no longer than its stem
    ("child" / "children") or two going on alike past it ("regretted" / "regrets") are one."""
    # most stems are of one word in both: only those cut from longer words are read again
    cut = [stem for stem in shared if len(stem) == STEM_LENGTH]
    if not cut:
        return shared
    words_a, words_b = ascii_words(a), ascii_words(b)
    return {
        stem
        for stem in shared
        if stem not in cut
        or any(
            _one_word(x, y)
            for x in words_a
            if x.startswith(stem)
            for y in words_b
            if y.startswith(stem)
        )
    }


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH_STEMS = frozenset(month[:STEM_LENGTH].lower() for month in MONTHS)


def figures_from_one(a: str, b: str, shared: set[str]) -> bool:
    """Whether two sentences share only figures and a date, and each goes on to a figure
    the other does not give: two facts told from one day ("The Dow closed at 18,589.69 on
    November 9, 2016, meaning the index is still up roughly 30% ..." / "Dow goes from
    18,589 on November 9, 2016, to 25,075 today", raw 19). One count alone ("2,400 text
    messages", raw 4; "1,175 points", raw 19) is most often one fact."""
    if not all(stem[0].isdigit() or stem in _MONTH_STEMS for stem in shared) or not any(
        stem in _MONTH_STEMS or _YEAR.fullmatch(stem) for stem in shared
    ):
        return False
    ours, theirs = placed_figures(a), placed_figures(b)
    return _figure_beyond(ours, theirs) and _figure_beyond(theirs, ours)


def _figure_beyond(ours: tuple[Placed, ...], theirs: tuple[Placed, ...]) -> bool:
    """Whether one of `ours` meets none of `theirs`."""
    return any(not any(_same_value(a.figure, b.figure) for b in theirs) for a in ours)


def _same_value(a: Figure, b: Figure) -> bool:
    """Whether two figures may give one value; an open-ended one ("just over 23%") only
    its bound, not any greater figure."""
    if math.isinf(a.high) or math.isinf(b.high):
        return a.low == b.low
    return a.low <= b.high and b.low <= a.high


_ENDINGS = ("ings", "ing", "ed", "es", "s", "y")
"""Endings taken off a word before it is read against another of its stem (`_one_word`)."""


def _one_word(a: str, b: str) -> bool:
    """Whether two words of one stem are one word (`one_word_each`): without an ending
    (`_ENDINGS`), one begins the other ("accused" / "accusations", "creepy" / "creeps",
    "married" / "marriage"), they go on alike past the stem ("feasible" / "feasibility"),
    or one is no longer than it."""
    if min(len(a), len(b)) <= STEM_LENGTH or a[STEM_LENGTH] == b[STEM_LENGTH]:
        return True
    a, b = _bare(a), _bare(b)
    return a.startswith(b) or b.startswith(a)


def _bare(word: str) -> str:
    """A word without its first ending of `_ENDINGS`, never shorter than a stem."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_LENGTH:
            return word[: -len(ending)]
    return word
