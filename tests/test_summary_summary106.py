"""Summary lines going on from their article's line before with a connective set off by
commas after their opening words ("In Malaysia, for example, there is competition for prey
...", raw 186, after "One hypothesis is that having a black coat may confer some kind of
selective advantage ...") wait for that line, as one opening on the connective does
(summary106, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.api import brief
from chorus.dangling_inside import goes_on_inside
from tests import summary_texts
from tests.raw_pages import raw_clusters

_CONNECTIVES_AFTER_OPENING_WORDS = (
    (186, "In Malaysia, for example, there is competition"),
    (234, "Many communities in central Iowa, for instance,"),
    (202, "Leo Varadkar, however, said the sale"),
    (243, "Mount St. Helens, however, lies to the west"),
)
"""Lines of the census, each an example of or a contrast with its article's line before;
shown on main without it."""


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


@pytest.mark.parametrize(("line", "opening"), _CONNECTIVES_AFTER_OPENING_WORDS)
def test_a_connective_after_the_opening_words_waits(clusters, line, opening):
    cluster = clusters[line]
    assert goes_on_inside(summary_texts.sentence(cluster, opening))
    assert summary_texts.shown_only_after_the_sentence_before(cluster, opening)


def test_a_time_a_later_comma_or_of_course_is_not_read(clusters):
    # "yet" there tells a time (raw 83); "of course" reads alone (158, the census's own)
    assert not goes_on_inside(summary_texts.sentence(clusters[83], "No specifics, yet, on"))
    relocating = summary_texts.sentence(clusters[158], "Relocating an entire city, of course,")
    assert not goes_on_inside(relocating)
    # a connective past the first comma is no opening's
    assert not goes_on_inside("The company said, in a statement, however, that it would appeal.")


def test_raw_186_no_longer_closes_on_an_example_of_nothing_shown(clusters):
    shown = [s.text for s in brief(clusters[186]["documents"], words=250).summary]
    assert "The black leopards of Peninsular Malaysia are extremely rare." in shown
    assert not any(text.startswith("In Malaysia, for example") for text in shown)
