"""The timeline's fourteenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text14.json: Multi-News+ validation lines 5300-5621, train lines
40000-41999, raw validation clusters no timeline fixture named), Multi-News+'s lower-case months
read with their year, and the page's own dates that reading brings in (captions, posts'
signatures, galleries, archives, stamps). Only the sample's design half is asserted on; its
blind half was scored once, with the rules frozen (docs/decisions.md).
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.model import Sentence
from tests.test_analyze_timeline_new_text import (
    FILES,
    _lines,
    _place,
    _raw,
    _sentences,
    _verdict,
    read_not_shown,
)

SAMPLE = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_new_text14.json").read_text(encoding="utf-8")
)
"""entries: [source, cluster, line or id number, doc, substring of the sentence, expression,
date shown, half, verdict, why]"""
DESIGN = [e for e in SAMPLE["entries"] if e[7] == "design"]
READ = {
    "mn+val": {160, 249, 446, 598, 660, 1154, 1360, 5335},
    "mn+train": {94, 1055, 1356, 20051},
}
"""Clusters the cases below read, besides the sample's design half."""


@functools.cache
def _clusters(source: str) -> dict[int, dict]:
    numbers = {e[2] for e in DESIGN if e[0] == source} | READ.get(source, set())
    found = _raw(numbers) if source == "raw" else _lines(FILES[source], numbers)
    return dict(found)


def _one(source: str, number: int) -> list[Sentence]:
    return _sentences(_clusters(source)[number])


def test_the_new_sample_s_design_entries_are_events_more_often():
    tally: Counter = Counter()
    for source in ("mn+val", "mn+train", "raw"):
        for number in sorted({e[2] for e in DESIGN if e[0] == source}):
            cluster = _clusters(source)[number]
            judged = [e for e in DESIGN if e[1] == cluster["id"]]
            place = _place(cluster)
            for entry in timeline(_sentences(cluster), frozenset()).entries:
                tally[_verdict(entry, place, judged)] += 1
    assert tally["unjudged"] == 0, tally
    assert tally["wrong"] == 0, tally
    # Main showed 86: 78 events, 8 noise. A role's, a target's and unpaid taxes' years and a
    # size compared with go; lower-case months, "scheduled for 2022" and "as early as 2003"
    # bring in events the gold had listed as missed.
    assert tally["noise"] <= 4, tally
    assert tally["event"] >= 83, tally


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # what a year labels, aims at or is owed for; a size compared with
        ("mn+val", 5611, "land his 2018 role as skell", "2018"),
        ("mn+train", 41787, "for unpaid taxes in 2009", "2009"),
        ("mn+train", 41787, "for unpaid taxes from 2012", "2012"),
        ("raw", 555, "failure to hit budget targets in 2011", "2011"),
        ("raw", 555, "less than half its size when it was created in", "2009"),
        ("mn+val", 598, "down from a peak of $ 44.46 in", "may 2006"),
        # the page's own dates, in Multi-News+'s lower case
        ("mn+val", 5335, "this aug. 20, 2013 aerial photo shows", "aug. 20, 2013"),
        ("mn+val", 1154, "In this june 18, 2015 frame from video", "june 18, 2015"),
        ("mn+val", 1360, "in nairobi, kenya saturday, sept. 21, 2013", "sept. 21, 2013"),
        ("mn+val", 160, "— james bond ( @007 ) august 21, 2018", "august 21, 2018"),
        ("mn+val", 660, "getty 5/47 16 february 2018", "16 february 2018"),
        ("mn+train", 94, "select date … december, 2015 november, 2015", "november, 2015"),
        ("mn+train", 1356, "jan 27, 2015 3: 40 pm", "jan 27, 2015"),
    ],
)
def test_labels_aims_figures_and_the_page_s_dates_are_read_not_shown(source, number, words, date):
    read_not_shown(_one(source, number), words, date)


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a lower-case month with its year
        ("mn+val", 5433, "In december 2016, mr.", "2016-12"),
        ("mn+val", 5483, "It was march 1982 when tousignant got a call", "1982-03"),
        ("mn+train", 20051, "discovered in los angeles on jan. 15, 1947", "1947-01-15"),
        # a plan's year, the first time known
        ("mn+val", 5337, "Departure for the red planet is scheduled for 2022", "2022"),
        ("raw", 555, "learned as early as 2003 of extensive foreclosure abuses", "2003"),
        # the story's dates beside a caption's words: a weekday after "on", a year before a
        # credit, a full date after "on" before one
        ("mn+val", 249, "On friday, march 6, 2015, the asu art museum", "2015-03-06"),
        ("mn+val", 446, "his remains were discovered in 2004", "2004"),
        ("mn+train", 1055, "by her mother in katy, texas on friday, june 25, 2016", "2016-06-25"),
    ],
)
def test_the_story_s_dates_are_shown(source, number, words, date):
    shown = timeline(_one(source, number), frozenset()).entries
    assert date in {e.when for e in shown if words in e.sentence.text}
