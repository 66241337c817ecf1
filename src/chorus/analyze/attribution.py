"""One attribution found in a sentence: who speaks, their role, and the span of the words
(split from `quote_hits.py`, whose hits quote_attributions.py and the readers of a
sentence's other speakers make into these; quotes.py gathers them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a sentence, by offsets into the sentence's article."""

    speaker: str
    speaker_start: int
    role: str | None
    start: int
    end: int
    refers_back: bool = False
    """The speaker is "he", "she" or a description naming again whoever came last."""
    interruption: tuple[int, int] | None = None
    """The attribution that interrupts the words, one quotation ("," Dull said, "), from the
    first part's comma to where the second part starts: no words of theirs."""
    fragment: bool = False
    """The words have no subject of their own ("a trigger, which several Senators and aides
    said was still being tweaked Sunday": `quote_ends.no_subject`): no row, but the speaker
    spoke, and a "she added" after them is theirs (DUC d30010t's Albright)."""
