"""A death one outlet told is not told again by another (summary99, stop 49): raw
validation 246's officer "has died" [1], "was found dead in his home in Millis ... on
Thanksgiving" [1], then [3]'s "A former Millis police officer — ... — was found dead in his
home before dawn on Thanksgiving Day, authorities said." (`summarize.retold_deaths`)."""

from __future__ import annotations

import numpy as np

from chorus.summarize.retold_deaths import retold_deaths, tells_death
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _shown(line: int) -> list[str]:
    return [s.shown.text for s in raw_briefing(line).summary]


def test_a_second_outlet_s_telling_of_one_death_is_left_out():
    shown = _shown(246)
    assert not [text for text in shown if text.startswith("A former Millis police officer")]
    # the first outlet's own two lines stay: the second names him and says when
    assert [text for text in shown if text.startswith("Bryan Johnson, 24, was found dead")]
    assert sum("has died" in text or "found dead" in text for text in shown) == 2


def test_a_death_told_again_leaves_room_for_what_the_story_tells_next():
    # raw 96's "A champion of the second-shooter conspiracy theory ... has died — ..."
    # after Mark Lane's "... died on Tuesday at his home in Charlottesville, Va."
    shown = _shown(96)
    assert not [text for text in shown if text.startswith("A champion of the second-shooter")]
    assert [text for text in shown if text.startswith("Mark Lane, the defense lawyer")]


def _sentence(line: int, opening: str) -> str:
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    text = next(document for document in documents if opening in document)
    start = text.index(opening)
    return text[start : text.index(".", start + len(opening)) + 1]


def test_a_death_is_read_in_the_first_clause_and_never_negated():
    assert tells_death(_sentence(246, "A former Millis police officer"))
    assert tells_death(_sentence(21, "Prodigy, one-half of the legendary"))
    # a death after the first clause is another person's, told by the way
    assert not tells_death(_sentence(111, "The group originally was a trio, but the third singer"))
    # negated: no death at all
    assert not tells_death(_sentence(50, "Wayne State said none of the school's officers had ever"))


def test_a_later_telling_that_names_the_day_stays():
    # raw 50: "... Collin Rose has died of injuries ..." [1], then another outlet's
    # "Officer Collin Rose, 29, died Wednesday ...": it dates the death.
    first = _sentence(50, "Wayne State University Police K9 Officer Collin Rose has died")
    dated = _sentence(50, "Officer Collin Rose, 29, died Wednesday")
    texts = [first, dated]
    assert retold_deaths(texts, [0, 1], np.array([0, 1])) == []
    assert retold_deaths(list(reversed(texts)), [0, 1], np.array([0, 1])) == [1]
    # one article telling its own death twice is its own lines
    assert retold_deaths(list(reversed(texts)), [0, 1], np.array([0, 0])) == []
