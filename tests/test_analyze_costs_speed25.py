"""The twenty-fifth speed pass's shortcut gives what the searches it stands before gave, on
real text: "last week|month|year" searched only in sentences holding "ast "."""

from __future__ import annotations

from chorus.analyze import timeline_last
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split


def _sentences(cluster: dict) -> list:
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def test_last_periods_found_only_where_ast_is_written(validation_clusters):
    """Every sentence of 50 raw clusters, and each with "Last week" glued to its end: the
    pattern finds a period only where "ast " stands, and last_periods finds the same ones
    (some among them: "last year", "last week")."""
    found = 0
    for cluster in validation_clusters:
        for sentence in _sentences(cluster):
            text = sentence.text
            for written in (text, f"{text} Last week"):
                spans = [m.span() for m in timeline_last._LAST.finditer(written)]
                assert not spans or "ast " in written
            # a month before "last year" moves a period's start, never its end
            ends = [m.end() for m in timeline_last._LAST.finditer(text)]
            found += len(ends)
            assert [m.end - sentence.start for m in timeline_last.last_periods(sentence)] == ends
    assert found >= 5
