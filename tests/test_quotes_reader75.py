"""Who said what, seventy-fifth pass (reader66's finding F3 on raw validation 0-based 144,
multi_news-val-555): reported words end before the writer's aside after a dash ("-- the test
Ronald Reagan famously used ...", "" -- and that's why he regards himself ..."); so too 152's
"“satanic panic” — a belief that swept the nation ..." (4901). A phrase the words go on
after a second dash (110, multi_news-val-167) and a clause after a dash (48, 1907) stay."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in

_OBAMA, _KELLERS = "multi_news-val-555", "multi_news-val-4901"
_SUSPECT, _HOUSE = "multi_news-val-167", "multi_news-val-1907"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_OBAMA, _KELLERS, _SUSPECT, _HOUSE))


def test_reported_words_end_before_the_writers_name_for_them(briefed):
    # [1]: "The president said yesterday that the American people are not better off than
    # they were four years ago -- the test Ronald Reagan famously used to defeat incumbent
    # Jimmy Carter in the 1980 presidential election.": Reagan's test is the writer's
    (row,) = quotes_in(briefed[_OBAMA], "not better off than they were four years ago")
    assert row.speaker == "Barack Obama"
    assert row.words.endswith("four years ago")
    assert "Reagan" not in row.words


def test_quoted_words_end_before_the_writers_clause_about_him(briefed):
    # [1]: 'The president added that "we've been able to make steady progress ...," but he
    # added that "the unemployment rate is still way too high" -- and that's why he regards
    # himself as the underdog in the 2012 race.': the second verb's words end at the close
    # (the ABC transcript's "But the unemployment rate is still way too high." is a row of
    # its own, quotes76)
    sentence = quotes_in(briefed[_OBAMA], "but he added that")
    (row,) = [q for q in sentence if "unemployment" in q.words]
    assert row.speaker == "Barack Obama"
    assert row.words == "the unemployment rate is still way too high"
    assert not any("regards himself" in q.words for q in briefed[_OBAMA])


def test_a_quotation_glossed_after_a_dash_ends_at_its_close(briefed):
    # [0]: "Hampton argued that the Kellers were the victims of “satanic panic” — a belief
    # that swept the nation in the early 1990s that a national network of secretive cults
    # was preying upon day care children for sex and other horrors."
    (row,) = quotes_in(briefed[_KELLERS], "the Kellers were the victims of")
    assert row.speaker == "Keith Hampton"
    assert row.words == "the Kellers were the victims of “satanic panic”"


def test_words_going_on_after_a_second_dash_or_a_dashed_clause_stay(briefed):
    # 110 [1]: "... the suspect — an Algerian who had lived in France for several years — was
    # arrested Sunday ...": the aside sits inside what the official said
    (row,) = quotes_in(briefed[_SUSPECT], "an Algerian who had lived in France")
    assert row.words.startswith("the suspect — an Algerian")
    assert "was arrested Sunday" in row.words
    # 48: "... while he couldn’t discuss details — the buyer did not intend to quickly flip
    # the house": a clause of the broker's own, no name for his words
    (row,) = quotes_in(briefed[_HOUSE], "couldn’t discuss details")
    assert row.words.endswith("the buyer did not intend to quickly flip the house")
