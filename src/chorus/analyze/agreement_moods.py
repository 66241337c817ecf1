"""A deed one sentence tells as what should be and another as what will be
(agreement_parts.py): "However, Gillibrand has said repeatedly that Hillary Clinton should
run." gives her wish, not that she "isn't positive Hillary Clinton will run for president,
but ... would like to think so" (raw 198). "must", "have to" and "ought to" are left: they
are most often what "is required to" or "advises" tells in other words ("must stand" /
"requires players to stand", "have to report" / "must report to law enforcement",
Multi-News+). Nor does what would be done tell what was: "Then the carbon monoxide would be
converted to ethanol ... electrochemically." gives the process hoped for, not that "When voltage
was applied across the electrodes, the carbon monoxide gas was converted into ethanol" (raw
56)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chorus.analyze.agreement_planned import STEM, done_verbs
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


_TO_COME = re.compile(
    r"\b(?:will|would)[ ]+(?:not[ ]+)?(?:be|have[ ]+been)[ ]+([a-z]{3,}ed)\b", re.IGNORECASE
)
"""A deed told as one to come, in the passive as a deed done is (agreement_planned.done_verbs):
"would be converted", "will be sentenced"."""


def done_told_to_come(statement: str, supports: Iterable[str]) -> bool:
    """Whether a deed the statement tells done ("was converted") its supports tell only as
    one to come ("would be converted") and never done."""
    texts = [text for text in supports if "will " in text or "would " in text]
    if not texts or "ed" not in statement:
        return False
    to_come = {found[1][:STEM].lower() for text in texts for found in _TO_COME.finditer(text)}
    if not to_come:
        return False
    told_done = {verb for text in supports for verb in done_verbs(text)}
    return bool(done_verbs(statement) & to_come - told_done)
