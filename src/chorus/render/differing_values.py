"""What the outlet of an agreed row's other value gives (render/analysis._in_part): a row two
of whose sentences are shown in conflict over one value (Fact.differs) says, in Markdown,
the value its outlet in part writes, "(all; [2] in part, saying 2 children)", not the whole
conflict's reason, "(all; [2] in part; different figures for injuries: 3 children vs 2
children)" (raw 187): the row's statement shows its own value and what it is of, and the
Conflicts section keeps the reason whole, hedges and all (raw 131's "...; one is of 2012, the
other a yearly rate: they may be counts of different years").

A reason is read as "<what differs>: <one value> vs <the other>[; <more>]"; the value the
statement writes is its own and the other is the one some supports write. A value is written
by a sentence when its figures (by the values their bounds allow: "3" is "three") and its
other words are all the sentence's. When the reason is of no such shape, or the statement
writes both values or neither, or no support writes the other, the row keeps the reason."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.numbers import figures

_WORD = re.compile(r"[a-z]+|\d+")


def other_value(
    reason: str, statement: str, supports: Sequence[str]
) -> tuple[str, tuple[int, ...]] | None:
    """The value of `reason` that `statement` does not write and the positions of the
    `supports` that write it, or None when that cannot be told."""
    rest = reason.partition(": ")[2]
    values = rest.split("; ")[0].split(" vs ")
    if len(values) != 2:
        return None
    written = [_written_in(value, statement) for value in values]
    if written.count(True) != 1:
        return None
    other = values[written.index(False)]
    givers = tuple(i for i, text in enumerate(supports) if _written_in(other, text))
    return (other, givers) if givers else None


def _written_in(value: str, text: str) -> bool:
    """Whether `text` writes `value`: each of its figures (by the values its bound allows)
    and each of its other words."""
    numbers, words = _read(value)
    text_numbers, text_words = _read(text)
    return bool(numbers | words) and numbers <= text_numbers and words <= text_words


def _read(text: str) -> tuple[frozenset[tuple[float, float]], frozenset[str]]:
    """The figures of `text` and its words outside them, in lower case."""
    found = figures(text)
    # the figures blanked out of `text` itself, where their offsets are: lower case may
    # write a letter in two ("İ" as "i̇") and shift every offset after it
    rest = text
    for figure in found:
        rest = rest[: figure.start] + " " * (figure.end - figure.start) + rest[figure.end :]
    return frozenset((f.low, f.high) for f in found), frozenset(_WORD.findall(rest.lower()))
