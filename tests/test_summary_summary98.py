"""A quotation alone whose article credits it by name on the sentence before, shown below a
line naming no one (raw 204's Democratic Party words below "Recounts were also ordered
...", 64's Philip Morgan below the shutdown's births): read as the writer's, it is taken with
its credit or left out (summary98). One shown right below its credited line stays (raw
238's Robinson and Jorgensen, the stop 49 readers' items)."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_unshown import credit_unshown
from chorus.summarize.whose_words import quotation_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import (
    article_starts,
    row_of,
    sentences,
    shown_only_after_the_sentence_before,
)


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 238 (Scott Walker's announcement, the last read)."""
    return read_clusters(RAW_VALIDATION, 239)


def _rows(cluster: dict) -> tuple[list[str], list[int]]:
    """A cluster's sentences as the summary reads them, and the rows opening its articles."""
    return sentences(cluster), article_starts(cluster)


def test_the_governor_quotation_below_a_line_naming_no_one_is_marked(clusters):
    texts, starts = _rows(clusters[204])
    governor = row_of(texts, "“The governor is using his position")
    assert "Democratic Party Executive Director" in texts[governor - 1]
    recounts = row_of(texts, "Recounts were also ordered")
    assert credit_unshown(texts, [0, recounts, governor], starts) == [governor]
    # below its credit it is the party's
    assert credit_unshown(texts, [0, governor - 1, governor], starts) == []


def test_the_recount_summary_shows_the_governor_quotation_below_its_credit(clusters):
    assert shown_only_after_the_sentence_before(clusters[204], "“The governor is using")


def test_morgan_s_second_quotation_comes_with_its_credit(clusters):
    assert shown_only_after_the_sentence_before(clusters[64], "“A few hospitals will have")


def test_a_quotation_going_on_right_below_its_credited_half_stays(clusters):
    texts, starts = _rows(clusters[238])
    work = row_of(texts, "“But he still has a lot of work to do.”")
    suspect = row_of(texts, "“I suspect that’s why he’s leading in Iowa.")
    assert "said Craig Robinson" in texts[work - 1]
    assert "Andy Jorgensen" in texts[suspect - 1]
    shown = [0, work - 1, work, suspect - 1, suspect]
    assert credit_unshown(texts, shown, starts) == []
    assert quotation_apart(texts, shown, starts) == []
