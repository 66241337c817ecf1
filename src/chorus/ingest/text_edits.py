"""Edits of a text as it is read, kept as the changes between the text given and the text as
read: every span counts the text as read, and a reader checking one against the text they
sent needs each place the two differ (raw validation 230 [2] by index: 13 closing quotation
marks set right, and every span after the first was 1 to 13 characters off the text sent).

Repairs run one after another, each on the text the one before left, so each one's edits are
carried into the changes of the text given so far (`composed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chorus.model import Change


@dataclass(frozen=True, slots=True)
class Edit:
    """`text[start:end]` replaced by `replacement` (never empty: `start < end`)."""

    start: int
    end: int
    replacement: str = ""


def edited(text: str, edits: Sequence[Edit]) -> str:
    """`text` with its `edits` (in order, apart) made."""
    pieces: list[str] = []
    kept_to = 0
    for edit in edits:
        pieces += (text[kept_to : edit.start], edit.replacement)
        kept_to = edit.end
    return "".join(pieces) + text[kept_to:]


def composed(
    changes: Sequence[Change], text: str, edits: Sequence[Edit], reason: str
) -> tuple[Change, ...]:
    """The changes of `edited(text, edits)` from the text given, where `changes` are those of
    `text`. An edit meeting an earlier change (an invisible character inside a lost mark,
    "\\ufffd\\u200b?") is one change with it, given both texts' and named by `reason`, the
    last repair made there."""
    result: list[Change] = []
    shift = 0  # how much longer the edited text is than `text` up to here
    i = j = 0
    while j < len(edits):
        low, high = edits[j].start, edits[j].end
        while i < len(changes) and changes[i].end <= low:
            result.append(_moved(changes[i], shift))
            i += 1
        first_change, first_edit = i, j
        j += 1
        # A change or an edit reaching into the group joins it, until neither does.
        while (i < len(changes) and changes[i].start < high) or (
            j < len(edits) and edits[j].start < high
        ):
            if i < len(changes) and changes[i].start < high:
                low, high = min(low, changes[i].start), max(high, changes[i].end)
                i += 1
            else:
                high = max(high, edits[j].end)
                j += 1
        group = edits[first_edit:j]
        made = edited(text[low:high], [_moved_edit(edit, -low) for edit in group])
        given = _given(text, low, high, changes[first_change:i])
        result.append(Change(low + shift, low + shift + len(made), given, reason))
        shift += len(made) - (high - low)
    result += (_moved(change, shift) for change in changes[i:])
    return tuple(result)


def text_given(text: str, changes: Sequence[Change]) -> str:
    """The whole text given, rebuilt from the text as read and its changes."""
    return _given(text, 0, len(text), changes)


def _given(text: str, low: int, high: int, changes: Sequence[Change]) -> str:
    """What the text given held where `text[low:high]` stands, `changes` being those in it."""
    pieces: list[str] = []
    kept_to = low
    for change in changes:
        pieces += (text[kept_to : change.start], change.given)
        kept_to = change.end
    return "".join(pieces) + text[kept_to:high]


def _moved(change: Change, by: int) -> Change:
    if not by:
        return change
    return Change(change.start + by, change.end + by, change.given, change.reason)


def _moved_edit(edit: Edit, by: int) -> Edit:
    return Edit(edit.start + by, edit.end + by, edit.replacement)
