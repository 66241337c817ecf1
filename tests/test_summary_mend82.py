"""A contrast's short line before pulled in (summary82) takes no article's lead's place
(mend82, raw Multi-News validation, 0-based lines of the file): raw 212's op-ed line "It
was no big surprise that ..." pulled in with "But that didn’t mean ..." took the room of
the critic's lead "Once upon a time, a neurosurgeon ...", and the headline went to the
leaning line; raw 30's pair, which costs no lead, stays."""

from __future__ import annotations

import numpy as np

from chorus import brief
from chorus.render.headline_choice import headline
from chorus.summarize.pulls_undone import PullsUndone
from tests.conftest import RAW_VALIDATION, read_clusters


def test_a_contrast_pulled_in_gives_way_to_the_critics_lead():
    cluster = read_clusters(RAW_VALIDATION, 213)[212]
    briefing = brief(cluster["documents"], words=250)
    texts = [s.text for s in briefing.summary]
    assert texts[0].startswith("Once upon a time, a neurosurgeon named Eben Alexander")
    # the contrast waits for the line it leans on (summary96's "that" subject): not shown
    assert "But that didn’t mean they had journeyed anywhere real." not in texts
    assert not any(t.startswith("It was no big surprise that") for t in texts)
    chosen = headline(briefing)
    assert chosen.text.startswith("Once upon a time, a neurosurgeon")
    assert chosen.source.startswith("summary sentence 1")


def test_a_contrast_pulled_in_where_no_lead_loses_stays_with_its_line():
    cluster = read_clusters(RAW_VALIDATION, 31)[30]
    texts = [s.text for s in brief(cluster["documents"], words=250, analyze=False).summary]
    at = next(n for n, t in enumerate(texts) if t.startswith("But, as in many cases, the coroner"))
    assert texts[at - 1] == "An autopsy was performed Monday."


def test_a_pull_is_undone_when_a_lead_is_lost_and_pulled_again_when_none_comes_back():
    shut = np.zeros(8, dtype=bool)
    pulls = np.zeros(8, dtype=bool)
    brings, wanted = np.full(8, -1), np.zeros(8, dtype=bool)  # mend83: any tie, one class
    contrast = PullsUndone(frozenset({0, 5}), pulls, np.ones(8, dtype=int))
    contrast.seen([0, 5, 6])
    pulls[2] = True
    assert not contrast.undone([0, 1, 2, 5], shut, pulls, brings, wanted)  # every lead kept
    shut[5] = True  # left out by another rule: no loss of the pull's making
    assert not contrast.undone([0, 1, 2], shut, pulls, brings, wanted)
    shut[5] = False
    assert contrast.undone([0, 1, 2], shut, pulls, brings, wanted) and not pulls[2]
    assert contrast.tied(2, pulls)
    # the lead came back: the contrast is left as it is for good
    assert not contrast.undone([0, 5, 6], shut, pulls, brings, wanted) and not pulls[2]


def test_an_undone_pull_that_brings_no_lead_back_is_made_again():
    shut = np.zeros(8, dtype=bool)
    pulls = np.zeros(8, dtype=bool)
    brings, wanted = np.full(8, -1), np.zeros(8, dtype=bool)
    contrast = PullsUndone(frozenset({0, 5}), pulls, np.ones(8, dtype=int))
    contrast.seen([0, 5])
    pulls[2] = True
    assert contrast.undone([0, 1, 2], shut, pulls, brings, wanted) and not pulls[2]
    # 5 still lost: pulled again
    assert contrast.undone([0, 3, 4], shut, pulls, brings, wanted) and pulls[2]
    assert not contrast.undone([0, 1, 2], shut, pulls, brings, wanted)  # settled
