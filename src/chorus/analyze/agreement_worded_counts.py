"""A count two outlets both give of one thing in words: "A judge has thrown out three murder
charges ..." / "... to drop three first-degree murder charges against Gosnell" (raw 119).
agreement_tied_figures.py reads counts in digits; a count in words links no pair as an own
word does, for its article and the other write "murder" and "charges" again, and the two
score 0.322, below the agreement threshold. A count in words is looser than one in digits
("Three people were stabbed" / "Three people have been detained", raw 35, two deeds), so two
sentences need a word in common besides the count and its thing (here "judge"); a count
joined to its word ("three-day visit", "four-time champion"), given as known by either ("the
three doctors" / "one of only three doctors", DUC 21; unlike a count in digits, which one side
may give: agreement_tied_figures.counted_alike), of a span of time, a height in floors or before
a capitalised word ("three Canadian doctors") ties nothing."""

from __future__ import annotations

import re

from chorus.analyze.agreement_tied_figures import NOT_TIES, given_before
from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import STEM_LENGTH, Similarity
from chorus.language.numbers import LOWER_BOUND, ROUGHLY, UPPER_BOUND

_COUNTS = (
    *("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
    *("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
)
"""Counts in words that may tie: "one" and "two" count too much of any story ("two men",
"two officers") to tell its fact."""
_COUNT_STEMS = frozenset(word[:STEM_LENGTH] for word in _COUNTS)
_WORDED = re.compile(
    rf"(?<![\w-])({'|'.join(_COUNTS)})(?![\w-])[ ]+((?:[A-Za-z]+-[A-Za-z-]+[ ]+)*)([A-Za-z]+)",
    re.IGNORECASE,
)
"""A count in words, not joined to a word by a hyphen, and the word it counts, past words
joined by hyphens ("three first-degree murder charges": "murder")."""
_NOT_THINGS = frozenset(
    word[:STEM_LENGTH]
    for word in (
        *("decades", "centuries", "dozen", "hundred", "thousand", "million", "billion"),
        *("stories", "storeys", "floors"),
    )
)
"""Spans of time beside agreement_tied_figures' ("three decades"), scales, which are the
count's own ("eight billion"), and a height in floors, a measure as feet are (its units of
measure): "fell down the shaft and landed on the elevator car, which was ... eight stories
below" / "the car jerked and plummeted eight stories" (raw 17) tell two falls."""
_BOUNDS = re.compile(rf"(?:\b(?:{LOWER_BOUND}|{UPPER_BOUND}|{ROUGHLY}|only|just)[ ]+)+$", re.I)
"""Bound words right before a count, passed over to read the word before them ("one of only
three doctors")."""
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your", "whose"))
"""Possessive words that give a count as known as "the country's" does: "the British phone
company whose four employees were kidnapped" (DUC 15) recalls them on the way to a warning,
"his five brothers" (raw 23) on the way to a letter."""


def worded_counts(text: str) -> frozenset[tuple[str, str]]:
    """The counts a sentence tells in words, each as the number word's stem and the stem of the
    word it counts; none given as known, after "the", "of", a possessive (`given_before`,
    `_POSSESSIVES`) past its bound words: "the three doctors", "one of only three doctors"."""
    found = set()
    for match in _WORDED.finditer(text):
        thing = match[3]
        stem = thing[:STEM_LENGTH].lower()
        if thing[0].isupper() or stem in NOT_TIES or stem in _NOT_THINGS:
            continue
        before = _BOUNDS.sub("", text[max(0, match.start() - 40) : match.start()]).split()
        word = before[-1].lower() if before else ""
        if word not in _POSSESSIVES and not given_before(word, False):
            found.add((match[1].lower()[:STEM_LENGTH], stem))
    return frozenset(found)


def worded_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose sentences both tell one count in words of one
    thing (`worded_counts`), that thing no name both write, and that share a word besides
    (no name nor count), each with the count and the thing's stem, as own words in common
    would be."""
    sentences, stems = similarity.sentences, similarity.stems
    # a count's stem first: most sentences write none
    rows = {row for i, j, _ in pairs for row in (i, j)}
    held = {row: _COUNT_STEMS.intersection(stems[row]) for row in rows}
    read: dict[int, frozenset[tuple[str, str]]] = {}
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in pairs:
        if held[i].isdisjoint(held[j]):
            continue
        for row in (i, j):
            if row not in read:
                read[row] = worded_counts(sentences[row].text)
        if not (common := read[i] & read[j]):
            continue
        names = names_in_common(sentences[i].text, sentences[j].text)
        tied = {part for count, thing in common if thing not in names for part in (count, thing)}
        besides = set(stems[i]).intersection(stems[j]) - names - _COUNT_STEMS - tied
        if tied and besides:
            found[(i, j)] = frozenset(tied)
    return found
