"""Quote attribution, thirty-third pass: an eighteenth reader's findings on raw validation
clusters (multi_news-val-5619, 3044, 3386, 4505, 2404). "said Carmat's CEO, Marcello
Conviti" is Conviti's, with his owner's role; "Professor Carpentier" and "Mona Lisa" are
the cluster's "Alain Carpentier" and "Mona Lisa Harding"; "former" stays in a title, a
participle ("also appearing on same show") is no role; only the quoted words of an account
told in the speaker's own "he" are his; reported words end at a stray closing mark; what
"sources tell TMZ, ..." is theirs. `fixtures/quote_reader33.json` holds the reader's
sentences (design) and every attribution of three clusters no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader33")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader33_gold(briefed):
    # main (f51550f): design 2 of 12 right, 10 quotes made, 2 right; blind 96 of 120, 38
    # made, 36 right. This pass: design 10 of 12, 11 made, 10 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 10 and right_predicted >= 10
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 96 and right_predicted >= predicted - 2


def test_analyze_the_name_after_an_owners_role_speaks(briefed):
    heart = briefed["multi_news-val-5619"]
    (delighted,) = quotes_in(heart, "said Carmat's CEO, Marcello Conviti")
    assert (delighted.speaker, delighted.role) == ("Marcello Conviti", "Carmat's CEO")
    # "Professor Carpentier said ..." and his "he said" after it: the "Alain Carpentier"
    # the article named first, one speaker
    assert {q.speaker for q in quotes_in(heart, "Carpentier")} == {"Alain Carpentier"}
    assert [q.speaker for q in quotes_in(heart, "a painful situation")] == ["Alain Carpentier"]


def test_analyze_a_first_name_of_two_words_is_the_full_name(briefed):
    brainy = briefed["multi_news-val-3044"]
    mom = quotes_in(brainy, "Mona Lisa said")
    assert len(mom) == 2 and {q.speaker for q in mom} == {"Mona Lisa Harding"}


def test_analyze_when_a_title_was_held_and_what_is_no_role(briefed):
    sunday = briefed["multi_news-val-4505"]
    (dole,) = quotes_in(sunday, "former Senate Majority Leader Bob Dole says")
    assert (dole.speaker, dole.role) == ("Bob Dole", "former Senate Majority Leader")
    (grimm,) = quotes_in(sunday, "also appearing on same show")
    # his office and party are his role (thirty-sixth pass), what he was doing is none
    assert (grimm.speaker, grimm.role) == ("Michael Grimm", "Rep., R-N.Y.")


def test_analyze_words_end_where_the_writers_begin(briefed):
    brainy = briefed["multi_news-val-3044"]
    # "But he did take "a bit of time off" inbetween, he told TODAY Thursday.": he would
    # have said "I"; only the quoted words are his
    (time_off,) = quotes_in(brainy, "But he did take")
    assert (time_off.speaker, time_off.text.text) == ("Heath Harding", "a bit of time off")
    (passive,) = quotes_in(briefed["multi_news-val-3386"], "passive stake")
    assert passive.text.text == "it only wants a passive stake in the company"


def test_analyze_what_a_group_tells_an_outlet(briefed):
    (tmz,) = quotes_in(briefed["multi_news-val-2404"], "Law enforcement sources tell TMZ")
    assert tmz.speaker == "Law enforcement sources"
    assert tmz.text.text.startswith("Kroll's girlfriend called police")
