"""Labels a read name's shape settles against the recognizer's vote: a unit's initials
closing a name ("Ghana SWAT", a person), a university's initials opening a campus ("UNC
Chapel Hill", a place), a one-word name opening a natural feature's ("Dakhleh" of "Dakhleh
Oasis", an organisation) and a place whose last word the text writes alone as a speaker
("El Molto": "Molto told Live Science")."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter

from chorus.analyze.entity_cues import SPEECH_AFTER
from chorus.analyze.entity_lists import LANDS_SPELLED
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"))
_FEATURES = frozenset(
    (
        *("Oasis", "Desert", "Valley", "Lake", "River", "Island", "Islands", "Peninsula"),
        *("Canyon", "Glacier", "Mountains", "Creek", "Bay"),
    )
)
"""Last words of a natural feature's name, whose first word alone is the place ("ancient
Dakhleh")."""
_TEXT = attrgetter("text")


def by_shape(
    labels: Mapping[str, EntityLabel], runs: Collection[str], sentences: Sequence[Sentence]
) -> dict[str, EntityLabel]:
    """Names of `labels` whose shape gives them another label, with that label; `runs` are
    the candidate runs (`Reading.names`), every capitalised run of the text."""
    found: dict[str, EntityLabel] = {}
    speakers = []
    for name, label in labels.items():
        first, space, rest = name.partition(" ")
        last = rest[rest.rfind(" ") + 1 :]
        if not space:
            continue
        if label == "person" and _initials(last) and not first.isupper():
            found[name] = "organisation"  # "Ghana SWAT": no surname is in capitals
        elif label == "place" and _initials(first) and first[0] == "U":
            found[name] = "organisation"  # "UNC Chapel Hill", "UC Berkeley"
        elif label == "place" and last == rest and last in runs and name not in LANDS_SPELLED:
            speakers.append((first, last))

        if last in _FEATURES and rest == last and labels.get(first) == "organisation":
            found[first] = "place"
    if speakers:
        text = "\n".join(map(_TEXT, sentences))
        found |= {
            f"{first} {last}": "person"
            for first, last in speakers
            if last not in labels and _speaks(first, last, text)
        }
    return found


def _initials(word: str) -> bool:
    """Whether `word` is a group's initials in capitals, not a land's ("US") nor a numeral."""
    return (
        len(word) > 1
        and word.isalpha()
        and word.isupper()
        and word not in _NUMERALS
        and word not in LANDS_SPELLED
    )


def _speaks(first: str, surname: str, text: str) -> bool:
    """Whether `text` writes `surname` alone, after neither `first` nor "the", right before a
    verb of speech ("Molto told"): a person's surname, not a place's last word ("North
    Korea said"; a paper's, "the Post said", is an organisation's and is not looked at)."""
    for verb in SPEECH_AFTER:
        spoken = f" {surname}{verb}"
        at = text.find(spoken)
        while at >= 0:
            if not text.endswith((first, "the", "The"), 0, at):
                return True
            at = text.find(spoken, at + 1)
    return False
