"""A row whose surname's introduction an undo took away is left out with it (mend85; raw
Multi-News validation, 0-based lines of the file): raw 19's Gidley introduction, undone for
[1]'s lead, left "“It's still in a very strong place,” Gidley said." below "White House
officials are downplaying ..." with no line saying who Gidley is; raw 49's "Vecchio said she
views the anthem ..." the same once "Karen Vecchio, who became the MP ..." was undone. A tie
put back when no lead comes back takes the rounds' readings back with the masks."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.pulls_undone import PullsUndone
from chorus.summarize.surname_introductions import introductions
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 49 (O Canada's lyrics)."""
    return read_clusters(RAW_VALIDATION, 50)


def _bare_speakers(cluster: dict) -> dict[int, int]:
    """The rows of the cluster's 250-word summary whose speaker is a surname no shown line
    names in full, with the line of their article that would introduce them."""
    texts = summary_texts.sentences(cluster)
    starts = summary_texts.article_starts(cluster)
    article_of = np.searchsorted(starts, np.arange(len(texts)), side="right") - 1
    # a shown lead may drop its dateline ("OTTAWA -- ")
    lines = summary_texts.summary(cluster)
    shown = [next(n for n, text in enumerate(texts) if text.endswith(line)) for line in lines]
    return introductions(texts, shown, article_of.tolist(), starts)


def test_an_undone_introduction_takes_its_line_out_and_the_leads_stay(clusters):
    shown = summary_texts.summary(clusters[19])
    assert not any("Gidley" in line for line in shown)
    assert shown[0].startswith("White House officials are downplaying the recent chaos")
    assert "President Donald Trump is learning a basic and painful lesson" in " ".join(shown)
    # Sanders' introduction, its tie costing no lead once Gidley's line is out, stays
    at = next(n for n, line in enumerate(shown) if line.endswith('," Sanders said.'))
    assert "Press Secretary Sarah Huckabee Sanders" in shown[at - 1]
    assert _bare_speakers(clusters[19]) == {}


def test_an_introduction_whose_undo_brings_no_lead_back_is_kept(clusters):
    # left out with "Vecchio said ...", the introduction still did not give [2]'s lead
    # back: the tie is put back and the surname is named in full above it
    shown = summary_texts.summary(clusters[49])
    said = next(n for n, line in enumerate(shown) if line.startswith("Vecchio said she views"))
    assert any(line.startswith("Karen Vecchio, who became the MP") for line in shown[:said])
    assert _bare_speakers(clusters[49]) == {}


def test_a_tie_put_back_takes_the_rounds_readings_back():
    shut, pulls, wanted = (np.zeros(10, dtype=bool) for _ in range(3))
    brings = np.full(10, -1)
    undo = PullsUndone(frozenset({0, 5, 6}), pulls, np.array([9, 4, 30, 6, 5, 20, 8, 7, 6, 5]))
    read, retold, reopening = {0, 2, 3, 4, 5, 9}, {1: 0}, set()
    undo.seen([0, 5, 2, 9])
    pulls[4] = True
    brings[9] = 2
    assert undo.undone([0, 2, 3, 4, 9], shut, pulls, brings, wanted, read, retold, reopening)
    assert undo.left_bare([9, 4]) == [9]
    # the round after the undo reads row 7 as the page's, a lead as retold, its opening
    read.add(7)
    shut[7] = True
    retold[6] = 0
    reopening.add(7)
    undo.seen([6])
    # 5 still lost: put back, row 7 read again when chosen again, lead 6 never lost
    assert undo.undone([0, 3, 4, 6], shut, pulls, brings, wanted, read, retold, reopening)
    assert read == {0, 2, 3, 4, 5, 9} and retold == {1: 0} and not reopening and not shut[7]
    assert undo.left_bare([9]) == [] and brings[9] == 2
    # chosen as before: the next tie is tried, for the lead lost before only
    assert undo.undone([0, 2, 3, 4, 9], shut, pulls, brings, wanted, read, retold, reopening)
    assert undo.undo is not None and undo.undo.lost == [5] and not pulls[4]
