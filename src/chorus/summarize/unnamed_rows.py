"""Rows of a chosen summary whose person no line shown before them names, read once the
summary is chosen for each to be chosen again (the rules that hold a row back while the
summary is chosen: leaning.py):

- a summary opening on "He" or "She", "His", "There's also", "But he" (journal/summary.md,
  "Summary a reader sees, eleventh pass"), a credit to a pronoun, a role for a name or
  words told to a surname written in full only further down: chosen again without it;
- a quotation credited to "he" or "she" shown apart from the sentence before, which names
  someone: chosen again with it (`speaker_apart`, eighteenth pass); one whom no line shown
  before names is `people_unmet.speaker_unshown`'s (thirtieth pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.summarize.leaning import names_someone
from chorus.summarize.pointed_at import role_opening
from chorus.summarize.surnames import NAME, in_full
from chorus.summarize.told_before import credits_a_pronoun, quotes_a_pronoun

# A summary's opening may not lean on a sentence before it either: "His bandmate ..." before
# anyone is named (raw 111), "There's also ..." (46), "Yet he apparently ..." (213).
_LEANING_OPENING = re.compile(
    r"[\s(\[]*(?:He|She|His|There's also|(?:But|And|Yet|So)\s+(?:he|she))\b"
)
_TOLD_SURNAME = re.compile(rf"\b(?:told|tells)\s+({NAME})\b(?![\w’'-]|\s+[A-Z])")
"""Words told to one capitalised name and no second one ("..., Caitlin Checkett ... told
Kreiss.", raw 22): a surname when the cluster names that person in full ("Daniel Kreiss"),
an outlet otherwise ("told Reuters", "told ABC11")."""


def unnamed_opening(texts: Sequence[str], ordered: Sequence[int]) -> list[int]:
    """The summary's first row (`ordered` in reading order, rows of `texts`) when it opens
    with "He" or "She" ("He put the killing in a racial context, and that was enough.", raw
    102), "His", "There's also" or "But he"/"Yet she" (raw 213), or closes on ", she said."
    ("When she woke up in Largo Central Park, Jordan was gone, she said.", raw 141), or opens
    on a role for a name ("The Phish frontman says ...", 44: `pointed_at.role_opening`), or
    tells of words told to a surname it does not write in full (raw 22's "told Kreiss",
    `_told_unnamed`): nothing shown before it names who. Read once the summary is chosen,
    for it to be chosen again without that row."""
    if not ordered:
        return []
    text = texts[ordered[0]]
    leans = _LEANING_OPENING.match(text) or credits_a_pronoun(text) or role_opening(text)
    return [ordered[0]] if leans or _told_unnamed(texts, text) else []


def _told_unnamed(texts: Sequence[str], text: str) -> bool:
    """Whether `text` tells of words told to a surname it does not write in full, which a
    sentence of the cluster (`texts`) does: a person the opening has not yet introduced
    ("..., Caitlin Checkett ... told Kreiss.", raw 22, whose "Daniel Kreiss" and his paper
    come five lines lower)."""
    told = _TOLD_SURNAME.search(text) if "told" in text or "tells" in text else None
    if told is None or in_full(text, told.group(1)):
        return False
    return any(in_full(other, told.group(1)) for other in texts)


def speaker_apart(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`) that are a
    quotation credited to "he" or "she" (`told_before.quotes_a_pronoun`) shown without their
    article's sentence before, which names someone ("Lt. Gen. Thomas Bergeson ... explained
    ..." / "“Our mission is ...,” he said.", raw 104): the pronoun reads as whoever the
    summary named last. Read once the summary is chosen, for each to be chosen again only
    with that sentence; made to wait for it instead, the summary lost more (journal/summary.md,
    "Summary a reader sees, eighteenth pass (stop 35)")."""
    return [
        row
        for at, row in enumerate(ordered)
        if quotes_a_pronoun(texts[row])
        and row not in first_rows
        and not (at and ordered[at - 1] == row - 1)
        and names_someone(texts[row - 1])
    ]
