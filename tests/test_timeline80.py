"""The timeline's eightieth pass (reader97; raw validation by 0-based line): the note of dates
"the timeline does not read" named a year a row shows (raw 163: '2004' of "the 2004 Ansari X
Prize" unread, SpaceShipOne's flight "in 2004" a row) and one the note of dates of no event
names too (raw 120: '1989'), read as a note denying its rows or giving one date two reasons.
It now says the others are other mentions, as the note of dates of no event does (the
seventy-seventh pass). Expectations from reading the articles."""

from __future__ import annotations

import re

from tests.briefings import briefing


def _unread_part(corpus: str, line: int) -> str:
    """The part of a cluster's timeline note naming the dates no form reads, to its end."""
    reason = briefing(corpus, line).analysis.reasons["timeline"]
    found = re.search(r"\d+ date expression\(s\) the timeline does not read .*", reason)
    assert found is not None
    return found.group()


def test_an_unread_year_a_row_shows_says_its_rows_are_shown():
    shown = {e.expression.text for e in briefing("raw", 163).analysis.timeline}
    assert "2004" in shown
    part = _unread_part("raw", 163)
    assert "('2004')" in part
    assert "other mentions of '2004' are shown" in part


def test_an_unread_year_also_set_aside_says_so_once():
    # Raw 120: two mentions of 1989 ("since 1989" [3], "going back to 1989" [2]), one set
    # aside as no event, the other read by no form.
    reason = briefing("raw", 120).analysis.reasons["timeline"]
    assert "('1989', " in reason
    part = _unread_part("raw", 120)
    assert "('1989')" in part
    assert "other mentions of '1989' are among those read as dating no event" in part
    assert "are shown" not in part


def test_an_unread_year_shown_and_set_aside_is_named_once():
    # Raw 36: '2014' is a row ("an election is held in 2014"), set aside once, unread once.
    assert "2014" in {e.expression.text for e in briefing("raw", 36).analysis.timeline}
    part = _unread_part("raw", 36)
    assert "('2010', '2014')" in part
    assert part.count("'2014'") == 2  # in the list, then once in its clause
    assert "other mentions of '2014' are shown or among those read as dating no event" in part
