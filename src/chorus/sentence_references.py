"""A paper's reference numerals after a sentence's stop: the sentence ends there.

A journal's page pasted as text keeps its superscript numerals as plain digits after the
stop they stood over: "… disability adjusted life years lost. 1 About 70% of this alcohol
burden …", "… is limited. 3–8 For example, …", "… guidelines. 9 , 11 Together, …",
"… insufficient on its own.55 Mass media campaigns …" (raw validation 154 [3], a BMJ Open
paper). blingfire ends no sentence before a digit, so a whole paragraph was read as one
sentence. The numerals belong to neither sentence: the one before ends at its stop, the
next opens on its capital, and numerals closing a paragraph ("… policy reform. 12") are in
no sentence either.

A page numbers its references: the shape recurs (29 times on 154 [3]); once on a page it is
a sentence opening on a figure ("… again and again. 30 Rock is now in syndication …", raw 5
[0]), which `sentence_ends` cuts at its stop, the figure kept. The word before the stop is
lower case or closed by a bracket or quotation mark, so "the No. 3 Democrat", "Feb. 25
(UPI)" and "p. 13" are no sentence's end. A sentence `sentence_ends` has already cut at a
reference's stop opens after its numerals here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from chorus.sentence_ends import glued_after

_NUMERAL = r"\d{1,3}(?:[–-]\d{1,3})?"
_AFTER_A_STOP = re.compile(
    r"\.(?=[)\]”’\"]*+ ?\d)(?:(?<=[a-z]{2}\.)|(?<=[)\]”’\"]\.))(?P<closing>[)\]”’\"]*+) ?"
    rf"{_NUMERAL}(?: ?, ?{_NUMERAL})*+(?P<next> +(?=[A-Z“\"‘])|[ \t]*(?:\n|$))"
)
"""A full stop (its closing marks kept with it), the numerals of one reference or a list and
range of them, then the next sentence's capital or opening quotation mark, or the line's end.
Led by its literal, a digit looked for first: most stops are followed by a space and a
capital, and fail there (the class of three stops led the scan at 36 µs a page, this 4)."""
_LEAST_ON_A_PAGE = 3
"""Reference numerals after a stop a page holds before it is read as numbering references."""
_CLOSING = ')]”’"'


def _word_before(text: str, stop: int) -> str:
    return text[max(0, stop - 40) : stop].rsplit(None, 1)[-1]


def _references(text: str) -> list[tuple[int, int]]:
    """The gaps each reference's numerals leave between two sentences of `text`: from its
    stop's closing marks to the next sentence's first character, on a page numbering its
    references."""
    gaps = []
    for match in _AFTER_A_STOP.finditer(text):
        word = _word_before(text, match.start())
        if word.islower() or word.endswith(tuple(_CLOSING)):
            gaps.append((match.end("closing"), match.end()))
    return gaps if len(gaps) >= _LEAST_ON_A_PAGE else []


def without_reference_numerals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans`, sentences of `text`, cut where a reference's numerals stand between two
    sentences, the numerals in neither (`_references`); a cut a title or an open quotation
    forbids (`glued_after`) is not made."""
    gaps = _references(text)
    if not gaps:
        return spans
    # each span reads only the gaps inside it, the first found by bisection: a long paper
    # holds thousands of both, and reading every gap for every span was quadratic
    gap_starts = [gap_start for gap_start, _ in gaps]
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        at = bisect_right(gap_starts, start)
        if at and gaps[at - 1][1] > start:
            # opening on a reference's numerals, cut from the sentence before at its stop
            # (`sentence_ends`: a stop before a figure), it opens after them
            start = min(gaps[at - 1][1], end)
        while at < len(gaps) and gaps[at][0] < end:
            gap_start, gap_end = gaps[at]
            at += 1
            if gap_start <= start:
                continue
            next_start = min(gap_end, end)
            if next_start < end and glued_after(text, start, gap_start, next_start):
                continue
            cut.append((start, gap_start))
            start = next_start
        if start < end and text[start:end].strip():
            cut.append((start, end))
    return cut
