"""The event years' pre-filter (event_years.py) rules out only sentences where none of its
patterns finds an event's word dated by a year."""

from __future__ import annotations

import importlib

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

event_years = importlib.import_module("chorus.analyze.event_years")


def _read_by_every_pattern(text: str) -> bool:
    """Whether any of the three patterns finds an event's or an act's word in `text`."""
    named = any(m.group(2) in event_years.EVENTS for m in event_years._NAMED.finditer(text))
    dated = any(m.group(1) in event_years.EVENTS for m in event_years._DATED.finditer(text))
    done = any(m.group(1) in event_years._ACTS for m in event_years._DONE.finditer(text))
    return named or dated or done


def test_event_years_pre_filter_rules_out_no_dated_event():
    # through raw cluster 105, whose heist of 1899 and of 1900 the patterns read
    texts = [
        s.text
        for c in read_clusters(RAW_VALIDATION, 106)
        for a in as_articles(c["documents"])
        for s in split(clean(a))
    ]
    with_year = [t for t in texts if event_years.A_YEAR.search(t)]
    kept = [t for t in with_year if event_years._EVENT_WORD.search(t)]
    # the literal digits' test passes every sentence the year's pattern finds a year in
    assert all("19" in t or "20" in t or "18" in t for t in with_year)
    assert not any(_read_by_every_pattern(t) for t in texts if t not in kept)
    assert 0 < len(kept) < len(with_year) < len(texts) / 5
    assert any(_read_by_every_pattern(t) for t in kept)
