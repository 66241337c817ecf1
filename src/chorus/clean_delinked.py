"""A copy of the line above with its linked words stripped out: a page that writes each
paragraph twice, once whole and once with every link's text removed, the gaps left as
orphaned punctuation and function words (raw validation 18 [2] by index, The Knot's release:
"... Manhattan and Long Island spend the most on their dresses ( $2,914 and $2,137 ,
respectively) ..." above "Brides in and spend the most on their dresses ( and ,
respectively) ..."). The scrape glues each copy before the next paragraph, so the copy opens
its line and runs to a sentence's end; only the copy goes, the rest is the line's own text.

A copy is read as the longest run of the line's opening words, to a sentence's end, that is
the line above's words in order with a few skipped at a time, some skipped: it tells nothing
the line above does not. `chorus.clean` asks about each line of a longer page.
"""

from __future__ import annotations

import re

DELINKED_REASON = "de-linked copy"
# A copy long enough that its words in order are no chance: the shortest of 18 [2]'s has 17.
_FEWEST_WORDS = 8
# A link's text is a name or a figure of a few words ("Central New Jersey"): a longer run of
# the twin's words missing from the copy is a sentence the copy does not repeat.
_LONGEST_GAP = 4
# A copy is read within a line's first words (18 [2]'s longest has 31): a long line is not
# split whole.
_MOST_WORDS = 80
# The first n words of a stripped line, to the end of the nth, compiled once for each n
# (possessive: a line of fewer words fails without backtracking).
_WORDS = [re.compile(r"\S++" + r"\s++\S++" * (n - 1)) for n in range(1, _MOST_WORDS + 1)]
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def delinked_copy(line: str, previous: str) -> int:
    """How many characters of the stripped line `line` open it as `previous` (the stripped
    line above) with words stripped out: 0 when none."""
    # Most lines' first word is not in the line above, and few lines' first eight words are,
    # in order (47 of raw's and DUC's 15,532 lines below another): the others are not split.
    # `find`, not `split`, for the first word: a split copies the rest of a long line.
    if line[: line.find(" ")] not in previous:
        return 0
    opening = _WORDS[_FEWEST_WORDS - 1].match(line)
    if opening is None or not _in_order(opening.group().split(), previous):
        return 0
    words = line.split(None, _MOST_WORDS)[:_MOST_WORDS]
    twin = previous.split()
    copied = max(
        (_words_copied(words, twin, start) for start, word in enumerate(twin) if word == words[0]),
        default=0,
    )
    return _WORDS[copied - 1].match(line).end() if copied else 0


def _in_order(words: list[str], previous: str) -> bool:
    """Whether `words` occur in `previous` in their order: one pass over it, not one a word."""
    at = 0
    for word in words:
        at = previous.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


def _words_copied(words: list[str], twin: list[str], start: int) -> int:
    """How many of `words`, opening on `twin[start]`, are `twin`'s words in order with at
    most `_LONGEST_GAP` skipped at a time, some skipped, closing a sentence, at least
    `_FEWEST_WORDS`; 0 when none."""
    at, skipped, copied = start, 0, 0
    for count, word in enumerate(words[1:], start=2):
        following = _next_match(twin, word, at + 1)
        if following is None:
            break
        skipped += following - at - 1
        at = following
        if skipped and count >= _FEWEST_WORDS and _SENTENCE_END.search(word):
            copied = count
    return copied


def _next_match(twin: list[str], word: str, after: int) -> int | None:
    """Where `word` occurs in `twin` at `after` or within `_LONGEST_GAP` words of it."""
    for at in range(after, min(after + _LONGEST_GAP + 1, len(twin))):
        if twin[at] == word:
            return at
    return None
