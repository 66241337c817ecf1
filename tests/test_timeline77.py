"""The timeline's seventy-seventh pass (reader91; raw validation by 0-based line): a note
naming a date "read as dating no event" while rows show the same date's words read as
denying its rows (raw 177: '2012' set aside for "if the 2012 election were replayed today",
seven other mentions of 2012 shown). The note now says the other mentions are shown; a date
a bounding word tells apart ("since 1992") makes no such claim. Expectations from reading
the articles."""

from __future__ import annotations

import re

from tests.briefings import briefing

_NO_EVENT = re.compile(r"\d+ date\(s\) \(.*?or an example[^)]*\)")


def _no_event_part(corpus: str, line: int) -> str:
    """The part of a cluster's timeline note naming the dates of no event, up to its close."""
    reason = briefing(corpus, line).analysis.reasons["timeline"]
    found = _NO_EVENT.search(reason)
    assert found is not None
    return found.group()


def test_a_date_set_aside_and_shown_says_its_rows_are_shown():
    entries = briefing("raw", 177).analysis.timeline
    assert sum(e.expression.text == "2012" for e in entries) >= 5
    part = _no_event_part("raw", 177)
    assert "('2012', " in part
    assert "other mentions of '2012' are shown" in part
    assert "'March 2012' are shown" not in part and "'2005' are shown" not in part


def test_a_date_told_apart_by_its_bound_claims_no_row():
    # DUC 10: "since 1992" set aside beside rows of 1992; '1988' bare, set aside and shown.
    assert "1992" in {e.expression.text for e in briefing("duc", 10).analysis.timeline}
    part = _no_event_part("duc", 10)
    assert "'since 1992'" in part
    assert "other mentions of '1988' are shown" in part and "'1992' are shown" not in part


def test_a_date_set_aside_that_no_row_shows_claims_nothing():
    # Raw 127: 'December 2011' is set aside and no row writes it. 'May 2012' is no longer
    # set aside (timeline86, stop 57: the June 2013 row's sentence writes it and its crime
    # is the story's), so the note cannot claim it for an unshown mention.
    part = _no_event_part("raw", 127)
    assert "'December 2011'" in part and "'May 2012'" not in part
    assert "other mentions of '2011' are shown" in part
    assert "'December 2011' are shown" not in part and "'May 2012' are shown" not in part
