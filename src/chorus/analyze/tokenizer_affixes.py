"""spaCy's tokenizer without its affix searches where they are proved to find nothing.

The tokenizer runs its prefix, suffix and infix patterns (2,800, 12,400 and 15,500
characters of alternatives) and its URL pattern on every string it has not seen, and most
of those are words of ASCII letters: a recognition's first reading of a cluster's windows
spent most of its extra cost there. Each pattern is read once: when every alternative must
take (or assert by a lookaround) a character that is no ASCII letter, none can match inside
a string of ASCII letters only, so such a string is answered at once. A pattern that
cannot be proved so (case-insensitive, an unknown construct) is searched as before.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_LETTERS = frozenset(map(ord, string.ascii_letters))


PATTERN_METHODS = (
    ("prefix_search", None),
    ("suffix_search", None),
    ("infix_finditer", ()),
    ("url_match", None),
)
"""The tokenizer's pattern methods, and what each returns when it finds nothing."""


def letter_skipping_tokenizer(vocab: Any) -> Any:
    """An empty spaCy tokenizer whose loading from the model's files sets its pattern
    methods to skip strings of ASCII letters (`without_letter_searches`)."""
    return _tokenizer_class()(vocab)


@cache
def _tokenizer_class() -> type:
    import srsly
    from spacy.tokenizer import Tokenizer

    class LetterSkippingTokenizer(Tokenizer):  # type: ignore[misc, valid-type]
        def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> Any:
            # each pattern method set reloads the special cases (~130 ms with the model's
            # rules): set them while the rules are empty, then load the rules once, last,
            # as spaCy's own `from_bytes` does
            super().from_bytes(bytes_data, exclude=[*exclude, "exceptions"])
            without_letter_searches(self)
            if "exceptions" not in exclude:
                self.rules = srsly.msgpack_loads(bytes_data)["exceptions"]
            return self

    return LetterSkippingTokenizer


def without_letter_searches(tokenizer: Any) -> None:
    """Set the tokenizer's prefix and suffix searches, infix finder and URL match to skip
    strings of ASCII letters, each only when its pattern is proved never to match in one."""
    for name, nothing in PATTERN_METHODS:
        method = getattr(tokenizer, name)
        if _never_in_letters(method):
            setattr(tokenizer, name, SkippingLetters(method, nothing))


@dataclass(frozen=True, slots=True)
class SkippingLetters:
    """A compiled pattern's bound `search` or `finditer`, answering `nothing` at once for a
    string of ASCII letters. Its `__self__` is the pattern, as the bound method's, which
    spaCy reads to save the tokenizer."""

    find: Callable[[str], Any]
    nothing: Any

    def __call__(self, text: str) -> Any:
        return self.nothing if text.isascii() and text.isalpha() else self.find(text)

    @property
    def __self__(self) -> re.Pattern[str]:
        return self.find.__self__  # type: ignore[attr-defined]


def _never_in_letters(method: Any) -> bool:
    """Whether a compiled pattern's bound `search` / `finditer` can never match anywhere
    in a string of ASCII letters only."""
    pattern = getattr(method, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
        return False
    return _needs_a_non_letter(_parser.parse(pattern.pattern, pattern.flags))


def _needs_a_non_letter(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether every match of this sequence of parsed items takes, or asserts by a
    lookaround, a character that is no ASCII letter."""
    return any(_item_needs_a_non_letter(op, value) for op, value in items)


def _item_needs_a_non_letter(op: Any, value: Any) -> bool:
    if op is sre.LITERAL:
        return value not in _LETTERS
    if op is sre.IN:
        return not _set_holds_a_letter(value)
    if op is sre.BRANCH:
        return all(_needs_a_non_letter(branch) for branch in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return value[0] >= 1 and _needs_a_non_letter(value[2])
    if op is sre.ASSERT:
        # a lookaround sees only the string's letters, or nothing beyond its ends
        return _needs_a_non_letter(value[1])
    # anchors, negative lookarounds, groups with flags, anything else: proves nothing
    return False


def _set_holds_a_letter(items: Iterable[tuple[Any, Any]]) -> bool:
    for op, value in items:
        if op is sre.LITERAL and value not in _LETTERS:
            continue
        if op is sre.RANGE and not any(value[0] <= c <= value[1] for c in _LETTERS):
            continue
        return True  # a letter, or a negation or category: maybe one
    return False
