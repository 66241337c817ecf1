"""Alternations of words for the quote patterns, as a tree of their letters."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
"""The key of a node where a word ends."""


def by_first_letter(words: Iterable[str]) -> str:
    """An alternation of `words` as a tree of their letters ("s(?:a(?:id|y(?:ing|s)?))"):
    the regex engine tries alternatives one by one, so each position tries only the
    letters that may come next, where a flat list, or one grouped by first letter only,
    tried every word of that letter ("t" opens "told", "tells", "tweeted", ... and most
    words of a sentence). The same matches as the words longest first: where one word
    starts another, the longer is tried first (the shorter's end is the last
    alternative)."""
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = {}
    return _alternation(tree)


def _alternation(node: dict[str, dict]) -> str:
    """The pattern of a tree's node: each next letter and what follows it, then nothing
    where a word ends there."""
    branches = [re.escape(letter) + _alternation(node[letter]) for letter in sorted(node) if letter]
    if not branches:
        return ""
    if _END in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
