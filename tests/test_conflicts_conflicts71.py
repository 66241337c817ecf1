"""The seventy-first conflicts pass (reader111, reader112): missed conflicts traced, three
judged no conflict and pinned here.

- raw 152: [2]'s "spent more than 21 years in prison" against [3]'s "they were in prison
  for 23 years". A floor read as its source's figure allows a rough tenth more (21 to
  23.1, counted.py's reading); durations.py reads no years (terms counted from different
  dates), and time served given by two outlets differs by a year or two where one counts
  from the arrest and the other from the conviction (Multi-News+ train 26390's 16 and 15
  years, one man).
- raw 141: the blow "Saturday night" ([3], her word to police) against "early Sunday
  morning" ([4], the affidavit): one night told two ways, as DUC 3's meteor shower is
  "Tuesday night" in [8] and "after midnight and into early Wednesday" in [1].
- raw 161: the $50,000 reward "expected to be voted on Wednesday" ([1]) and "approved by
  the City Council" ([2]): a plan and its passage, told by articles of different days;
  [3]'s own paragraph moves the vote from Wednesday to "next Tuesday"."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _cited(analysis: Analysis | None, words: str) -> list[str]:
    """The reasons of the conflicts one of whose sentences holds `words`."""
    assert analysis is not None
    return [
        c.reason for c in analysis.conflicts if any(words in s.text for s in (*c.side_a, *c.side_b))
    ]


def test_152s_floor_of_years_in_prison_allows_the_other_outlets_figure(raw):
    _, statesman, kxan = raw[152]["documents"]
    assert "who spent more than 21 years in prison after they were accused" in statesman
    assert "In the couple’s case, they were in prison for 23 years" in kxan
    analysis = analysed_lines(raw, (152,))[152]
    assert _cited(analysis, "21 years") == []
    assert _cited(analysis, "23 years") == []


def test_141s_saturday_night_and_early_sunday_morning_are_one_night(raw):
    docs = raw[141]["documents"]
    assert "she struck the child in the face with the back of her hand Saturday night" in docs[2]
    assert "hitting him in the face with the back of her hand early Sunday morning" in docs[3]
    analysis = analysed_lines(raw, (141,))[141]
    assert analysis is not None
    # the one row shown is the police's verdict on her story (conflict_gold.json val-2067)
    assert [c.kind for c in analysis.conflicts] == ["denial"]
    assert _cited(analysis, "Saturday night") == []
    assert _cited(analysis, "early Sunday morning") == []


def test_duc_3s_meteor_shower_is_tuesday_night_and_early_wednesday():
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    docs = duc[3]["documents"]
    assert "after midnight and into early Wednesday" in docs[0]
    assert "Tuesday night's expected Leonid Meteor storm" in docs[7]
    analysis = analysed_lines(duc, (3,))[3]
    assert analysis is not None
    assert not [c for c in analysis.conflicts if c.kind == "date"]


def test_161s_reward_planned_then_approved_is_no_conflict(raw):
    docs = raw[161]["documents"]
    assert "is expected to be voted on Wednesday" in docs[0]
    assert "A $50,000 reward for information was approved by the City Council." in docs[1]
    assert "The motion was scheduled for a vote Wednesday" in docs[2]
    assert "he planned to go forward with a vote next Tuesday" in docs[2]
    analysis = analysed_lines(raw, (161,))[161]
    assert _cited(analysis, "reward") == []
    assert _cited(analysis, "vote") == []
    # the four rows reader112 judged right stay
    assert analysis is not None
    assert len(analysis.conflicts) == 4
