"""Who said what, ninety-eighth pass: a reported row whose words open on a demonstrative and
its noun ("that statement was not accurate", raw validation 149; "that order will likely be
overturned by the courts", raw 167) carries what the noun stands for as its lead-in: the
clause of its own sentence naming it, else the sentence before naming it or, for a noun for
words, crediting words; none where that sentence is the same speaker's row (raw 95's
officials) or names no such thing (raw 125's "this technology")."""

from __future__ import annotations

import pytest

from tests.gold import briefed_quotes

_SURVEILLANCE = "multi_news-val-5261"  # raw 149
_IMMIGRATION = "multi_news-val-1186"  # raw 167
_SHOOTING = "multi_news-val-4840"  # raw 95
_VEGETATIVE = "multi_news-val-5202"  # raw 125


@pytest.fixture(scope="module")
def rows():
    return briefed_quotes((_SURVEILLANCE, _IMMIGRATION, _SHOOTING, _VEGETATIVE))


def _lead_in(rows, cluster: str, opening: str) -> str:
    (row,) = [q for q in rows[cluster] if q.words.startswith(opening)]
    return " ".join(s.text for s in row.context)


def test_a_statement_the_line_before_tells_is_that_line(rows):
    lead = _lead_in(rows, _SURVEILLANCE, "that statement was not accurate")
    assert lead.startswith("In a statement, the California Democrat said the White House")


def test_an_order_its_own_sentence_tells_is_that_clause(rows):
    assert _lead_in(rows, _IMMIGRATION, "that order will likely be overturned") == (
        "Trump signed an executive order Wednesday that he said would end the practice"
    )


def test_no_lead_in_from_the_same_speakers_row_or_a_line_not_naming_it(rows):
    assert _lead_in(rows, _SHOOTING, "that patient was then shot") == ""
    assert _lead_in(rows, _VEGETATIVE, "this technology has the potential") == ""
