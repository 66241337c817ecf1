"""An outlet that says it does not name someone tells no statement naming them in full: raw
110's "Sid Ahmed Ghlam, a 24-year-old Algerian national, was detained on Sunday in Paris
after he apparently shot himself by accident and called an ambulance." is told by Reuters'
"The 24-year old electronics student, ... was detained on Sunday after he apparently shot
himself by accident and called an ambulance." and its next sentence, "He was not named.":
the deed whole, the name not, a part (agreement_parts.partial_articles)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.model import Sentence

_WITHHELD = re.compile(
    r"\b(?:was|were|is|are|has|have|had)(?:\s+not|n['’]t)(?:\s+yet)?(?:\s+been)?"
    r"\s+(?:named|identified)\b"
    r"|\bwhose\s+names?\s+(?:has|have|had|was|were)(?:\s+not|n['’]t)(?:\s+yet)?\s+been\s+released\b",
    re.IGNORECASE,
)
"""Words saying someone's name is not given: "He was not named.", "The driver of the
vehicle, who has not been identified, ...", "The man, whose name has not been released,
..."; not what else is not released ("The doctor's condition has not been released.")."""
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
"""Two capitalised words or more in a row: a person's name, most often."""
_WORD = re.compile(r"[A-Za-z]+")
_FOLLOWING = 200
"""The most characters after a support read for the sentence that follows it."""


def name_withheld(statement: str, supports: Sequence[Sentence]) -> bool:
    """Whether one outlet's `supports`, or a sentence following one of them in its article,
    say a name is withheld (`_WITHHELD`) while `statement` names someone whose name none of
    the supports writes."""
    said = [_with_next(sentence) for sentence in supports]
    # a literal test spares most outlets the search
    if not any(" not " in text or "n't" in text or "n’t" in text for text in said):
        return False
    if not any(_WITHHELD.search(text) for text in said):
        return False
    told = {word for sentence in supports for word in _WORD.findall(sentence.text)}
    return any(told.isdisjoint(name.split()) for name in _FULL_NAME.findall(statement))


def _with_next(sentence: Sentence) -> str:
    """A sentence and the one after it in its article (as far as its first full stop)."""
    after = sentence.article.text[sentence.end : sentence.end + _FOLLOWING]
    return sentence.text + after.partition(". ")[0]
