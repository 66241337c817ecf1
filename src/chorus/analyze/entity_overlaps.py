"""Two read names of one kind whose words overlap, the last of one opening the other, that
the text writes only together: one name, cut in two by the recognizer's windows. Raw 74's
"Journal of the American College of Cardiology" (both outlets name the journal) was read as
"Journal of the American College" and "American College of Cardiology", and listed as
neither: the first is a piece of a longer name, the second has no mention of its own."""

from __future__ import annotations

from collections.abc import Mapping

from chorus.analyze.model import EntityLabel


def names_overlapping(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """Each read name of two words or more whose last words open another read name of its
    label, mapped with that one to the name the two make, where `text` (the sentences
    joined) writes that name and never either of the two without it, and no read name is
    it already: "Proceedings of the National Academy" and "National Academy of Sciences"
    (raw 93), "Center for the Prevention" and "Prevention of Youth Violence" (raw 190).
    Not raw 161's "Los Angeles" and "Angeles County", the city written alone six times."""
    openings: dict[str, list[str]] = {}
    for name in labels:
        words = name.split(" ")
        for size in range(1, len(words)):
            openings.setdefault(" ".join(words[:size]), []).append(name)
    if not openings:
        return {}
    found: dict[str, str] = {}
    for name, label in labels.items():
        words = name.split(" ")
        for size in range(1, len(words)):
            for other in openings.get(" ".join(words[-size:]), ()):
                whole = f"{name}{other[len(' '.join(words[-size:])) :]}"
                if (
                    labels[other] == label
                    and whole not in labels
                    and _only_together(text, whole, name, other)
                ):
                    found[name] = found[other] = whole
    return found


def _only_together(text: str, whole: str, one: str, other: str) -> bool:
    """Whether `text` writes `whole` and `one` and `other` only inside it."""
    written = text.count(whole)
    return written > 0 and text.count(one) == written == text.count(other)
