"""The timeline's forty-third pass: the twenty-ninth reader's findings. "November, 4 2008" is
a full date (raw 165); a thing's year in a sentence that names a day dates no deed of its
line (raw 219's "said Thursday ... the 2016 election"), nor one that an inquiry looks into
("a special committee investigating the 2012 attack"). A caption's date a day before the
story's does not date its page (raw 146 [1], 75 [0]: judged again, measured, kept). Gold:
fixtures/timeline_reader43.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.ingest.own_dates import dated_elsewhere
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader43.json").read_text(encoding="utf-8")
)
_FILES = {"mn+val": FILES["mn+val"], "duc": FILES["duc"]}
_INQUIRIES = {1481: "investigating the 2012 attack", 4646: "investigating the 2013 boston"}
"""Multi-News+ validation lines whose thing's year an inquiry looks into, no gold's."""


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    """Every cluster the gold names, and the inquiries' lines."""
    items = _GOLD["design"] + _GOLD["blind"]
    raw = {i[1] for i in items if i[0] == "raw"} | {i[1] for i in _GOLD["undated"]}
    found = {("raw", n): c for n, c in _raw(raw).items()}
    for source, path in _FILES.items():
        wanted = {i[1] for i in items if i[0] == source} | (
            set(_INQUIRIES) if source == "mn+val" else set()
        )
        found |= {(source, n): c for n, c in _lines(path, wanted)}
    return found


def test_the_design_half_finds_more_and_is_never_wrong(clusters):
    # Main (e5a6a53): 1 of 3 found, 6 wrong (219's three 2016 rows, 34's 2016 beside its
    # "Oct. 28, 2016", 144's 1980, DUC 10's 1986). Missed still: 40's "a controversial 2015
    # ruling" (a word between the determiner and the year: read, it was wrong too often).
    assert score(_GOLD["design"], clusters) == (2, 0, 3)


def test_the_blind_half_as_scored_once(clusters):
    # Scored once, rules frozen: with the twenty words read before a year, 2 of 3 found and
    # 3 wrong (1890's deal, 2784's attack twice, in lines of later days written in lower
    # case); that form dropped, main and branch alike: 0 of 3 found, 0 wrong.
    assert score(_GOLD["blind"], clusters) == (0, 0, 3)


def test_a_full_date_with_its_comma_after_the_month(clusters):
    sentences = _sentences(clusters["raw", 165], None)
    rows = [e for e in timeline(sentences, frozenset()).entries if "November, 4" in e.sentence.text]
    assert [(e.when, e.expression.text) for e in rows] == [("2008-11-04", "November, 4 2008")]


def test_a_thing_s_year_an_inquiry_looks_into_dates_no_row(clusters):
    for line, words in _INQUIRIES.items():
        sentences = _sentences(clusters["mn+val", line], None)
        entries = timeline(sentences, frozenset()).entries
        assert not [e for e in entries if words in e.sentence.text]
        assert any(words in s.text for s in sentences)


def test_a_caption_a_day_before_its_story_dates_no_page(clusters):
    # 146 [1]'s AP caption "Tuesday, Feb. 6, 2018" above "announced Wednesday"; dated the
    # day after its caption, 146 [1] would show "averting a government shutdown Thursday"
    # under 1 February, 234 [1] (a Thursday's story naming Friday ahead) a day late and
    # 246 [1] (a Thanksgiving story under a September photo) three months early.
    for _, index, document, _why in _GOLD["undated"]:
        text = clusters["raw", index]["documents"][document]
        assert "(Associated Press)" in text or "(Photo: AP)" in text
        found = dated_elsewhere(text)
        # No caption's day; 75 [0]'s lede names the story's Wednesday (timeline78).
        assert found is None or (index, str(found[0]), found[2]) == (
            75,
            "2017-04-12",
            "lede after its captions",
        )
