"""The timeline's sixty-third pass (reader67, reader68; raw validation by 0-based line): an
undated article's weekdays are read within three days of the one full date it writes, when a
dated article of the cluster, written within six days after it, tells that day by its weekday
(153's Tuesday and Wednesday, 156's Sunday shooting, 103's juror Wednesday); a line ending in
":" that dates its statement as the statement does is one row with it (50); two outlets' lines
of one year sharing a longer run but for one word one writes more are one row (33's dig).
Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.model import TimelineEntry
from chorus.analyze.timeline import timeline
from chorus.render.timeline_notes import WEEK_LENT, timeline_note
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({33, 34, 50, 103, 153, 156})


def _rows(cluster: dict) -> list[TimelineEntry]:
    return list(timeline(_own_dated(cluster), frozenset()).entries)


def _article(entry: TimelineEntry, cluster: dict) -> int:
    """The entry's article, 0-based in the cluster's documents."""
    texts = [d for d in cluster["documents"] if d.strip()]
    return next(i for i, t in enumerate(texts) if entry.sentence.text in t)


def test_an_undated_article_s_week_is_fixed_by_its_date_and_a_dated_one(clusters):
    # 153: [1] is dated 14 February 2017 (Tuesday) and tells the girls missing "since 5:30
    # p.m. Monday"; [2] (no date) writes "parked at High Bridge Trail Head on February 13,
    # 2017" and "vanished ... on Monday". The bodies were found Tuesday the 14th; police
    # named them and released the suspect's photos on Wednesday the 15th.
    cluster = clusters[153]
    rows = {(e.sentence.text[:30], e.when) for e in _rows(cluster) if _article(e, cluster) == 1}
    assert ("Later Wednesday, police releas", "2017-02-15") in rows
    assert ("Police confirmed Wednesday the", "2017-02-15") in rows
    assert ("The bodies were found about 12", "2017-02-14") in rows
    assert ("The girls, from Delphi, in Car", "2017-02-13") in rows
    note = timeline(_own_dated(cluster), frozenset()).reason
    # [3]'s own weekdays stay unread: its one full date, a tweet's February 16, 2017, falls
    # after the dated article's.
    assert "7 date expression(s) that name no year" in note


def test_the_bracket_says_where_the_week_came_from(clusters):
    cluster = clusters[153]
    wednesday = next(e for e in _rows(cluster) if e.sentence.text.startswith("Later Wednesday"))
    assert wednesday.lent
    assert timeline_note(wednesday) == f" (Wednesday, {WEEK_LENT})"


def test_a_weekday_before_the_date_is_the_day_before_not_a_week_on(clusters):
    # 156 [1] (no date): its video caption "(May 4, 2015)" beside [0], dated Monday 4 May 2015;
    # the "random shooting spree Sunday night" on the Trestle Trail bridge was on 3 May.
    cluster = clusters[156]
    sunday = [e.when for e in _rows(cluster) if "shooting spree Sunday night" in e.sentence.text]
    assert sunday == ["2015-05-03"]


def test_a_tweet_s_date_fixes_the_jurors_week(clusters):
    # 103 [5] (no date) embeds "— Len Ramirez (@lenramirez) June 9, 2016" ("20 let go
    # yesterday"); [2] is dated Thursday 9 June 2016: Ramirez "confirmed Thursday that 20
    # jurors refused to serve ... on Wednesday", the 8th.
    rows = [e for e in _rows(clusters[103]) if e.sentence.text.startswith("KPIX 5 reporter")]
    assert sorted((e.expression.text, e.when) for e in rows) == [
        ("Thursday", "2016-06-09"),
        ("Wednesday", "2016-06-08"),
    ]


def test_no_dated_article_no_week(clusters):
    # Undated, 153's [1] fixes nothing: [2]'s weekdays stay in the note.
    entries = timeline(_sentences(clusters[153], None), frozenset()).entries
    assert not [e for e in entries if e.sentence.text.startswith("Later Wednesday")]


def test_an_article_s_full_date_alone_lends_no_week(clusters):
    # 34: [5] names a full date and its weekday, but no dated article of the cluster written
    # within six days after it tells that weekday: read so, its days came a week early.
    assert not [e for e in _rows(clusters[34]) if e.lent and e.expression.text.endswith("day")]


def test_a_statement_s_introduction_is_carried_by_the_statement(clusters):
    # 50 [1] (WDIV): "The New Baltimore Police Department, where Rose worked as a cadet in
    # 2010, released the following statement:" and the statement's "Officer Rose served the
    # New Baltimore Police Department as a Cadet in 2010": one fact, one row.
    cluster = clusters[50]
    rows = [e for e in _rows(cluster) if e.when == "2010" and _article(e, cluster) == 1]
    assert len(rows) == 1
    assert "served the New Baltimore Police Department as a Cadet in 2010" in rows[0].sentence.text
    assert rows[0].context[0].text.endswith("released the following statement:")


def test_one_dig_told_with_one_word_more_is_one_row(clusters):
    # 33 (0-based articles): Mashable [1] "Excavated in 1998 by an expedition from the
    # University of Kansas, ..." and the AMNH release [3] "The foot was excavated in 1998 by an
    # expedition team from the University of Kansas ...": one excavation. Gizmodo's and Live
    # Science's own wordings of it stay apart (no such run).
    cluster = clusters[33]
    dig = [e for e in _rows(cluster) if "expedition" in e.sentence.text and e.when == "1998"]
    texts = [e.sentence.text[:30] for e in dig if not e.sentence.text.startswith("During")]
    assert texts == ["The foot was excavated in 1998"]
    assert len([e for e in _rows(cluster) if e.when == "1998"]) == 5


def test_three_facts_of_one_games_stay_apart():
    # DUC 5: "winning the last Asian Games gold in Hiroshima in 1994", China's "337 gold medals
    # at stake at the last games in Hiroshima, Japan, in 1994" and "North Korea did not enter
    # the last Asian Games, in Hiroshima, Japan, in 1994" name one games, tell three facts.
    cluster = dict(_lines(FILES["duc"], {5}))[5]
    entries = timeline(_sentences(cluster, None), frozenset()).entries
    assert len([e for e in entries if e.when == "1994" and "Hiroshima" in e.sentence.text]) == 3
