"""Tests that the summary's line rules, read faster, answer as the readings they replaced,
on real articles (summary speed, twenty-sixth pass)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from chorus.dangling import _ANNOUNCED, _ANNOUNCES, introduces
from chorus.summarize.contrasts import _ANSWERED, _HOPED, _TAKES_BACK, _UNDONE, taken_back
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The sentences of the first 40 raw clusters, in order."""
    return [text for c in read_clusters(RAW_VALIDATION, 40) for text in sentences(c)]


def _announces_before(text: str) -> bool:
    """`dangling._introduces` as it read before: `_ANNOUNCES` after every closing stop."""
    text = text.rstrip()
    if text.endswith(":"):
        return True
    return text.endswith((".", '."', ".”", ".’", ".'")) and (
        _ANNOUNCES.search(text, max(0, len(text) - _ANNOUNCED)) is not None
    )


_ENDINGS = [
    " went further.",
    " went even further.”",
    " went a step further.'",
    " for two reasons.",
    ", but it had one great strength, I was told.",
    " raised several concerns, she said.",
    " has three weaknesses.’",
    " gave a few explanations.”",
    " named a couple of theories.",
    " went\u00a0further.",
    " went\tfurther. ",
    " for two reasons .",
    " for two reasons!",
    " for Two Reasons.",
    " for tworeasons.",
    " for two reasons:",
    " for two reasons.”)",
    " one great strength, I was told by many.",
    " said two things, said.",
]


def test_a_line_announcing_what_follows_is_read_as_before(texts) -> None:
    checked = texts + [text.rstrip(".") + ending for text in texts[::20] for ending in _ENDINGS]
    wanted = [_announces_before(text) for text in checked]
    assert introduces(checked).tolist() == wanted
    # the endings announce, and the gate lets them through: not a reading of nothing
    assert 400 < sum(wanted) < len(checked) - 1000


def _taken_back_before(texts: list[str]) -> list[bool]:
    """`contrasts.taken_back` as it read before: the pattern only where one of its words is;
    a court's sentence undone (summary62) and a hope answered (summary91) read on every
    pair."""
    words = ("evidence", "indication", "proof", "clear", "denie", "according")
    courts = ("sentenced", "convicted", "found guilty")
    return [
        (any(word in after for word in words) and _TAKES_BACK.match(after) is not None)
        or (any(word in text for word in courts) and _UNDONE.search(after) is not None)
        or (_HOPED.search(text) is not None and _ANSWERED.match(after) is not None)
        for text, after in itertools.pairwise(texts)
    ] + [False]


def test_a_line_the_next_takes_back_is_read_as_before(texts) -> None:
    openings = ["But there is no evidence of it. ", "However, it is unclear whether ", "Yet "]
    openings += ["“But according to police, ", "Still, he denied that ", "But no proof "]
    checked = texts + [opening + text for text in texts[::10] for opening in openings]
    # a sentence, then its undoing or a cut that leaves it standing
    for text in texts[::40]:
        checked += ["He was sentenced to two years.", "His sentence was later commuted, " + text]
        checked += ["She was convicted in 2010.", "The court reduced her sentence, " + text]
    marked = taken_back(checked)
    assert marked.tolist() == _taken_back_before(checked)
    assert 300 < np.count_nonzero(marked) < len(checked) - 1000
