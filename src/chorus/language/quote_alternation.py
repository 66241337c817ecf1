"""Alternations of words for the quote patterns, grouped by first letter."""

from __future__ import annotations

import re
from collections.abc import Iterable


def by_first_letter(words: Iterable[str]) -> str:
    """An alternation of `words` grouped by first letter ("a(?:dded|dds|...)|s(?:aid|...)"):
    the regex engine tries alternatives one by one, so each position tries only the words
    that start with its letter. The same matches as the words longest first: of two words
    that may match at one place (one starts the other), the longer is tried first in both."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in sorted(groups.items()))
