"""A count two outlets both give of one thing: one figure written in digits right before
the same noun ("has come to the rescue of 71 beagles" / "say 71 beagles have been
removed", raw 13) or right after the same verb ("made seven 3-pointers to score 23" / "He
scored 23 points", raw 226). The figure is the fact, yet it links no pair as an own word
does (agreement.py): an article that leads with it writes it again ("The sudden influx of
71 dogs ..."), and so does the noun, so the two leads share no word their articles write
once and score 0.418, below where a score alone links."""

from __future__ import annotations

import re

from chorus.analyze.measures import UNIT_STEMS
from chorus.analyze.own_words import FUNCTION_STEMS, names_in_common
from chorus.analyze.similarity import STEM_LENGTH, STOP_WORDS, Similarity
from chorus.facts import placed_figures
from chorus.language.counts import LINKS

_COUNTED = re.compile(r"(?:[ ]+(?:million|billion|trillion|thousand|hundred))?[ ]+([A-Za-z]+)")
"""The word a figure counts, right after it or after its scale ("$1 trillion spending bill")."""
_BOUND = re.compile(r"^(?:[A-Za-z]+[ ]+)+|\$[ ]?")
"""A figure's bound words ("more than", "at least") and a dollar sign before its digits."""
_DONE = re.compile(r"(?<![\w'’])([a-z]+)[ ]+$")
"""The word right before a figure, in lower case: the verb of what it counts ("score 23")."""
_DIGITS = re.compile(r"\d+")
_NOT_TIES = (
    frozenset(
        word[:STEM_LENGTH]
        for word in (
            *STOP_WORDS,
            *LINKS,
            *("years", "months", "weeks", "days", "hours", "minutes", "seconds", "times"),
            *("percent", "cent", "dollars", "dlrs", "first", "second", "third"),
        )
    )
    | FUNCTION_STEMS
    | UNIT_STEMS
)
"""Words beside a figure that tie it to no thing of the story: a link ("by $2 billion"), a
span of time ("over the next 10 years" / "within 10 years", raw 72: two plans; "150 million
years ago", raw 33, told of two finds), a multiple, a share or a unit of money ("dlrs 100
million", DUC 28: an offer and its withdrawal), an ordinal before the thing counted ("20
first-grade students" / "20 first graders" took raw 191's line on who bought the rifle as
told by the toll) and a unit of measure: a distance or a speed tells where or how, and
linked raw 196's "12 miles out of Nulato" lines over its right rows."""


def tied_figures(text: str) -> frozenset[tuple[str, str]]:
    """The counts a sentence writes in digits, each as its figure (its scale kept, its bound
    dropped: "2 billion", "8,000" of "more than 8,000") and the stem of the word right after
    it (what it counts) or, written "<" first, right before it (what was done): no year, no
    figure after a word holding a capital (a name's number or a day's: "Game 5", "iOS 5",
    "Aug. 7"), no word of `_NOT_TIES`."""
    if not _DIGITS.search(text):
        return frozenset()
    found = set()
    for placed in placed_figures(text):
        start = placed.figure.start
        # past its bound ("more than 8,000"): a figure of digits, not of number words
        numeral = _BOUND.sub("", text[start : placed.figure.end]).lower()
        if placed.year or not numeral[:1].isdigit():
            continue
        # a capitalised word before it: a name's number or a day's ("Game 5", "Aug. 7")
        if any(character.isupper() for character in _word_before(text, start)):
            continue
        if (counted := _COUNTED.match(text, placed.figure.end)) and (
            thing := counted[1].lower()[:STEM_LENGTH]
        ) not in _NOT_TIES:
            found.add((numeral, thing))
        if (done := _DONE.search(text, max(0, start - 30), start)) and (
            verb := done[1][:STEM_LENGTH]
        ) not in _NOT_TIES:
            found.add((numeral, "<" + verb))
    return frozenset(found)


def _word_before(text: str, at: int) -> str:
    """The word (any run but spaces) right before `at`."""
    before = text[max(0, at - 30) : at].rstrip().rsplit(None, 1)
    return before[-1] if before else ""


def tied_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose sentences give one count of one thing
    (`tied_figures`), that thing no name both write, each with the figure and the thing's
    stem, as own words in common would be."""
    sentences = similarity.sentences
    # the digits first: most pairs share none, and reading the figures costs ~30 µs a sentence
    rows = {row for i, j, _ in pairs for row in (i, j)}
    digits = {row: frozenset(_DIGITS.findall(sentences[row].text)) for row in rows}
    read: dict[int, frozenset[tuple[str, str]]] = {}
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in pairs:
        if digits[i].isdisjoint(digits[j]):
            continue
        for row in (i, j):
            if row not in read:
                read[row] = tied_figures(sentences[row].text)
        if not (common := read[i] & read[j]):
            continue
        names = names_in_common(sentences[i].text, sentences[j].text)
        stems = {
            part
            for figure, tie in common
            if (word := tie.lstrip("<")) not in names
            for part in (*_DIGITS.findall(figure), word)
        }
        if stems:
            found[(i, j)] = frozenset(stems)
    return found
