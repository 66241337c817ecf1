"""Whether a lone own word two sentences share is one word in both (agreement.py reads it
below OPEN_THRESHOLD): two words only their first STEM_LENGTH letters join ("appropriate" /
"approach", raw 81), a word and its "-ship", or who does a deed and the deed ("occupiers" /
"occupied", raw 120) are two."""

from __future__ import annotations

from chorus.analyze.similarity import STEM_LENGTH


def one_word_each(a: str, b: str, shared: set[str]) -> set[str]:
    """`shared` but a lone stem the two sentences write as two words that only their first
    STEM_LENGTH letters join ("appropriate elegance" / "my approach is that fashion must
    always be optimistic", raw 81). A word no longer than its stem ("child" / "children")
    or two going on alike past it ("regretted" / "regrets") are one. With more stems in
    common the pair is linked by the others whatever this one is: only a lone stem is read
    (reading every pair's words cost agreed() 5%)."""
    if len(shared) != 1:
        return shared
    (stem,) = shared
    if len(stem) < STEM_LENGTH:
        return shared
    words_a, words_b = _longer(a, stem), _longer(b, stem)
    if not words_a or not words_b or any(_one_word(x, y) for x in words_a for y in words_b):
        return shared
    return set()


def _longer(text: str, stem: str) -> list[str]:
    """The words of a text longer than `stem` that it begins, as `ascii_words` reads them:
    found from the stem's places (reading every word cost ~3 µs a sentence)."""
    lowered, words = text.lower(), []
    at = lowered.find(stem)
    while at >= 0:
        end = at + len(stem)
        if at == 0 or not _is_word_character(lowered[at - 1]):
            while end < len(lowered) and _is_word_character(lowered[end]):
                end += 1
            if end > at + len(stem):
                words.append(lowered[at:end])
        at = lowered.find(stem, end)
    return words


def _is_word_character(character: str) -> bool:
    """An ASCII letter or digit, of which `ascii_words` makes words."""
    return character.isascii() and character.isalnum()


_ENDINGS = ("ings", "ing", "ed", "es", "s", "y")
"""Endings taken off a word before it is read against another of its stem (`_one_word`)."""
_DOERS = ("er", "or")
_DEEDS = ("ed", "ing")
"""A doer's ending ("occupier", "shooter") and a deed's ("occupied", "shooting")."""


def _one_word(a: str, b: str) -> bool:
    """Whether two words longer than their stem are one word (`one_word_each`): they go on
    alike past it ("feasible" / "feasibility"), or without an ending (`_ENDINGS`) one
    begins the other ("accused" / "accusations", "creepy" / "creeps", "married" /
    "marriage"). A word and its "-ship" are two: "... to deter North Korea and its erratic
    leader, Kim Jong Un." / "And South Korea is in a leadership vacuum." (raw 104, its one
    such pair over the 250 raw, 30 DUC and first 1,000 Multi-News+ validation clusters).
    Nor are who does a deed and the deed done: "The Nazi occupiers intended to destroy
    Poland ..." / "... when their country was occupied ..." (raw 120)."""
    bare_a, bare_b = _bare(a), _bare(b)
    if bare_a.endswith("ship") != bare_b.endswith("ship"):
        return False
    if bare_a.endswith(_DOERS) != bare_b.endswith(_DOERS) and (
        a.endswith(_DEEDS) or b.endswith(_DEEDS)
    ):
        return False
    if a[STEM_LENGTH] == b[STEM_LENGTH]:
        return True
    return bare_a.startswith(bare_b) or bare_b.startswith(bare_a)


def _bare(word: str) -> str:
    """A word without its first ending of `_ENDINGS`, never shorter than a stem."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_LENGTH:
            return word[: -len(ending)]
    return word
