"""A day counted on from a line left out, a teaser above its lead, a list announced by "Here
are ..." (summary77, raw Multi-News validation, 0-based lines of the file): raw 60's
"... robbed another Walgreens at 3100 N. Andrews Avenue the following day." shown without
"On June 21st, he struck again, ...", three rows up; raw 48's teaser ("Whoever makes a play
for 64 Perry St. next ...", "... for the popular series.") shown above its lead "THE
TOWNHOUSE that served as the original setting for Carrie Bradshaw’s home in “Sex and the
City” ..."; raw 223's "Here are 18 impressive facts and figures ..." with no list shown."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.render.headline_choice import headline
from chorus.summarize.counted_days import counts_on, day_counted_from, days_unshown
from chorus.summarize.page_lines import points_ahead
from chorus.summarize.teasers import teased_leads
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 239 (a speaker's "the next day")."""
    return read_clusters(RAW_VALIDATION, 240)


_FOLLOWING_DAY = "Investigators said Knowles used the same tried-and-true method"


def _read(cluster: dict, opening: str) -> tuple[list[str], list[int], int]:
    """A cluster's sentences, its article starts and the row opening with `opening`."""
    texts = sentences(cluster)
    return texts, article_starts(cluster), row_of(texts, opening)


def test_a_day_counted_on_counts_from_the_nearest_line_naming_a_day(clusters):
    texts, starts, row = _read(clusters[60], _FOLLOWING_DAY)
    assert counts_on(texts[row])
    assert texts[day_counted_from(texts, row, starts)].startswith("On June 21st, he struck again")
    texts, starts, row = _read(clusters[161], "A day later, Kevin Johnson, 25, also was arrested")
    dated = day_counted_from(texts, row, starts)
    assert dated == row - 1 and "On June 17" in texts[dated]


def test_a_day_of_its_own_a_quotation_or_a_supposition_counts_on_from_nothing_shown(clusters):
    # [2]'s own "on June 25" dates its line
    assert not counts_on(sentence(clusters[60], "The next day, he robbed a Walgreens"))
    # "Around 8 p.m. Thursday, ... the next morning."
    assert not counts_on(sentence(clusters[72], "WASHINGTON — Around 8 p.m. Thursday"))
    # a speaker's own words
    assert not counts_on(sentence(clusters[239], '"And then I got a call the next day'))
    # a supposition's day counts from what it supposes
    assert not counts_on(sentence(clusters[39], "The Life book reveals that during production"))
    # a line naming no day four rows up: the day counts from a deed, not found
    texts, starts, row = _read(clusters[52], "Police eventually found Frank’s body the following")
    assert counts_on(texts[row])
    assert day_counted_from(texts, row, starts) is None


def test_a_line_naming_the_same_day_shown_above_tells_it(clusters):
    texts, starts, row = _read(clusters[60], _FOLLOWING_DAY)
    dated = row_of(texts, "On June 21st, he struck again")
    other = row_of(texts, "Security cameras recorded Knowles robbing a Walgreens in Plantation")
    assert days_unshown(texts, [row - 1, row], starts) == [(row, dated)]
    assert days_unshown(texts, [dated, row - 1, row], starts) == []
    # [2]'s "a second Walgreens on June 21" names that day
    assert days_unshown(texts, [other, row], starts) == []


def test_60_shows_no_following_day_without_its_day(clusters):
    shown = summary(clusters[60])
    assert not any(text.endswith("Andrews Avenue the following day.") for text in shown)
    # the robberies are still told
    assert any(text.startswith("Security cameras recorded Knowles robbing") for text in shown)


def test_48_reads_its_teaser_below_its_lead(clusters):
    texts, starts, lead = _read(clusters[48], "THE TOWNHOUSE that served as the original setting")
    teaser = row_of(texts, "Whoever makes a play for 64 Perry St. next")
    assert teased_leads(texts, starts) == dict.fromkeys(range(starts[0], lead), lead)
    assert teaser < lead
    briefing = brief(clusters[48]["documents"], words=250, analyze=False)
    shown = [s.text for s in briefing.summary]
    assert shown[0] == texts[lead]
    assert shown.index(texts[teaser]) == 1
    assert headline(briefing).text.startswith("THE TOWNHOUSE that served")


def test_no_lead_in_capitals_no_teaser(clusters):
    # a name set in capitals opens no lead's run-in
    texts = sentences(clusters[205])
    assert any(text.startswith("USA TODAY watched the evening unfold") for text in texts)
    assert teased_leads(texts, article_starts(clusters[205])) == {}


def test_here_are_a_count_or_a_plural_points_ahead(clusters):
    facts = sentence(clusters[223], "Here are 18 impressive facts and figures")
    events = sentence(clusters[39], "Here are events, books and collector's items")
    lessons = sentence(clusters[220], "Here are two lessons from the Steel Dynamics story:")
    story = "The Tube carries millions of passengers every day."
    assert points_ahead([facts, story]).tolist() == [True, False]
    assert points_ahead([events, story]).tolist() == [True, False]
    # with its colon, what it announces follows
    assert points_ahead([lessons, story]).tolist() == [False, False]
