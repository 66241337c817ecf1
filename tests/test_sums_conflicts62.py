"""Sums read in every scale of `SUM_SCALES` and a range read as its two ends (the
sixty-second conflicts pass): raw 107's WSJ "another $300-$400 billion in new deficit
spending ... than the $4 trillion in debt" is two sums, a range and a trillion, where main
read "$400 billion" alone; raw 112's "$1 trillion" cuts against McConnell's "$3 trillion"
are read too and still form no conflict (each sentence gives one sum, no tally beside it)."""

from __future__ import annotations

import dataclasses

import pytest

from chorus import brief
from chorus.analyze.sums import _disputed, sums
from tests.conftest import RAW_VALIDATION, read_clusters

JOBS_PLAN = 107
DEBT_DEAL = 112


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _sentence(documents: list[str], words: str) -> str:
    (text,) = [d for d in documents if words in d]
    start = text.rfind(". ", 0, text.index(words)) + 2
    return text[start : text.index(".", text.index(words)) + 1]


def test_a_range_is_read_as_its_two_ends_and_a_trillion_as_a_sum(raw):
    wsj = _sentence(raw[JOBS_PLAN]["documents"], "$300-$400 billion")
    found = {(s.written, s.low, s.high, s.thing) for s in sums(wsj)}
    assert found == {
        ("$300-$400 billion", 3e11, 4e11, "new deficit"),
        ("$4 trillion", 4e12, 4e12, "debt"),
    }


def test_a_range_meets_a_figure_inside_it_not_one_past_the_margin(raw):
    wsj = _sentence(raw[JOBS_PLAN]["documents"], "$300-$400 billion")
    (deficit,) = [s for s in sums(wsj) if s.thing == "new deficit"]
    inside = dataclasses.replace(deficit, low=3.5e11, high=3.5e11)
    at_the_margin = dataclasses.replace(deficit, low=4.4e11, high=4.4e11)
    past_it = dataclasses.replace(deficit, low=4.5e11, high=4.5e11)
    assert deficit.meets(inside) and deficit.meets(at_the_margin)
    assert not deficit.meets(past_it)


def test_the_jobs_plan_range_is_set_against_krugmans_parts_and_disputes_none(raw):
    documents = raw[JOBS_PLAN]["documents"]
    krugman = sums(_sentence(documents, "about $200 billion in new spending"))
    wsj = sums(_sentence(documents, "$300-$400 billion"))
    assert len(krugman) == len(wsj) == 2  # both read, so the pair is compared
    assert _disputed(krugman, wsj) is None
    assert brief(documents, words=100).analysis.conflicts == ()


def test_the_debt_deals_trillions_are_read_and_no_conflict(raw):
    documents = raw[DEBT_DEAL]["documents"]
    mcconnell = sums(_sentence(documents, "$3 trillion in guaranteed"))
    first_phase = sums(_sentence(documents, "$1 trillion in spending"))
    (whole,) = [(s.written, s.thing) for s in mcconnell]
    (part,) = [(s.written, s.thing) for s in first_phase]
    assert whole == ("about $3 trillion", "guaranteed spending")
    assert part == ("around $1 trillion", "spending")
    assert mcconnell[0].same_thing(first_phase[0]) and not mcconnell[0].meets(first_phase[0])
    # one sum a sentence: no tally of another thing beside it, so no dispute is formed
    assert brief(documents, words=100).analysis.conflicts == ()
