"""Words as runs of ASCII letters and digits: what the analysis compares sentences by, and
what tells two sentences with the same words apart from two that differ."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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


def word_starts(word: str, text: str) -> Iterator[int]:
    """Where `word`, opening and closing on a word character, stands whole in `text`: the
    starts of `re.finditer(rf"\\b{re.escape(word)}\\b", text)`'s matches, found by `str.find`
    with no pattern compiled for the word (a compile costs ~100 µs, and the nouns a rule
    looks for change with each cluster: 218 compiled over the raw validation clusters). As
    the pattern's search does, one found whole is skipped past, one found inside a word
    is skipped by a character."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _word_character(text[at - 1 : at]) or _word_character(text[end : end + 1]):
            at = text.find(word, at + 1)
        else:
            yield at
            at = text.find(word, end)


def _word_character(character: str) -> bool:
    """Whether a character (or none: "") is one `\\w` matches: what `\\b` reads."""
    return character.isalnum() or character == "_"


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
