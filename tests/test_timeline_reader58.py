"""The timeline's fifty-eighth pass (reader54, reader55; raw validation by 0-based line): in a
cluster no article of which is dated, an article one of whose past days took the year another
article writes with it dates its other months and days before that one, within half a year,
in that year. Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({122, 209, 218})


def _rows(cluster: dict) -> list[tuple[str, str, str]]:
    entries = timeline(_own_dated(cluster), frozenset()).entries
    return [(e.when, e.expression.text, e.sentence.text) for e in entries if e.lent]


def test_the_day_the_plane_vanished_takes_the_year_of_its_article_s_lent_day(clusters):
    # Raw 209: no article is dated. [1]'s photo of "March 24, 2014" lends 2014 to [2]'s
    # "The images were taken ... on 24 March" (past: [2] was written after it), and [2]'s
    # "Flight MH370 disappeared on 8 March" lies 16 days before it: 8 March 2014, the day
    # MH370 vanished.
    rows = _rows(clusters[209])
    assert [(when, said) for when, said, _ in rows] == [
        ("2014-03-08", "8 March"),
        ("2014-03-24", "24 March"),
    ]
    assert rows[0][2] == "Flight MH370 disappeared on 8 March with 239 people on board."


def test_the_other_articles_days_are_not_lent_a_lent_day_s_year(clusters):
    # [1], [3] and [4] write no year of the story's: their "March 8" stays in the note rather
    # than take a year lent twice over.
    reason = timeline(_own_dated(clusters[209]), frozenset()).reason
    assert "19 date expression(s) that name no year" in reason
    assert "'March 8'" in reason


def test_a_story_whose_articles_write_no_year_of_its_own_shows_no_day(clusters):
    # Raw 218: the cleaned articles write one year, Air France 447's 2009; CNN's "March 8,
    # 2014" was in its photo gallery, cut by the cleaning. "March 8" and "8 April" stay
    # unresolved: any year would be a guess.
    entries = timeline(_own_dated(clusters[218]), frozenset())
    assert [(e.when, e.expression.text) for e in entries.entries] == [("2009", "2009")]
    assert "'March 8'" in entries.reason


def test_an_inspection_before_the_lent_day_of_a_death_takes_its_year(clusters):
    # Raw 122 [1]: Elijah "was at the ... Center ... Nov. 3" (2017, [3]'s GoFundMe date) and
    # "The most recent inspection of the center took place Sept. 21": 21 September 2017.
    rows = _rows(clusters[122])
    inspection = [r for r in rows if r[1] == "Sept. 21"]
    assert [(when, said) for when, said, _ in inspection] == [("2017-09-21", "Sept. 21")]
