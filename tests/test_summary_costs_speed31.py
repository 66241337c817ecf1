"""Tests that four summary rules, read after cheaper literal tests, answer as their readings
before those tests did, on real articles and on copies with their forms glued in (summary
speed, thirty-first pass)."""

from __future__ import annotations

import itertools

import pytest

from chorus.language.quotations import QUOTED
from chorus.summarize.contrasts import _ANSWERED, _CALLED_FALSE, _HOPED, _TAKES_BACK, taken_back
from chorus.summarize.pointed_at import (
    _MENTIONED,
    _TALKED_OF,
    _TEASES,
    _that_one,
    _that_talk,
    points_at_before,
    teases,
)
from chorus.summarize.quoted_twice import (
    _CURLY,
    _SINGLE,
    _STRAIGHT,
    _TEX,
    _WORD,
    RUN,
    _title,
    quotations,
)
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

# Each rule's forms, some read and some not: a noun inside another word, a person named
# before "that person", a contrast missing, a quoted lie, a quotation too short.
_ENDINGS = (
    "Brad also revealed the last conversation he had with Devin.",
    "She shared her secret.”",
    "He described the moment.",
    "He described the moment in detail.",
    "She disclosed the reason.",
    "It was not clear if police were still searching for that person.",
    "His nominee was denied by that man.",
    "The dog bit that woman's hand.",
    "The officer said that individual fled.",
    "They sought that mannequin.",
    "He was asked to answer these questions.",
    "She denied those allegations in court.",
    "The story though was all a lie according to police.",
    "The claim, however, is false.",
    "Police said the story was a hoax.",
    "He said “it was all a lie” though.",
    "But it was untrue, he said.",
    '"We will keep working on this for as long as it takes," she said.',
    "“Short words,” he said.",
    "“We are going to win this race in November,” she said.",
    "He read ``a quotation set in the old marks of typesetting'' aloud.",
)
_OPENINGS = ("But ", "However, ", "Still, there was no evidence ", "Yet ")


_CLUSTERS = 40


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The sentences of the first 40 raw clusters, then each tenth with each ending glued on
    and each opening glued before it."""
    found = [text for c in read_clusters(RAW_VALIDATION, _CLUSTERS) for text in sentences(c)]
    glued = [t + " " + ending for t in found[::10] for ending in _ENDINGS]
    return found + glued + [opening + t for t in found[::10] for opening in _OPENINGS]


def _tenths(texts: list[str]) -> int:
    """How many sentences had the forms glued on."""
    return len(texts) // (10 + len(_ENDINGS) + len(_OPENINGS))


def _points_at_before(text: str) -> bool:
    if summary_texts.FAULT_POINTED.search(text):
        return True
    if ("these " in text or "those " in text) and _TALKED_OF.search(QUOTED.sub(" ", text)):
        return True
    if _MENTIONED.search(QUOTED.sub(" ", text)):
        return True
    if "that " in text and _that_talk(QUOTED.sub(" ", text)):
        return True
    return "that " in text and _that_one(QUOTED.sub(" ", text))


def _teases(text: str) -> bool:
    verbs = ("revealed ", "shared ", "recalled ", "described ", "disclosed ", "detailed ")
    return any(verb in text for verb in verbs) and _TEASES.search(text) is not None


def _taken_back(after: str) -> bool:
    words = (" lie", "hoax", "false", "untrue", "fabricated")
    if _TAKES_BACK.match(after):
        return True
    return any(w in after for w in words) and bool(_CALLED_FALSE.search(QUOTED.sub(" ", after)))


def _quotations(text: str) -> tuple[str, ...]:
    # in single marks too since summary104 (raw 175's caption)
    if not any(mark in text for mark in ("“", '"', "``")) and text.count("'") < 2:
        return ()
    stretches = _CURLY.findall(text) + _TEX.findall(text)
    if text.count('"') % 2 == 0:
        stretches += _STRAIGHT.findall(text)
    stretches += _SINGLE.findall(text)
    words = (_WORD.findall(stretch.replace("’", "'")) for stretch in stretches)
    return tuple(f" {' '.join(w).lower()} " for w in words if len(w) >= RUN and not _title(w))


def test_points_at_before_answers_as_before(texts: list[str]) -> None:
    expected = [_points_at_before(t) for t in texts]
    assert [points_at_before(t) for t in texts] == expected
    # "that person" and "these questions" are read; "that mannequin" and "his nominee ...
    # that man" are not
    assert _tenths(texts) <= sum(expected) < len(texts) // 5
    assert not points_at_before("They sought that mannequin.")
    assert not points_at_before("His nominee was denied by that man.")


def test_teases_answers_as_before(texts: list[str]) -> None:
    expected = [_teases(t) for t in texts]
    assert teases(texts).tolist() == expected
    assert sum(expected) >= 4 * _tenths(texts)
    assert not teases(["He described the moment in detail."])[0]


def test_taken_back_answers_as_before(texts: list[str]) -> None:
    # a hope the next line answers (summary91) is read on every pair
    expected = [
        _taken_back(after) or bool(_HOPED.search(text) and _ANSWERED.match(after))
        for text, after in itertools.pairwise(texts)
    ] + [False]
    assert taken_back(texts).tolist() == expected
    # the false words with a contrast are read, without one ("... was a hoax.") they are not
    texts_after = ["It happened.", "The claim, however, is false.", "It was a hoax."]
    assert taken_back(texts_after).tolist() == [True, False, False]
    assert taken_back(["It happened.", "But within hours, it was all a hoax."]).tolist() == [
        True,
        False,
    ]
    assert sum(expected) >= 3 * _tenths(texts)


def test_quotations_read_as_before(texts: list[str]) -> None:
    expected = [_quotations(t) for t in texts]
    assert [quotations(t) for t in texts] == expected
    assert sum(bool(found) for found in expected) >= _tenths(texts)
