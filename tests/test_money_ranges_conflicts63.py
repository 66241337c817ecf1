"""A range of two sums written "$300-$400 billion" read by the agreed facts as its two ends
(the sixty-third conflicts pass): raw 107's WSJ "another $300-$400 billion in new deficit
spending ..." was "$400 billion" alone to `placed_figures`, which reads no number before a
hyphen, and its en-dash form would give the low end as "$300" with no scale. The sums of the
conflicts (sums.py) read it so since the sixty-second pass; the briefing of 107 is unchanged,
and still shows no conflict: Krugman's parts, about $440 billion, stand within a tenth of the
range's top."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.agreement_sums_apart import _sums, own_sums_apart
from chorus.facts import placed_figures
from tests.conftest import RAW_VALIDATION, read_clusters

JOBS_PLAN = 107


@pytest.fixture(scope="module")
def documents() -> list[str]:
    return read_clusters(RAW_VALIDATION, 250)[JOBS_PLAN]["documents"]


def _sentence(documents: list[str], words: str) -> str:
    (text,) = [d for d in documents if words in d]
    start = text.rfind(". ", 0, text.index(words)) + 2
    return text[start : text.index(".", text.index(words)) + 1]


def test_the_wsj_range_is_one_figure_from_its_low_end_to_its_high_end(documents):
    wsj = _sentence(documents, "$300-$400 billion")
    money = [
        (wsj[p.figure.start : p.figure.end], p.figure.low, p.figure.high)
        for p in placed_figures(wsj)
        if p.money
    ]
    assert money == [("300-$400 billion", 3e11, 4e11), ("4", 4.0, 4.0)]
    # the agreed facts' sums of money, "trillion" read after the figure
    assert _sums(wsj) == ((3e11, 4e11), (4e12, 4e12))


def test_an_en_dash_range_takes_its_high_ends_scale(documents):
    wsj = _sentence(documents, "$300-$400 billion").replace("$300-$400", "$300–$400")
    assert _sums(wsj) == ((3e11, 4e11), (4e12, 4e12))  # not "$300" and "$400 billion"


def test_a_sum_inside_the_range_is_one_of_its_values(documents):
    wsj = _sentence(documents, "$300-$400 billion")
    sullivan = _sentence(documents, "$450 billion to its remit")
    # $450 billion lies past the range's top widened by a tenth: the two tell their own sums
    assert own_sums_apart(wsj, sullivan, set())
    # a sum inside the range is one the range allows, which its high end alone did not
    assert not own_sums_apart(wsj, sullivan.replace("$450 billion", "$330 billion"), set())


def test_the_jobs_plan_briefing_shows_no_conflict(documents):
    assert brief(documents, words=250).analysis.conflicts == ()
