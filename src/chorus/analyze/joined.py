"""The story's sentences joined once, for the conflict rules' word and pattern look-ups."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True, slots=True)
class Joined:
    """Texts joined by newlines, and where each ends: a word or a pattern is found in all
    of them at once, where a test per text cost a Python step each; the story's sentences
    are joined once for every rule that looks for words in them."""

    text: str
    ends: list[int]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Joined:
        return cls("\n".join(texts), list(accumulate(len(text) + 1 for text in texts)))

    def holding(self, words: Iterable[str]) -> set[int]:
        """Indices of the texts that hold one of `words` (which hold no newline): a `find`
        per text a word is in, plus one."""
        found: set[int] = set()
        for word in words:
            start = self.text.find(word)
            while start >= 0:
                row = bisect_right(self.ends, start)
                found.add(row)
                start = self.text.find(word, self.ends[row])
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Indices of the texts where `pattern` (which matches no newline) matches."""
        return {bisect_right(self.ends, m.start()) for m in pattern.finditer(self.text)}
