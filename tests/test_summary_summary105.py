"""Summary lines leaning on their article's line before by a demonstrative determiner after
an opening word with no comma ("While this group backed Obama by 44 points, ...", raw 177,
after "... those professing to have no religion.") wait for that line, as the demonstrative
subject there does (summary105, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.api import brief
from chorus.dangling_inside import points_back_inside
from tests import summary_texts
from tests.raw_pages import raw_clusters

_DETERMINERS_AFTER_AN_OPENING_WORD = (
    (177, "While this group backed Obama"),
    (151, "Much of that support evaporated"),
    (238, "But those teams are much more popular"),
    (75, "Most of these dental changes"),
)
"""Lines of the census, each pointing at what its article's line before tells."""


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_a_demonstrative_determiner_after_an_opening_word_waits(clusters):
    for line, opening in _DETERMINERS_AFTER_AN_OPENING_WORD:
        assert points_back_inside(summary_texts.sentence(clusters[line], opening))
        assert summary_texts.shown_only_after_the_sentence_before(clusters[line], opening)


def test_a_time_or_a_clause_after_the_opening_word_is_not_read():
    # the reader's own week, and "that" opening a clause, point at nothing told before
    assert not points_back_inside("But this week the senators voted against the bill.")
    assert not points_back_inside("But that the vote was close surprised no one.")


def test_raw_177_no_longer_shows_this_group_below_women(clusters):
    shown = [s.text for s in brief(clusters[177]["documents"], words=250).summary]
    assert "Obama won women in 2012 by 11 points" in " ".join(shown)
    assert not any(text.startswith("While this group") for text in shown)
