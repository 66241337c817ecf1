"""The summary a reader sees, twenty-fifth pass, on raw Multi-News validation clusters
(0-based lines of the file): a row introducing one that is shut (80's "Some have even
claimed that the fix made the situation worse:" over a forum quotation) is not taken, so
it cannot bring the shut row along."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.dangling import introduces
from chorus.represent import embed
from chorus.settings import SummaryOptions
from chorus.summarize.select import select
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _chosen(texts: list[str], top: int, shut: np.ndarray) -> list[int]:
    """`select` over the real sentences with `top` scored highest and colon leads marked."""
    scores = np.zeros(len(texts))
    scores[top] = 10.0
    words = np.array([len(t.split()) for t in texts])
    leads = introduces(texts)
    return select(scores, embed(texts), words, SummaryOptions(), leads=leads, shut=shut)


def test_a_row_leading_into_a_shut_row_is_not_taken(clusters):
    """80's claim line ends on a colon and leads into the forum quotation "Lost 15% in 45
    mins and I didn't even use the phone. ...": with the quotation shut, select took the
    claim and the shut quotation with it (summary24's note); now neither."""
    texts = sentences(clusters[80])
    claim = next(n for n, t in enumerate(texts) if t.startswith("Some have even claimed"))
    assert texts[claim + 1].startswith('"Lost 15% in 45 mins')
    nothing_shut = np.zeros(len(texts), dtype=bool)
    assert _chosen(texts, claim, nothing_shut)[:2] == [claim, claim + 1]
    shut = nothing_shut.copy()
    shut[claim + 1] = True
    chosen = _chosen(texts, claim, shut)
    assert claim not in chosen and claim + 1 not in chosen
    assert len(chosen) >= 6
