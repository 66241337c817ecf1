"""Where a cluster's entity names are written: every whole-word match of their forms in one
text, found with `str.find` (entities.py lists them), and how often a one-word name is
written in lower case ("Monkeys" beside "monkeys": a common noun, not listed)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from chorus.analyze.entity_windows import NOT_NAMES, is_word

COMMON_LETTERS = 5
"""Letters a word needs for its lower case to be weighed: the search for a shorter one's
letters after the first ("ill" of "Will", "ran" of "Iran") finds too many other words."""


def mention_spans(
    text: str, forms: Iterable[str], lowered: Counter[str] | None = None
) -> list[tuple[int, int]]:
    r"""(start, end) of every match of `\b(?:form|...)\b`, longest forms first, in `text`:
    the leftmost start, the longest form there, no overlaps. Found with `str.find`:
    compiling that alternation cost half of the section (each cluster has its own). With
    `lowered`, how often each form it holds is written in lower case is counted into it."""
    longest: dict[int, int] = {}
    size = len(text)
    for form in forms:
        if lowered is not None and form in lowered:
            _match_word(text, form, longest, lowered)
            continue
        # `\b` holds at an edge of a match when the character beside it is a word
        # character and the form's own at that edge is not, or the other way round: the
        # form's are known once, so only the characters beside each match are tested.
        opens, closes = is_word(form[0]), is_word(form[-1])
        length = len(form)
        start = text.find(form)
        while start >= 0:
            end = start + length
            # `is_word` written out: a call per character beside each match cost more than
            # the test
            if (
                end > longest.get(start, start)
                and (start > 0 and ((c := text[start - 1]).isalnum() or c == "_")) != opens
                and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
            ):
                longest[start] = end
            start = text.find(form, start + 1)
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            found.append((start, reached))
    return found


def has_a_lower_case(name: str) -> bool:
    """Whether a name is one capitalised word of COMMON_LETTERS or more ("Monkeys", not
    "NASA", "Ed" or "Colchester Zoo"): one whose lower case `common_nouns` weighs."""
    one_word = len(name) >= COMMON_LETTERS and " " not in name
    return one_word and name[0].isupper() and not name.isupper()


def _match_word(text: str, form: str, longest: dict[int, int], lowered: Counter[str]) -> None:
    """`mention_spans` for one capitalised word, its lower-case writings counted in the same
    pass: the search for its letters after the first finds both ("onkeys" in "Monkeys"
    and "monkeys"), where a second search of the text cost as much as the first."""
    capital, small, rest = form[0], form[0].lower(), form[1:]
    closes, size, length = is_word(form[-1]), len(text), len(form)
    at = text.find(rest, 1)
    while at >= 0:
        start, end = at - 1, at - 1 + length
        first = text[start]
        # `is_word` written out, as in `mention_spans`
        if (
            first in (capital, small)
            and not (start > 0 and ((c := text[start - 1]).isalnum() or c == "_"))
            and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
        ):
            if first == small:
                lowered[form] += 1
            elif end > longest.get(start, start):
                longest[start] = end
        at = text.find(rest, at + 1)


_PARTICLES = (" de ", " De ", " da ", " do ", " du ", " del ", " della ", " di ", " van ", " von ")
"""Words inside a person's or an event's name before its last word: "Cecile de France",
"Tour de France"."""
_MAGAZINE = " magazine"
"""A lower-case word that ends a name a place opens: "New York magazine"."""
_OPENING_MARKS = "([“\"'‘"


def cut_from_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a known name (entity_lists.py), written from `start` to `end` in a sentence's
    `text`, is the end of a longer name: before "magazine", after a name's particle and a
    capitalised word ("Cecile de France"), or after the sentence's first word (the
    candidate runs never open on it) where that word is in capitals ("NHS England") or the
    sentence holds the two alone, a heading ("Virgin Australia"). Other first words are as
    often a sentence's adjective or adverb ("Neighboring Ukraine", "Perhaps Apple's").
    """
    # each test one call: this runs on every mention of a known name
    if text.startswith(_MAGAZINE, end):
        # "U.S. magazine Life & Style" names the magazine after it
        after = end + len(_MAGAZINE)
        return not text[after + 1 : after + 2].isupper()
    if start and text.find(" ") == start - 1:
        word = text[: start - 1]
        return (
            word.isalpha()
            and word[0].isupper()
            and word not in NOT_NAMES
            and (word.isupper() or end == len(text))
        )
    if text.endswith(_PARTICLES, 0, start):
        particle = text.rfind(" ", 0, start - 1)
        before = text[text.rfind(" ", 0, particle) + 1 : particle]
        return before.lstrip(_OPENING_MARKS)[:1].isupper()
    return False
