"""A deed one sentence tells as what should be and another as what will be
(agreement_parts.py): "However, Gillibrand has said repeatedly that Hillary Clinton should
run." gives her wish, not that she "isn't positive Hillary Clinton will run for president,
but ... would like to think so" (raw 198). "must", "have to" and "ought to" are left: they
are most often what "is required to" or "advises" tells in other words ("must stand" /
"requires players to stand", "have to report" / "must report to law enforcement",
Multi-News+)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chorus.analyze.similarity import stems

_MOODED = re.compile(
    r"\b(should|will|would|won['’]t|wouldn['’]t|shouldn['’]t)\s+"
    r"(?:not\s+|never\s+|also\s+|still\s+|now\s+)?([a-z]+)",
    re.IGNORECASE,
)
"""A deed told as what should be or as what will be: "should run", "will not run"."""


def told_in_another_mood(statement: str, supports: Iterable[str]) -> bool:
    """Whether a deed (its verb's stem) follows "should" in the statement and "will" or
    "would" in its supports, or the other way round: "will run" / "should run"."""
    texts = [statement, *supports]
    # "should" on one side or the other spares most items the search
    if not any("should" in text.lower() for text in texts):
        return False
    should, will = _moods(statement)
    if not should and not will:
        return False
    told = [_moods(text) for text in texts[1:]]
    their_should = {stem for advised, _ in told for stem in advised}
    their_will = {stem for _, expected in told for stem in expected}
    return bool((should & their_will) - their_should or (will & their_should) - their_will)


def _moods(text: str) -> tuple[set[str], set[str]]:
    """The stems of the deeds a text tells as what should be and as what will be."""
    # its literals spare most sentences the search
    lowered = text.lower()
    if not ("should" in lowered or "will" in lowered or "would" in lowered or "won" in lowered):
        return set(), set()
    should: set[str] = set()
    will: set[str] = set()
    for found in _MOODED.finditer(text):
        for stem in stems(found[2])[:1]:
            (should if found[1].lower().startswith("should") else will).add(stem)
    return should, will
