"""A rare exact figure two outlets both write beside a word of what it measures: "The
average cost of a wedding last year exceeded $31,213, ..." / The Knot's "Average Wedding
Cost: $31,213 (excludes honeymoon)" (raw 18). Such a figure is the fact, yet it links no
pair as an own word does (agreement.py): an article that leads with it writes it again
("Of the $31,213, the highest since ..."), so it is no word the article writes once, and
the pair scores 0.31, below where a score alone links. Round figures ("$50,000",
"100,000") are said of many things and link nothing here. A figure with a decimal part
("1 to 2.4 hours" / "for one to 2.4 hours", raw 74; "over 4.75% of the company" / "any
stake larger than 4.75%", raw 217) is as exact, and no word at all to the stems, which drop
its one-digit runs: it stands in the pair's words as written."""

from __future__ import annotations

import re

from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import Similarity, stems

_EXACT = re.compile(r"(?<![\d,.-])(\$?)(\d{1,3}(?:,\d{3})+|\d{5,})(\.\d+)?(?![\d,]\d)")
"""A figure of five digits or more, or a dollar amount written with a thousands' comma
("$1,357"), with its cents."""
_FIVE_DIGITS = re.compile(r"\d{5}")
_DECIMAL = re.compile(r"(?<![\w.,])(\d{1,3}\.\d*[1-9])(?![\d,]|\.\d)")
"""A figure with a decimal part that is no run of zeros ("2.4", "4.75"; not "2.0"), not
inside another figure or a date ("1.2.3")."""
_NAMED_BEFORE = re.compile(r"[A-Z][\w.-]*(?<!['’]s) $")
"""A capitalised word right before a figure, no possessive: the figure is a version of
what it names ("iOS 8.1", "Keurig 2.1"), not a measure ("Croatia's 4.7 million")."""


def exact_figures(text: str) -> frozenset[str]:
    """The rare exact figures a sentence writes, as written: none ending in "00" without
    cents, a figure a writer rounds to, and those with a decimal part (`_DECIMAL`)."""
    found = {
        match[1]
        for match in (_DECIMAL.finditer(text) if "." in text else ())
        if not _NAMED_BEFORE.search(text, max(0, match.start() - 30), match.start())
    }
    # a literal spares most sentences the search
    if "," not in text and not _FIVE_DIGITS.search(text):
        return frozenset(found)
    for match in _EXACT.finditer(text):
        dollar, whole, cents = match.groups()
        digits = whole.replace(",", "")
        # without a "$" only five digits or more are rare ("2,400" is not)
        if (len(digits) < 5 and not dollar) or (digits.endswith("00") and not cents):
            continue
        found.add(match[0])
    return frozenset(found)


def exact_pairs(
    similarity: Similarity,
    pairs: list[tuple[int, int, float]],
    below: list[tuple[int, int, float]],
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` and of those `below` the agreement threshold (i, j, score), those whose
    sentences write one rare exact figure and share a content word that is no name nor
    figure (what the figure measures), each with the stems of the figures, as own words in
    common would be. A decimal figure, which has no stem, stands as written, and only in a
    pair `below`: from the threshold up, taken as an own word, it chose a statement's
    support over the line the statement's score alone linked, and left that line to a
    false fact (raw 45's "2.1 births per woman" took "... the fertility rate fell below
    replacement level" from "The U.S., Europe and other rich countries ...", which then
    stood on Rwanda's). Each sentence is read once."""
    sentences, stem_lists = similarity.sentences, similarity.stems
    figures: dict[int, frozenset[str]] = {}
    found: dict[tuple[int, int], frozenset[str]] = {}
    for pair_list, decimals in ((pairs, False), (below, True)):
        for i, j, _ in pair_list:
            for row in (i, j):
                if row not in figures:
                    figures[row] = exact_figures(sentences[row].text)
            if not (common := figures[i] & figures[j]):
                continue
            if not decimals:
                common = {figure for figure in common if not _DECIMAL.fullmatch(figure)}
            a, b = sentences[i].text, sentences[j].text
            words = {stem for stem in stem_lists[i] if not stem[0].isdigit()}
            if common and words.intersection(stem_lists[j]) - names_in_common(a, b):
                found[(i, j)] = frozenset(
                    stem
                    for figure in common
                    for stem in ([figure] if _DECIMAL.fullmatch(figure) else stems(figure))
                )
    return found
