"""The timeline's twenty-fourth pass: a twelfth reader's findings (raw validation clusters by
0-based index). In an article with no publication date, a month and day with no year takes
the one year a date written before it in its own sentence writes with its month ("posted
... on November 2, 2016, ... broke it Friday evening December 2": 2016), within half a year
of that date; a year written after the day does not carry back ("complaints from July 17
... and a complaint from March 9, 2015"), and a thing's year ("the 2016 report") dates no
day. Every such sentence of raw validation and DUC (fixtures/timeline_reader24.json), judged
before the branch ran on it, is scored here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_beside import year_beside
from chorus.analyze.timeline_forms import DateMatch
from chorus.model import Sentence
from tests.test_analyze_timeline_reader23 import _by_index

_SAMPLE = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader24.json").read_text(encoding="utf-8")
)["sentences"]


@pytest.fixture(scope="module")
def clusters() -> dict[int, list[Sentence]]:
    return _by_index({line[0] for line in _SAMPLE})


def _shown(sentences: list[Sentence], words: str, expression: str) -> list[str]:
    return [
        e.when
        for e in timeline(sentences, frozenset()).entries
        if words in e.sentence.text and e.expression.text == expression
    ]


def test_the_reader_s_december_2_takes_its_sentence_s_year(clusters):
    # 128: the notice "posted ... on November 2, 2016" and the news "broke it Friday evening
    # December 2": 2 December 2016, a Friday.
    assert _shown(clusters[128], "broke it Friday evening December 2", "December 2") == [
        "2016-12-02"
    ]


def test_the_sample_is_never_wrong_and_finds_the_reader_s_day(clusters):
    found = wrong = 0
    for index, words, expression, date, _ in _SAMPLE:
        shown = _shown(clusters[index], words, expression)
        found += shown == [date]
        wrong += any(when != date for when in shown)
    # Scored once: 1 of the 3 a reader can date (128; 127's and 184's years are written
    # after their day), none wrong: 17's July 17 is not put in 2015, 244's May 13 not in 2016.
    # The thirty-third pass gives a range's start its end's year: 184's "beginning Jan. 7 and
    # going until March 21, 2014" is found too.
    assert (found, wrong) == (2, 0)


_DAY = ("December 2", "month day", True)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # 128's sentence reworded: its year written after the day, then a thing's year.
        (
            "ghanabusinessnews.com broke it Friday evening December 2; the notice was posted "
            "on the Department of State's website on November 2, 2016.",
            (_DAY, ("November 2, 2016", "month day year", False)),
        ),
        (
            "It is not clear when the criminals were busted but the 2016 notice went viral "
            "only after ghanabusinessnews.com broke it Friday evening December 2.",
            (("2016", "year", False), _DAY),
        ),
    ],
)
def test_no_year_carries_back_and_no_thing_s_year_dates_a_day(text, spans):
    matches = [
        DateMatch(text.index(w), text.index(w) + len(w), rel, form) for w, form, rel in spans
    ]
    day = next(m for m in matches if m.form == "month day")
    assert year_beside(text, day, matches) is None
