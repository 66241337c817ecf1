"""Hand-written (speaker, words) pairs for the seeds, and quote precision/recall.

A predicted quote matches a gold pair when the gold speaker is part of the predicted
speaker's name ("Macron" in "Emmanuel Macron") and the gold words are part of the
attributed text. Read from the seed articles; one pair per attributed claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.analyze.model import Quote

SEED_QUOTES: tuple[tuple[str, str], ...] = (
    ("Elysee", "exchanged views on the latest developments in Syria"),
    ("Macron", "proof"),
    ("White Helmets", "at least 78 civilians dead"),
    ("Macron", "regretted the latest Russian veto"),
    ("Macron", "his deep concern at the continued deterioration"),
    ("Elysee", "He recalled the priorities of France"),
    ("Elysee", "wished that consultation between France and Russia"),
    ("Macron", "The president of the republic called for dialogue"),
    ("Kremlin", "refrain from ill-considered"),
    ("Kremlin", "The two leaders had instructed"),
    ("Duclos", "may herald imminent military action"),
    ("Duclos", "It looks like a diplomatic call"),
    ("White House", "had spoken to Mr Macron and UK prime minister"),
    ("Sanders", "Mr Trump spoke again to Mr Macron"),
    ("Sanders", "ongoing meetings"),
    ("diplomat", "centred around the list of targets"),
    ("diplomat", "Paris was resisting US options"),
    ("Moscow", "any gas attack took place"),
    ("Macron", "France had proof the Syrian regime was behind the attacks"),
    ("Macron", "seek to avoid escalation in the region"),
    ("Mattis", "no decision to strike Syria"),
    ("Mattis", "innocent people did not die"),
    ("Mattis", "how do we keep this from escalating"),
    ("Guterres", "with a vengeance"),
    ("Guterres", "no longer seem to be present"),
    ("Guterres", "chaos"),
    ("Trump", "get ready"),
    ("Trump", "Never said when an attack on Syria would take place"),
    ("Peskov", "being used by both sides"),
    ("Peskov", "avoid any steps that could lead to increased tension"),
    ("Peskov", "We believe that this would have an extremely destructive effect"),
    ("Zasypkin", "would not only shoot down any missiles"),
    ("Ayrault", "France wants to maintain a resolution"),
    ("Ayrault", "Paris was determined to facilitate"),
    ("Ayrault", "the combat against terrorists remained one of the urgent needs"),
    ("Ayrault", "The goal of France is always the same"),
    ("Zakharova", "Moscow categorically rejected the draft resolution"),
    ("OPCW", "all chemical weapons in Syria had been destroyed"),
    ("State Department", "Syria continued to use chemical substances"),
    ("Kim Won-soo", "could not confirm the complete destruction"),
)


def matches(quote: Quote, speaker: str, words: str) -> bool:
    return speaker.lower() in quote.speaker.lower() and words in quote.text.text


def precision_recall(
    predicted: Sequence[Quote], gold: Sequence[tuple[str, str]]
) -> tuple[int, int, int, int]:
    """(predictions matching a gold pair, predictions, gold pairs found, gold pairs)."""
    right = sum(any(matches(q, s, w) for s, w in gold) for q in predicted)
    found = sum(any(matches(q, s, w) for q in predicted) for s, w in gold)
    return right, len(predicted), found, len(gold)
