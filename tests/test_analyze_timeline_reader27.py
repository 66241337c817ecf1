"""The timeline's twenty-seventh pass: what the twenty-sixth pass's blind half showed. "Last
Friday" opening a sentence is the Friday before; a weekday naming a deadline or a schedule
still to come ("With a Friday deadline rapidly approaching", "by Friday's scheduled
adjournment") is the next one, and so is one whose future cue stands beyond a clock time's
colon ("will emerge from the container at 9:00pm on Sunday") or up to eighteen words back
with no word tying the weekday to another event; a December "has until Jan. 1" is the coming
January; a "will" inside a quotation puts no month and day ahead; "their new study,
published Wednesday" is no page stamp. The gold (fixtures/timeline_reader27.json) was judged
before any rule of the pass; its blind half was scored once."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from tests.conftest import DATA
from tests.test_analyze_timeline_reader25 import _raw, _sentences, _shown, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader27.json").read_text(encoding="utf-8")
)
_DUC = DATA / "duc2003-task2.jsonl.gz"
_READ = {38, 164, 190}
"""Raw clusters (0-based index) the tests read besides the gold's: a quoted "will" beside a
month and day (38), standfirsts told again (164), a study's and a photo's dates (190)."""


def _duc(lines: set[int]) -> dict[int, dict]:
    with gzip.open(_DUC, "rt", encoding="utf-8") as clusters:
        return {n: json.loads(c) for n, c in enumerate(clusters) if n in lines}


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    items = _GOLD["design"] + _GOLD["blind"]
    raw = _raw({i[1] for i in items if i[0] == "raw"} | _READ)
    duc = _duc({i[1] for i in items if i[0] == "duc"} | {25})
    return {("raw", n): c for n, c in raw.items()} | {("duc", n): c for n, c in duc.items()}


def test_the_design_half_is_found_and_never_wrong(clusters):
    # Main (188939f): 0 of 10 found, 9 wrong (each read as the last weekday or the base's
    # year, 172's "Nov. 6" put ahead, 190's "published Wednesday" a page stamp). Branch: all
    # but 172's "Nov. 6", which is no longer shown (the year before is not told).
    assert score(_GOLD["design"], clusters) == (9, 0, 10)


def test_the_blind_half_as_scored_once(clusters):
    # Main (188939f), taken item by item before any rule: 41 of 52 found, 4 wrong. Branch,
    # scored once with the rules frozen (40f7a21): the same, no item changed. Wrong on both:
    # 146's "is expected vote on the pact on Thursday" (a typo hides "expected to"), "before a
    # Thursday night deadline" (a past participle earlier in its clause) and "a government
    # shutdown Thursday at midnight" (the last Thursday), 147's "today's forecast" (shown).
    # The twenty-eighth pass reads 143's "and Nov. 6, the day of the third fire" and 146's two
    # "until/through March 23" (a time still to run): 44 found, the same 4 wrong.
    assert score(_GOLD["blind"], clusters) == (44, 4, 52)


def test_the_deadlines_and_plans_ahead_are_marked_planned(clusters):
    entries = timeline(_sentences(clusters["raw", 160], "2011-12-15"), frozenset()).entries
    ahead = [(e.expression.text, e.when, e.planned) for e in entries if e.date.year == 2012]
    ahead += [(e.expression.text, e.when, e.planned) for e in entries if e.when == "2011-12-16"]
    assert sorted(ahead) == [
        ("Friday", "2011-12-16", True),
        ("Friday", "2011-12-16", True),
        ("Jan. 1", "2012-01-01", True),
    ]


@pytest.mark.parametrize(
    ("source", "index", "published", "words", "expression", "date"),
    [
        # a deadline that qualifies another noun, a past act: the last Friday
        ("duc", 25, "2000-07-01", "Friday's deadline extension", "Friday", "2000-06-30"),
        # "Last" opening the sentence on a Friday: the Friday before, not the day itself
        ("raw", 159, "2016-08-19", "Last Friday, it was found", "Last Friday", "2016-08-12"),
        # a page stamp in capitals still dates nothing; in a sentence the study's day
        ("raw", 190, "2013-02-20", "published Wednesday in the journal", "Wednesday", "2013-02-20"),
    ],
)
def test_a_weekday_s_reading(clusters, source, index, published, words, expression, date):
    assert _shown(_sentences(clusters[source, index], published), words, expression) == [date]


def test_a_quoted_will_puts_no_month_and_day_ahead(clusters):
    # 38's prosecutor spoke "on August 24th" after the quote "We will try to hold him": in an
    # article dated before it, no year is told, so nothing is shown (main: planned, wrong).
    sentences = _sentences(clusters["raw", 38], "2015-07-01")
    assert _shown(sentences, "told the AFP news agency on August 24th", "August 24th") == []


def test_a_clock_time_s_colon_leaves_the_cue_in_the_clause(clusters):
    sentences = _sentences(clusters["raw", 185], "2018-06-15")
    assert _shown(sentences, "at 9:00pm on Sunday", "Sunday") == ["2018-06-17"]


def test_standfirsts_their_bodies_tell_again_stay_out(clusters):
    # Decided: 164's three Tuesdays open their articles as paragraphs of their own and the
    # same article's body shows the rescue's Tuesday again with four words or more in common
    # (timeline_standfirst): one event, listed once per article.
    sentences = _sentences(clusters["raw", 164], "2017-10-11")
    entries = timeline(sentences, frozenset()).entries
    standfirsts = ("his son-in-law has been rescued, police say", "rescued a person from the water")
    standfirsts += ("pulled him out to sea Tuesday",)
    # Since clean42 (stop 39) the related story's teaser in [4] is furniture; it was the only
    # line of that body retelling its standfirst ("... pulled him out to sea Tuesday"), so
    # the standfirst is now that article's one row of the rescue's day, and the others stay out.
    shown = [e for e in entries if any(w in e.sentence.text for w in standfirsts)]
    assert [e.sentence.text for e in shown if "out to sea Tuesday" not in e.sentence.text] == []
    assert all(
        [x.sentence.article.id for x in entries if x.when == e.when].count(e.sentence.article.id)
        == 1
        for e in shown
    )
    told = {s.article.id for s in sentences if any(w in s.text for w in standfirsts)}
    days = {e.sentence.article.id for e in entries if e.when == "2017-10-10"}
    assert len(told) == 3 and told <= days
