"""The timeline's seventy-ninth pass (reader93 recurring 7, reader95 recurring 9, reader96 raw
106 item 9; raw validation by 0-based line): rows a reader cannot use. A row ending in a
colon (95) promised a statement it did not show; an editor's "[in 2011]" inside a quotation
(210) and a thing's year in a sentence another thing's year opens (106's "1844 edition" in
the 1970 conference's line) dated lines to years they do not tell; Wikipedia's footnote
marks stood in 106's rows. Expectations from reading the articles."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from chorus import brief
from chorus.analyze.model import TimelineEntry
from chorus.model import Briefing
from chorus.render.markdown import to_markdown
from tests.raw_pages import read_as_file


@cache
def _briefed(line: int) -> Briefing:
    """Raw cluster `line` briefed as `chorus brief` briefs its JSONL file (pages dated by
    their own lines: 78's and 95's weekdays are read against them)."""
    with tempfile.TemporaryDirectory() as folder:
        ingested = read_as_file(line, Path(folder))
    return brief(ingested.articles, notes=ingested.notes, words=250)


def _timeline(line: int) -> tuple[TimelineEntry, ...]:
    analysis = _briefed(line).analysis
    assert analysis is not None
    return analysis.timeline


def _rows(line: int) -> list[tuple[str, str]]:
    """(date, sentence) of each timeline entry of a raw cluster."""
    return [(e.when, e.sentence.text) for e in _timeline(line)]


def _timeline_lines(line: int) -> list[str]:
    markdown = to_markdown(_briefed(line))
    section = markdown.split("## Timeline", 1)[1].split("\n## ", 1)[0]
    return [row for row in section.splitlines() if row.startswith("- ")]


def test_a_row_ending_in_a_colon_shows_the_line_it_introduces():
    entry = next(
        e for e in _timeline(95) if e.sentence.text.endswith("regarding the deadly shooting:")
    )
    assert [s.text[:40] for s in entry.goes_on] == ['"We continue to pray for the victims and']
    row = next(r for r in _timeline_lines(95) if "regarding the deadly shooting:" in r)
    assert "shooting: (then: “‘We continue to pray for the victims" in row


def test_a_line_after_it_that_introduces_another_is_not_shown():
    # 205 [0]: Harvey's tweet is cleaned away; the line after is another introduction.
    harvey = [e for e in _timeline(205) if e.sentence.text.endswith("tweeted early Monday:")]
    assert harvey and all(not e.goes_on for e in harvey)


def test_an_editor_s_bracketed_year_in_a_quotation_dates_nothing():
    rows = _rows(210)
    assert not any("[in 2011]" in text for _, text in rows)
    # The article's own 2011, told by the writer, stays.
    assert any("first messaged him in 2011" in text for when, text in rows if when == "2011")


def test_a_thing_s_year_in_a_line_another_thing_s_year_opens_dates_nothing():
    rows = _rows(106)
    assert not any(text.startswith("The 1970 World Conference") for _, text in rows)
    assert any("before his death in 1844" in text for when, text in rows if when == "1844")


def test_footnote_marks_are_not_shown_in_rows():
    lines = _timeline_lines(106)
    # "- 1877 (background):" since offtopic25 (stop 53) set the page aside
    row = next(r for r in lines if r.startswith("- 1877"))
    assert "assertions, an 1877 recollection of Anson Call, and" in row
    assert not any(",[2" in r or ".[2" in r for r in lines)
    # The briefing's own citation marks stay.
    assert row.endswith(" [3]")
