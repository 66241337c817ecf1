"""A quotation that tells nothing is not shown under "Who said what": words that are only
interjections, greetings or thanks ("**Anthony Weiner**: “Okay!”", raw validation 0-based
210; "**Won In Choul**: “Thank you”", 104; "Oh really?" and "Thank you", 129; "Phew!" and
"What, what?", 205; "Grazie, grazie", 237; "Oh, yes", 99) say what the speaker felt or
answered, and a reader sees neither without the scene the quotation sat in.

The analysis keeps the row (`Analysis.quotes`, the JSON): who spoke is still a finding, and
an answer's row shown after its question (`Quote.context`, quote_answers.py) tells the
answer, so it stays. A closed list, not a count of words: two or three words can carry the
story ("I'm flabbergasted", "Abortion Barbie", "extremist kook" are rows of three words or
fewer over raw and DUC)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chorus.analyze.model import Quote

_EMPTY = frozenset(
    (
        *("oh", "ah", "aw", "okay", "ok", "wow", "phew", "um", "uh", "well", "really", "what"),
        *("yes", "yeah", "yep", "no", "nope", "please"),
        *("hi", "hello", "hey", "bye", "goodbye", "thank", "thanks", "you", "grazie", "merci"),
    )
)
"""Interjections, greetings, thanks and answers that say nothing on their own; "you" only
thanks or greets here, the words around it all being of the list."""
_WORD = re.compile(r"[\w'’]+")
_LONGEST = 24
"""Characters past which no row is read: every row the list empties is shorter."""


def says_nothing(quote: Quote) -> bool:
    """Whether a row, shown without a lead-in, holds only words of the closed list."""
    words = quote.words
    if len(words) > _LONGEST or quote.context:
        return False
    found = _WORD.findall(words.casefold())
    return bool(found) and all(word in _EMPTY for word in found)


def shown_rows(quotes: Iterable[Quote]) -> list[Quote]:
    """The rows "Who said what" shows: those that tell something."""
    return [quote for quote in quotes if not says_nothing(quote)]
