"""Hand-written timeline gold (fixtures/timeline_gold.json) and how the entries a timeline
shows stand against it: right dates of events, noise (a right date that dates no event of
the story), wrong dates (the worst error: wrong with confidence) and gold events found.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from chorus.analyze.model import TimelineEntry
from tests.gold import Tally, names

GOLD: list[dict] = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_gold.json").read_text(encoding="utf-8")
)["clusters"]

GoldDate = Sequence[object]
"""[doc, substring of the sentence, date expression, date or None, kind]"""


@dataclass(frozen=True, slots=True)
class Judged(Tally):
    right: int = 0
    """Shown entries dating an event with its gold date."""
    coarse: int = 0
    """Shown entries dating an event less precisely than the text does (2016 for 2016-07)."""
    noise: int = 0
    """Shown entries with a right date that dates no event of the story (a period, a label)."""
    wrong: int = 0
    """Shown entries whose date is not what the text says, or that read no date."""
    unclear: int = 0
    unjudged: tuple[str, ...] = ()
    found: int = 0
    """Gold events with a date that an entry shows with that date."""
    events: int = 0
    """Gold events with a date."""

    @property
    def shown(self) -> int:
        judged = self.right + self.coarse + self.noise + self.wrong + self.unclear
        return judged + len(self.unjudged)


def _overlaps(entry: TimelineEntry, expression: str) -> bool:
    """Whether an occurrence of the gold expression in the entry's sentence overlaps the
    expression the entry read ("on Friday" in gold, "Friday" read)."""
    sentence, read = entry.sentence, entry.expression
    start, end = read.start - sentence.start, read.end - sentence.start
    text = sentence.text
    at = text.find(expression)
    while at >= 0:
        if at < end and start < at + len(expression):
            return True
        at = text.find(expression, at + 1)
    return False


def gold_line(entry: TimelineEntry, place: Mapping[str, int], dates: Sequence[GoldDate]):
    """The gold line naming an entry's sentence and expression, None when none does."""
    for line in dates:
        doc, words, expression = line[0], line[1], str(line[2])
        if names(entry.sentence, place, doc, words) and _overlaps(entry, expression):
            return line
    return None


def verdict(entry: TimelineEntry, line: GoldDate | None) -> str:
    """right, coarse, noise, wrong, unclear or unjudged."""
    if line is None:
        return "unjudged"
    date, kind = line[3], line[4]
    if kind == "unclear":
        return "unclear"
    if date is None or not str(date).startswith(entry.when):
        return "wrong"
    if kind != "event":
        return "noise"
    return "right" if entry.when == date else "coarse"


def _span_ends(
    entry: TimelineEntry, place: Mapping[str, int], dates: Sequence[GoldDate]
) -> list[GoldDate]:
    """The gold lines an entry's span ends on: its sentence under the date it runs `until`
    (a span is one row since the sixty-first pass; the gold lists its end apart)."""
    if entry.until is None:
        return []
    until = entry.until.isoformat()[: len(entry.when)]
    return [
        line for line in dates if str(line[3]) == until and names(entry.sentence, place, *line[:2])
    ]


def judge(
    shown: Sequence[TimelineEntry], place: Mapping[str, int], dates: Sequence[GoldDate]
) -> Judged:
    """One cluster's timeline against its gold dates."""
    counts = dict.fromkeys(("right", "coarse", "noise", "wrong", "unclear"), 0)
    unjudged = []
    found = set()
    for entry in shown:
        line = gold_line(entry, place, dates)
        said = verdict(entry, line)
        if said == "unjudged":
            unjudged.append(f"{entry.when} {entry.expression.text!r}: {entry.sentence.text[:80]}")
            continue
        counts[said] += 1
        if said == "right":
            found.add(id(line))
            found |= {id(end) for end in _span_ends(entry, place, dates)}
    events = [line for line in dates if line[4] == "event" and line[3] is not None]
    return Judged(
        **counts,
        unjudged=tuple(unjudged),
        found=sum(id(line) in found for line in events),
        events=len(events),
    )
