"""Which sentence may head a briefing: not one its writer opens as a guess. A sentence
adverb of guess ("Apparently", "Perhaps", "Presumably", "Maybe") says the writer is
supposing, not reporting; the news is in the lines that tell what is."""

from __future__ import annotations

import re

_GUESS = re.compile(
    r"(?:Apparently|Perhaps|Presumably|Maybe|Probably|Possibly|Seemingly|Supposedly|Evidently)"
    r"\b"
)
"""A sentence adverb of guess opening the sentence, outside quotation marks (a quotation's
opening is no headline already)."""


def opens_on_a_guess(text: str) -> bool:
    """Whether a sentence opens on its writer's guess: "Apparently Lenovo liked what it saw
    from Sony's Tap 20, because here at CES the company is introducing its own "portable"
    desktop PC." (raw validation cluster 211, a reviewer's aside over the next line's
    "The IdeaCentre Horizon is primarily a Windows 8-enabled all-in-one ..."), "Perhaps
    light conditions caused by a dense rainforest canopy allowed darker leopards ..." (186)."""
    return text[:1] in "APMSE" and _GUESS.match(text) is not None
