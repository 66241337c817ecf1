"""Who takes the room a full entity list leaves past the names the recognizer read
(`entity_speakers.listed_with_speakers`): the quotes' speakers and the known names no window
read, in the cap's order (`entity_ranks.ranked`), with two exceptions: a known name the listing
held without the speakers keeps its place against a speaker of fewer mentions, and a known
place named in passing gives way to a speaker the quotes credit more often than it is
named."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from chorus.analyze.model import Entity


def spared(
    kept: Sequence[Entity], left: Sequence[Entity], found: set[str], new: set[str]
) -> list[Entity]:
    """`kept`, where a known name the listing held without the speakers (`found`) gave way
    to a speaker in more outlets but of fewer mentions: it takes back the place of the last
    such speaker. A known name gives way only to a speaker as widely used by both counts
    (DUC 27's "Taliban", 16 mentions in one outlet, against "Mohammed Abdou Mmadi", once
    in each of two)."""
    room = list(kept)
    for known in left:
        if known.name in found:
            fewer = [
                i
                for i, e in enumerate(room)
                if e.name in new and len(e.mentions) < len(known.mentions)
            ]
            if fewer:
                room[fewer[-1]] = known
    return room


def quoted_over_places(
    kept: Sequence[Entity],
    left: Sequence[Entity],
    new: set[str],
    known: Container[str],
    quoted: Mapping[str, int],
) -> list[Entity]:
    """`kept`, where a known place the recognizer did not read gives way to a speaker left
    out, as widely used, whom the briefing quotes in more rows than the place has mentions:
    the speaker matters more to the story than a place named in passing (raw 227's New
    York, three mentions in one outlet, to Richard Painter, the story's critic in four rows,
    whose third mention went with the pull quote cleaning45 removed). The lowest-ranked
    place first, each to the first such speaker in the cap's order."""
    room = list(kept)
    taken = {e.name for e in room}
    waiting = [e for e in left if e.name in new and e.name not in taken]
    for at in reversed(range(len(room))):
        place = room[at]
        if place.label != "place" or place.name not in known:
            continue
        speaker = next(
            (
                e
                for e in waiting
                if e.outlets >= place.outlets and quoted.get(e.name, 0) > len(place.mentions)
            ),
            None,
        )
        if speaker is not None:
            room[at] = speaker
            waiting.remove(speaker)
    return room
