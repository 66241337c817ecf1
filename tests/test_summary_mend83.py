"""Any tie a summary's rounds make (a credit, an introduction, a line before) is undone
when, the choice settled, it has cost an article's lead chosen before its place (mend83,
raw Multi-News validation, 0-based lines of the file): raw 19's Gidley introduction,
brought for "“It's still in a very strong place,” Gidley said.", took [1]'s lead and the
headline; raw 86's "“It's bent pretty badly,” he said ..." pulled with its credit took [3]'s
lead. One tie is tried at a time, the longest line first, and put back when no lead comes
back."""

from __future__ import annotations

import numpy as np
import pytest

from chorus import brief
from chorus.render.headline_choice import headline
from chorus.summarize.pulls_undone import PullsUndone
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 86 (Sunday's talk shows)."""
    return read_clusters(RAW_VALIDATION, 87)


def test_an_introduction_brought_in_gives_way_to_the_lead_it_cost(clusters):
    briefing = brief(clusters[19]["documents"], words=250)
    texts = [s.text for s in briefing.summary]
    assert texts[0].startswith("White House officials are downplaying the recent chaos")
    assert not any(t.startswith("In an interview with CNN, Hogan Gidley") for t in texts)
    # the line it was brought for is left out with it, its surname introduced by no line
    # (mend85)
    assert not any("Gidley" in t for t in texts)
    chosen = headline(briefing)
    assert chosen.text.startswith("White House officials are downplaying")
    assert chosen.source.startswith("summary sentence 1")


def test_a_credit_pulled_in_gives_way_to_another_outlets_lead(clusters):
    shown = summary_texts.summary(clusters[86])
    assert shown[0].startswith("Former Senate Majority Leader Bob Dole says he doesn't")
    # its quotation credited to "he", its pull undone, is left out as it is when it
    # cannot be taken with the line naming him
    assert not any(t.startswith('"It\'s bent pretty badly," he said') for t in shown)


def _masks(rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`shut`, `pulls`, `brings` and `wanted` of a cluster of `rows` rows, none set."""
    empty = np.zeros(rows, dtype=bool)
    return empty.copy(), empty.copy(), np.full(rows, -1), empty.copy()


def test_one_tie_at_a_time_the_longest_line_first_and_a_brought_one_too():
    shut, pulls, brings, wanted = _masks(10)
    pulls[8] = True  # read before any choice: never undone
    undo = PullsUndone(frozenset({0, 5}), pulls, np.array([9, 4, 30, 6, 5, 20, 8, 7, 6, 5]))
    undo.seen([0, 5])
    pulls[4] = True  # with row 3, 6 words
    brings[9] = 2  # Gidley's introduction, 30 words
    chosen = [0, 2, 3, 4, 7, 8, 9]
    assert undo.undone(chosen, shut, pulls, brings, wanted)
    assert brings[9] == -1 and pulls[4] and pulls[8]
    assert undo.tied(9, pulls)  # no rule brings it again
    # the lead came back: the introduction stays undone; nothing else is lost
    assert not undo.undone([0, 3, 4, 5, 9], shut, pulls, brings, wanted)
    assert brings[9] == -1 and pulls[4]


def test_a_tie_put_back_when_no_lead_comes_back_and_the_next_one_tried():
    shut, pulls, brings, wanted = _masks(10)
    undo = PullsUndone(frozenset({0, 5}), pulls, np.array([9, 4, 30, 6, 5, 20, 8, 7, 6, 5]))
    undo.seen([0, 5])
    pulls[4] = True
    brings[9] = 2
    assert undo.undone([0, 2, 3, 4, 9], shut, pulls, brings, wanted) and brings[9] == -1
    shut[7] = True  # a rule of the round after the undo
    # 5 still lost: the masks put back as they were, the introduction kept for good
    assert undo.undone([0, 3, 4, 7], shut, pulls, brings, wanted)
    assert brings[9] == 2 and not shut[7] and not undo.tied(9, pulls)
    # chosen as before: the next tie is tried
    assert undo.undone([0, 2, 3, 4, 9], shut, pulls, brings, wanted) and not pulls[4]
    assert undo.undone([0, 2, 6, 9], shut, pulls, brings, wanted) and pulls[4]
    assert not undo.undone([0, 2, 3, 4, 9], shut, pulls, brings, wanted)  # settled
