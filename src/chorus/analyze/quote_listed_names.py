"""A speaker named as the Names section lists the person: "Christopher Barling" credited
where Names lists "Chris Barling" (raw validation 0-based 161, [3] writes the given name in
full, [0] and [2] short), one man shown under two names in one briefing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.model import Entity, Quote

_PERSON = "person"


def listed_forms(quotes: Sequence[Quote], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """The quotes, a speaker "Given Surname" the entities do not list named by the one listed
    person "Other Surname" whose given name is a shorter start of the speaker's ("Chris" of
    "Christopher", "Steve" of "Steven"): the listing chose the form the articles use most
    (the lead's judgement, stop 57), and Who said what takes it. Two listed holders of the
    surname, or given names neither of which starts the other ("Joe", "Joseph"), are left."""
    people = {e.name for e in entities if e.label == _PERSON}
    forms = {
        speaker: listed
        for speaker in {q.speaker for q in quotes} - people
        if (listed := _short_form(speaker, people)) is not None
    }
    if not forms:
        return tuple(quotes)
    return tuple(replace(q, speaker=forms[q.speaker]) if q.speaker in forms else q for q in quotes)


def _short_form(speaker: str, people: set[str]) -> str | None:
    """The one listed name of the speaker's two words with their surname whose given name is
    a shorter start of theirs, else None."""
    words = speaker.split()
    if len(words) != 2:
        return None
    given, surname = words
    found = [
        name
        for name in people
        if len(parts := name.split()) == 2
        and parts[1] == surname
        and len(parts[0]) < len(given)
        and given.startswith(parts[0])
    ]
    return found[0] if len(found) == 1 else None
