"""The twenty-fifth speed pass's shortcuts give what the searches they stand before gave, on
real text: "last week|month|year" searched only in sentences holding "ast ", a quoted denial
searched once a sentence."""

from __future__ import annotations

from chorus.analyze import agreement_rebuttals, timeline_last
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


def test_a_quoted_denial_read_once_a_sentence_as_each_time(validation_clusters):
    """The cached test of a sentence quoting and holding a negation gives the two searches'
    answer on every sentence of 50 raw clusters, true for some."""
    true = 0
    for cluster in validation_clusters:
        for sentence in _sentences(cluster):
            text = sentence.text
            expected = ("“" in text or '"' in text) and bool(
                agreement_rebuttals._MAY_DENY.search(text)
            )
            assert agreement_rebuttals._may_deny(text) is expected
            true += expected
    assert true >= 5
