"""The ties a summary's rounds of choosing make (a quotation taken with its credit, a
contrast or a "Then" with its line before, a surname's speaker brought with the line naming
them in full), undone when, the choice settled, they have cost an article's lead chosen in
an earlier round its place.

Each tie is a rule's reading of one row: read alone it is right, but the room of the line
it brings is taken from the rest of the summary, and the choice made again can drop an
outlet's lead for it. Raw 212's op-ed line "It was no big surprise that ..." pulled in with
"But that didn’t mean ..." took the room of the critic's lead "Once upon a time, a
neurosurgeon named Eben Alexander ..." (mend82, who undid contrasts only); raw 19's
"“It's still in a very strong place,” Gidley said." brought Gidley's 31-word introduction
and [1]'s lead "White House officials are downplaying the recent chaos ..." went, the
headline with it (mend83). An undone tie is never made again: the row it was made for is
read as one whose tie cannot be made (`tied`), so each rule does what it does then (a
contrast is left as it is, a bare quotation left out); a surname's line whose introduction
is undone is left out with it (`left_bare`: 19's Gidley line, shown below "White House
officials ..." with no line saying who he is, mend85). When undoing brings none of the lost
leads back, the choice is put back as it was, with what the rounds read of it, and the ties
stand for good (raw 49's "Karen Vecchio, who became the MP ...": left out with "Vecchio said
...", the introduction still did not give [2]'s lead back)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

Reading = set[int] | dict[int, int]
"""What a summary's rounds have read of the rows chosen: the rows read for the page's lines,
the leads left out as telling another again, the openings that had the choice made again."""


@dataclass(slots=True)
class _Undo:
    """A tie tried undone (`row`, the row it was made for), the leads it is undone for,
    and the masks, the readings and the leads chosen as they were before."""

    lost: list[int]
    row: int
    masks: tuple[np.ndarray, ...]
    readings: tuple[Reading, ...]
    chosen_leads: set[int]


@dataclass(slots=True)
class PullsUndone:
    """Over a summary's rounds: the leads chosen, the ties made (rows marked in `pulls`
    after `before`, the ties read before any choice, or given an introduction in `brings`)
    and those undone. `leads` are each article's first prose row."""

    leads: Collection[int]
    before: np.ndarray
    words: np.ndarray
    chosen_leads: set[int] = field(default_factory=set)
    untied: np.ndarray = field(init=False)
    kept: np.ndarray = field(init=False)
    undo: _Undo | None = None

    def __post_init__(self) -> None:
        self.before = self.before.copy()
        self.untied = np.zeros(len(self.before), dtype=bool)
        self.kept = np.zeros(len(self.before), dtype=bool)

    def seen(self, chosen: Sequence[int]) -> None:
        """Note the leads of a round's `chosen` rows."""
        self.chosen_leads.update(row for row in chosen if row in self.leads)

    def tied(self, row: int, pulls: np.ndarray) -> bool:
        """Whether no rule may tie `row` again: pulled already, or its tie undone."""
        return bool(pulls[row] or self.untied[row])

    def left_bare(self, rows: Iterable[int]) -> list[int]:
        """The rows of `rows`, each shown with a surname its rule brings a line to name in full
        (an introduction, or the line before), whose tie was undone: shown without that
        line the surname names no one, so each is left out with it, as a row whose pull is
        refused is (`steps_apart.pull_refused`)."""
        return [row for row in rows if self.untied[row]]

    def undone(
        self,
        chosen: Sequence[int],
        shut: np.ndarray,
        pulls: np.ndarray,
        brings: np.ndarray,
        wanted: np.ndarray,
        *readings: Reading,
    ) -> bool:
        """Whether the settled `chosen` rows change again. When a lead chosen before is
        lost and not shut (left out as the page's, or as telling a shown lead again is no
        loss of a tie's making), one tie made and taken, not tried before, is undone in
        `pulls` and `brings`; when that brought none of those leads back, the masks the
        choice is made with (`shut`, `pulls`, `brings` and the rows `wanted` first), the
        `readings` and the leads chosen are put back as they were (a row first read in the
        rounds undone, a page's line shut there, is read again when chosen again), the tie
        kept for good, and the next one is tried."""
        now = np.zeros(len(shut), dtype=bool)
        now[list(chosen)] = True
        masks = (shut, pulls, brings, wanted)
        if self.undo is not None:
            undo, self.undo = self.undo, None
            if not now[undo.lost].any():
                for mask, was in zip(masks, undo.masks, strict=True):
                    mask[:] = was
                for reading, had in zip(readings, undo.readings, strict=True):
                    reading.clear()
                    reading.update(had)
                self.chosen_leads = undo.chosen_leads
                self.untied[undo.row] = False
                self.kept[undo.row] = True
                return True
        lost = [row for row in self.chosen_leads if not now[row] and not shut[row]]
        if not lost:
            return False
        partner = np.where(brings >= 0, brings, np.arange(len(brings)) - 1)
        made = (pulls & ~self.before) | (brings >= 0)
        taken = np.flatnonzero(made & now & now[np.maximum(partner, 0)] & ~self.kept)
        if not taken.size:
            return False
        # One tie at a time, the one bringing the longest line first: undoing every tie
        # taken at once undid raw 19's Sanders introduction with Gidley's, which cost nothing.
        row = taken[np.argmax(self.words[partner[taken]])]
        self.undo = _Undo(
            lost,
            row,
            tuple(mask.copy() for mask in masks),
            tuple(reading.copy() for reading in readings),
            set(self.chosen_leads),
        )
        pulls[row] &= self.before[row]
        brings[row] = -1
        self.untied[row] = True
        return True
