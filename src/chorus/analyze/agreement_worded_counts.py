"""A count two outlets both give of one thing in words: "A judge has thrown out three murder
charges ..." / "... to drop three first-degree murder charges against Gosnell" (raw 119).
agreement_tied_figures.py reads counts in digits; a count in words links no pair as an own
word does, for its article and the other write "murder" and "charges" again, and the two
score 0.322, below the agreement threshold. A count in words is looser than one in digits
("Three people were stabbed" / "Three people have been detained", raw 35, two deeds), so two
sentences need a word in common besides the count and its thing, near it (here "charges",
"judge"); a count joined to its word ("three-day visit", "four-time champion"), given as known
by either ("the three doctors" / "one of only three doctors", DUC 21; unlike a count in digits,
which one side may give: agreement_tied_figures.counted_alike), of a span of time, a height in
floors or before a capitalised word ("three Canadian doctors") ties nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chorus.analyze.agreement_tied_figures import NOT_TIES, counted_pairs, given_before
from chorus.analyze.similarity import STEM_LENGTH, Similarity, stems
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
NEAR = 5
"""Words before a count or after what it counts read for the deed done to it: "has thrown out
three murder charges" / "to drop three first-degree murder charges" (raw 119) share "charges" and
"judge" there; "Murder charges have been filed against three men ..." / "Three men identified by
police as gang members and a woman were arrested ..." (raw 161, charged and arrested: two facts,
agreement_reader22's gold) share only "police" and "shoes", further off."""
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your", "whose"))
"""Possessive words that give a count as known as "the country's" does: "the British phone
company whose four employees were kidnapped" (DUC 15) recalls them on the way to a warning,
"his five brothers" (raw 23) on the way to a letter."""


def worded_counts(text: str) -> frozenset[tuple[str, str]]:
    """The counts a sentence tells in words, each as the number word's stem and the stem of the
    word it counts; none given as known, after "the", "of", a possessive (`given_before`,
    `_POSSESSIVES`) past its bound words: "the three doctors", "one of only three doctors"."""
    return frozenset(tie for tie, _ in _told(text))


def _told(text: str) -> Iterator[tuple[tuple[str, str], re.Match[str]]]:
    """Each count `worded_counts` reads, with its match."""
    for match in _WORDED.finditer(text):
        thing = match[3]
        stem = thing[:STEM_LENGTH].lower()
        if thing[0].isupper() or stem in NOT_TIES or stem in _NOT_THINGS:
            continue
        before = _BOUNDS.sub("", text[max(0, match.start() - 40) : match.start()]).split()
        word = before[-1].lower() if before else ""
        if word not in _POSSESSIVES and not given_before(word, False):
            yield (match[1].lower()[:STEM_LENGTH], stem), match


def _near(text: str, ties: frozenset[tuple[str, str]]) -> set[str]:
    """The stems of the words within NEAR words of a count of `ties` a sentence tells, before
    the count or after what it counts: the deed done to what it counts."""
    near: set[str] = set()
    for tie, match in _told(text):
        if tie in ties:
            words = text[: match.start()].split()[-NEAR:] + text[match.end() :].split()[:NEAR]
            near.update(stems(" ".join(words)))
    return near


def worded_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose sentences both tell one count in words of one
    thing (`worded_counts`), that thing no name both write, and that share a word besides near
    the count (`_near`; no name nor count), each with the count and the thing's stem, as own
    words in common would be."""
    held, sentences = similarity.stems, similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    # a count's stem first: most sentences write none
    for i, j, common, names in counted_pairs(
        similarity,
        pairs,
        lambda row: _COUNT_STEMS.intersection(held[row]),
        worded_counts,
        frozenset.intersection,
    ):
        tied = {part for count, thing in common if thing not in names for part in (count, thing)}
        near = _near(sentences[i].text, common) & _near(sentences[j].text, common)
        besides = near - names - _COUNT_STEMS - tied
        if tied and besides:
            found[(i, j)] = frozenset(tied)
    return found
