"""Tests that `select`, its step's Python wrappers cut, chooses as it did, on real
articles (summary speed, forty-third pass): `ndarray.max` called as `np.maximum.reduce`,
a row's terms sliced by plain ints, and the group a picked row brings read once."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize import row_ties
from chorus.summarize.features import ClusterView, cluster_view, feature_matrix
from chorus.summarize.scorers import scores
from chorus.summarize.select import _GREATEST, select
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def views() -> list[ClusterView]:
    """The first 60 raw clusters' views."""
    found = []
    for cluster in read_clusters(RAW_VALIDATION, 60):
        groups = [s for a in as_articles(cluster["documents"]) if (s := split(clean(a)))]
        flat = [sentence.text for group in groups for sentence in group]
        found.append(cluster_view(groups, embed(flat)))
    return found


def test_greatest_is_ndarray_max_on_a_clusters_cosines(views) -> None:
    for view in views[:10]:
        cosines = view.vectors[:5] @ view.vectors[7]
        assert _GREATEST(cosines) == cosines.max()
        assert type(_GREATEST(cosines)) is type(cosines.max())
    with_nan = np.array([0.2, np.nan, 0.9])
    assert np.isnan(_GREATEST(with_nan)) and np.isnan(with_nan.max())
    with pytest.raises(ValueError):
        _GREATEST(np.zeros(0))


def test_a_row_leading_into_the_next_is_chosen_right_before_it(views) -> None:
    """A row shown with the row after it (`leads`: a line pointing ahead, a quotation before
    its credit line) is chosen with that row right after it: the group read for the row's
    copy test is the group taken."""
    options = SummaryOptions()
    led = 0
    for view in views:
        ties = row_ties(view)
        key = scores(feature_matrix(view, options), options, view)
        masks = {"follows": ties.follows, "leads": ties.leads, "shut": ties.shut}
        chosen = select(
            key, view.vectors, view.words, options, view.terms, pulls=ties.pulls, **masks
        )
        assert len(chosen) == len(set(chosen))
        for at, row in enumerate(chosen):
            if row + 1 < len(view.texts) and ties.leads[row] and row + 1 not in chosen[:at]:
                assert chosen[at + 1] == row + 1, (row, chosen)
                led += 1
    assert led >= 3


def test_every_row_chosen_alone_passes_the_overlap_cut_on_all_its_terms(views) -> None:
    """The overlap cut reads each candidate's terms (sliced by plain ints now): chosen with
    no ties and no fill pass, every row has at most `overlap` of its terms in the rows
    chosen before it, and one at least of its own."""
    options = SummaryOptions()
    read = 0
    for view in views:
        key = scores(feature_matrix(view, options), options, view)
        chosen = select(key, view.vectors, view.words, options, terms=view.terms)
        covered: set[int] = set()
        for row in chosen:
            own = set(view.terms.of(row).tolist())
            if own:
                seen = len(own & covered)
                assert seen <= options.overlap * len(own) and seen < len(own), (row, chosen)
                read += 1
            covered |= own
    assert read > 300
