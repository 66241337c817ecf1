"""Sentences telling that someone summed up or described "it": what "it" is, the sentence
before tells.

"Bannon, the former Mercer political strategist who now speaks for the White House, seemed to
capsulize it in a speech to conservative activists in February." (raw 227, after "The
Mercers' struggle didn't end with Trump's election."): shown without that line, the "it" is
nothing the summary told, and the line took the room of the story's news (the Koskinen line).
An "as" clause ("As Obama framed it, ...", "..., as one local reporter described it") names
what it frames in its own sentence and is left (journal/summary.md, "Summary a reader sees,
forty-sixth pass").
"""

from __future__ import annotations

import re

_SUMS_IT = re.compile(
    # a word opening on a letter no form opens on is passed by at once (0.048 -> 0.033 ms a
    # cluster over raw's sentences writing " it", the same matches)
    r"\b(?=[cdes])(?:(?:(?:en)?capsulat|capsuli[sz]|describ|characteri[sz])(?:e|es|ed|ing)\s+it\b"
    r"|sum(?:s|med|ming)?\s+it\s+up\b)"
)
"""A verb of summing up or describing with "it" as its object ("capsulize it", "summed it
up", "has described it as ...")."""
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:[\w’'.-]+\s+){0,5}\Z")
"""An "as" opening the clause the verb closes ("..., as one local reporter described it")."""


def sums_up_before(text: str) -> bool:
    """Whether a text tells that someone summed up or described "it", outside an "as"
    clause: it waits for the sentence before it, which tells what."""
    # " it" is in 1 text in 7, a stem of the verbs in 1 of those 38 (raw and DUC): the
    # pattern, which tries every word, is searched on those only (0.058 -> 0.026 ms a
    # cluster, journal/speed.md, thirty-second pass)
    if " it" not in text or not _holds_stem(text):
        return False
    found = _SUMS_IT.search(text)
    return found is not None and _AS_BEFORE.search(text, 0, found.start()) is None


def _holds_stem(text: str) -> bool:
    """Whether a text writes the stem of one of `_SUMS_IT`'s verbs, as each of its forms
    does: "sum" (sums, summed, summing), "capsul" (encapsulate, capsulize), "describ",
    "characteri"."""
    return "sum" in text or "describ" in text or "capsul" in text or "characteri" in text
