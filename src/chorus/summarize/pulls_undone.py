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
contrast is left as it is, a bare quotation left out). When undoing brings none of the lost
leads back, the choice is put back as it was and the ties stand for good."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass(slots=True)
class _Undo:
    """A tie tried undone (`row`, the row it was made for), the leads it is undone for,
    and the masks as they were before."""

    lost: list[int]
    row: int
    masks: tuple[np.ndarray, ...]


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

    def undone(
        self,
        chosen: Sequence[int],
        shut: np.ndarray,
        pulls: np.ndarray,
        brings: np.ndarray,
        wanted: np.ndarray,
    ) -> bool:
        """Whether the settled `chosen` rows change again. When a lead chosen before is
        lost and not shut (left out as the page's, or as telling a shown lead again is no
        loss of a tie's making), one tie made and taken, not tried before, is undone in
        `pulls` and `brings`; when that brought none of those leads back, the masks the
        choice is made with (`shut`, `pulls`, `brings` and the rows `wanted` first) are put
        back as they were, the tie kept for good, and the next one is tried."""
        now = np.zeros(len(shut), dtype=bool)
        now[list(chosen)] = True
        masks = (shut, pulls, brings, wanted)
        if self.undo is not None:
            undo, self.undo = self.undo, None
            if not now[undo.lost].any():
                for mask, was in zip(masks, undo.masks, strict=True):
                    mask[:] = was
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
        self.undo = _Undo(lost, row, tuple(mask.copy() for mask in masks))
        pulls[row] &= self.before[row]
        brings[row] = -1
        self.untied[row] = True
        return True
