"""Words as runs of ASCII letters and digits: what the analysis compares sentences by, and
what tells two sentences with the same words apart from two that differ."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

WORD_CHARACTERS = b"abcdefghijklmnopqrstuvwxyz0123456789"
_TO_WORDS = bytes(c if c in WORD_CHARACTERS else ord(" ") for c in range(256))
"""Every UTF-8 byte but an ASCII lower-case letter or digit becomes a space, so `split`
gives the runs a `[a-z0-9]+` pattern would find (non-ASCII letters are multi-byte, all
≥ 0x80): a third cheaper than the regex scan."""


def ascii_words(text: str) -> list[str]:
    """The runs of ASCII letters and digits of a text, lowered."""
    return text.lower().encode().translate(_TO_WORDS).decode("ascii").split()


def wording(text: str) -> str:
    """A sentence's words in order, whatever their case, quotation marks or punctuation
    (runs of ASCII letters and digits: "António" is "ant nio", the same in every copy)."""
    return " ".join(ascii_words(text))


def same_ignoring_case(written: str, word: str) -> bool:
    """Whether `written` is `word` as `re.IGNORECASE` would match it, with no pattern
    compiled for the word when both are ASCII (a compile costs ~100 µs, and the words
    change with each cluster); `re` itself beyond ASCII, where it also matches "ı" to "i"."""
    if written.isascii() and word.isascii():
        return written.lower() == word.lower()
    return re.fullmatch(re.escape(word), written, re.IGNORECASE) is not None


def is_word_character(character: str) -> bool:
    """Whether a character is one `re`'s `\\w` matches."""
    return character.isalnum() or character == "_"


def word_places(text: str, word: str) -> list[int]:
    """Where `text` writes `word` as a whole word (`re`'s \\b on both sides), found without
    compiling a pattern for the word: a compile costs ~100 µs, and the words the rules look
    for change with each cluster (a noun of the line before, a surname). Every place is
    found, one overlapping another too: `re.finditer` skips past each match, which differs
    only for a word opening again inside itself after a character `\\w` does not match
    ("aks-aks" twice in "aks-aks-aks")."""
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = at == 0 or is_word_character(text[at - 1]) != is_word_character(word[0])
        after = is_word_character(text[end - 1]) != (
            end < len(text) and is_word_character(text[end])
        )
        if before and after:
            found.append(at)
        at = text.find(word, at + 1)
    return found


NEAR_RATIO = 0.8
"""How closely two sentences' stems, in order, must match (difflib's ratio, 2 × matched /
both lengths) to be one sentence with a figure or a word or two changed: "In Poland, 32
people died, most of them homeless ..." / "36 people died" is 0.923; "Napolitano,
Arizona's former governor, said ... the nation's border" / "a former Arizona governor
... the U.S. border" 0.897."""


def near_same(stems: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two sentences' words (or stems), in order, are one sentence with a figure or a word
    or two changed."""
    matcher = SequenceMatcher(None, stems, other, autojunk=False)
    # the quick ratios bound the ratio from above, and cost a fraction of it
    return matcher.quick_ratio() >= NEAR_RATIO and matcher.ratio() >= NEAR_RATIO
