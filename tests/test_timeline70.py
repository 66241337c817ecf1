"""The timeline's seventieth pass (reader80 raw 59, 41; raw validation by 0-based line,
documents 0-based): years that date the story's own events. 59 [0]'s "Alicia Hernandez, 33,
met the boy at Garfield Park in 2011 or 2012." was set aside as one of two years, its note
calling '2011' no event and '2012' a year naming a thing: the meeting is the story's first
event, now a row under 2011 whose note names both years, as a window's "sometime between
2019 and 2021" stands under 2019. 41 [0]'s "during the summers of 2007 and 2008" was not
read at all: each summer's fieldwork is now a row, as "in 2014 and 2015" gives two.
Expectations from reading the articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.timeline_forms import find_dates
from chorus.analyze.timeline_unread import unread_dates
from chorus.api import as_articles
from chorus.model import Sentence
from chorus.render.timeline_notes import timeline_note
from tests.raw_pages import raw_document, read_as_file

_MET = "met the boy at Garfield Park in 2011 or 2012"
_OBSERVED = "during the summers of 2007 and 2008"


def _briefed(line: int, folder: Path):
    ingested = read_as_file(line, folder)
    analysis = brief(ingested.articles, notes=ingested.notes, words=250).analysis
    assert analysis is not None
    return analysis


def test_59_s_meeting_stands_under_its_first_year_with_both_in_its_note(tmp_path: Path):
    assert _MET in raw_document(59, 0)
    analysis = _briefed(59, tmp_path)
    met = [row for row in analysis.timeline if _MET in row.sentence.text]
    assert [(row.date, row.precision) for row in met] == [(dt.date(2011, 1, 1), "year")]
    assert timeline_note(met[0]) == " (2011 or 2012)"
    # The note no longer calls either year no event or a thing's name.
    reason = analysis.reasons.get("timeline", "")
    assert "'2011'" not in reason and "'2012'" not in reason


def test_41_s_two_summers_are_two_rows(tmp_path: Path):
    assert _OBSERVED in raw_document(41, 0)
    analysis = _briefed(41, tmp_path)
    years = [row.when for row in analysis.timeline if _OBSERVED in row.sentence.text]
    assert years == ["2007", "2008"]
    # Its "February" stays unresolved: the page is undated (analysis_clusters' 3184, the
    # Multi-News+ copy, held this when its timeline was empty).
    reason = analysis.reasons.get("timeline", "")
    assert "'2007'" not in reason
    assert "('February') could not be resolved: no publication date is known" in reason


def _sentence(line: int, words: str) -> Sentence:
    """The words as a sentence of their raw page (document 0), at their place in it."""
    page = as_articles([raw_document(line, 0)])[0]
    start = page.text.index(words)
    return Sentence(page, 0, start, start + len(words))


@pytest.mark.parametrize(
    ("line", "words", "read"),
    [
        (59, _MET, ["2011"]),  # the second of two years is no date of its own
        (41, _OBSERVED, ["2007", "2008"]),  # each summer's year is read
    ],
)
def test_the_years_read_and_none_left_unread(line: int, words: str, read: list[str]):
    sentence = _sentence(line, words)
    matches = find_dates(sentence)
    assert [sentence.article.text[m.start : m.end] for m in matches] == read
    assert unread_dates(sentence.text, sentence.start, matches) == []


def test_a_year_after_or_with_no_year_read_before_it_stays_in_the_note():
    # 105 [0] asks "Was it 1899, or 1901?" of a discrepancy between two hearings' dates:
    # neither year follows words that name a year, so both stay unread, as before.
    sentence = _sentence(105, "Was it 1899, or 1901?")
    matches = find_dates(sentence)
    assert matches == []
    assert unread_dates(sentence.text, sentence.start, matches) == ["1899", "1901"]
